package dev.pressroom.format.docx;

import dev.pressroom.ParseException;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * What {@code numbering.xml} says about lists: for each numbering instance ({@code w:num}) and
 * level, whether it counts ({@code decimal}, {@code lowerLetter}, ...) or shows bullets.
 */
final class Numbering {
  static final Numbering NONE = new Numbering();

  private final Map<String, String> abstractOf = new HashMap<>();
  private final Map<String, String> formats = new HashMap<>(); // "abstractId/level" -> numFmt

  private Numbering() {}

  static Numbering read(String name, byte[] xml, int maxDepth) throws ParseException {
    return Xml.read(name, xml, maxDepth, Numbering::read);
  }

  private static Numbering read(Xml.Reader r) throws XMLStreamException, ParseException {
    Numbering numbering = new Numbering();
    String abstractId = null;
    String level = null;
    String num = null;
    int event;
    while ((event = r.next()) != XMLStreamConstants.END_DOCUMENT) {
      if (event != XMLStreamConstants.START_ELEMENT || !r.isW()) {
        continue;
      }
      switch (r.local()) {
        case "abstractNum" -> {
          abstractId = r.attr("abstractNumId");
          num = null;
        }
        case "lvl" -> level = r.attr("ilvl");
        case "numFmt" -> {
          if (abstractId != null && level != null && num == null) {
            numbering.formats.putIfAbsent(abstractId + "/" + level, r.attr("val"));
          }
        }
        case "num" -> {
          num = r.attr("numId");
          abstractId = null;
        }
        case "abstractNumId" -> {
          if (num != null) {
            numbering.abstractOf.put(num, r.attr("val"));
          }
        }
        default -> {}
      }
    }
    return numbering;
  }

  /** Whether items of numbering {@code numId} at {@code level} are counted, not bulleted. */
  boolean ordered(String numId, int level) {
    String abstractId = abstractOf.get(numId);
    if (abstractId == null) {
      return false;
    }
    String format = formats.get(abstractId + "/" + level);
    return format != null && !format.equals("bullet") && !format.equals("none");
  }
}
