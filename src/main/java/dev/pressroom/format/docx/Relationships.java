package dev.pressroom.format.docx;

import dev.pressroom.ParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;

/** The relationships of one package part ({@code _rels/*.rels}), with internal targets resolved. */
final class Relationships {
  /** One relationship; {@code target} is a zip item name unless {@code external}. */
  record Rel(String id, String type, String target, boolean external) {}

  private final List<Rel> rels;

  private Relationships(List<Rel> rels) {
    this.rels = rels;
  }

  static final Relationships NONE = new Relationships(List.of());

  /** The rels part of the part {@code source} (a zip item name; "" for the package). */
  static String partName(String source) {
    int slash = source.lastIndexOf('/');
    return source.substring(0, slash + 1) + "_rels/" + source.substring(slash + 1) + ".rels";
  }

  static Relationships read(String name, byte[] xml, String source, int maxDepth)
      throws ParseException {
    String folder = source.substring(0, source.lastIndexOf('/') + 1);
    return Xml.read(
        name,
        xml,
        maxDepth,
        r -> {
          List<Rel> list = new ArrayList<>();
          int event;
          while ((event = r.next()) != XMLStreamConstants.END_DOCUMENT) {
            if (event == XMLStreamConstants.START_ELEMENT
                && r.local().equals("Relationship")
                && r.attr("Target") != null) {
              boolean external = "External".equals(r.attr("TargetMode"));
              String target = r.attr("Target");
              list.add(
                  new Rel(
                      r.attr("Id"),
                      r.attr("Type") == null ? "" : r.attr("Type"),
                      external ? target : resolve(folder, target),
                      external));
            }
          }
          return new Relationships(list);
        });
  }

  /** Resolves a relative part reference against a folder, to a zip item name. */
  static String resolve(String folder, String target) {
    String path = target.startsWith("/") ? target.substring(1) : folder + target;
    List<String> parts = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        parts.add(segment);
      }
    }
    return String.join("/", parts);
  }

  /** The first relationship whose type ends with {@code /suffix}, or {@code null}. */
  Rel ofType(String suffix) {
    for (Rel rel : rels) {
      if (rel.type().endsWith("/" + suffix)) {
        return rel;
      }
    }
    return null;
  }

  /** The relationship with this id, or {@code null}. */
  Rel byId(String id) {
    for (Rel rel : rels) {
      if (rel.id() != null && rel.id().equals(id)) {
        return rel;
      }
    }
    return null;
  }
}
