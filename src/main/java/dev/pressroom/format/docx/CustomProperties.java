package dev.pressroom.format.docx;

import dev.pressroom.ParseException;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.LinkTargets;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;

/**
 * The custom document properties ({@code docProps/custom.xml}) of the documents Pressroom writes:
 * what the printed page does not show exactly, so that Pressroom's own files still read back
 * exactly. Word and LibreOffice keep them when they save a file, and show them under File ›
 * Properties › Custom.
 *
 * <ul>
 *   <li>{@code pressroom:timestamp}: the exact timestamp, {@link Timestamp#toString()} (the page
 *       shows it in words);
 *   <li>{@code pressroom:breadcrumb:1}, {@code pressroom:breadcrumb:2}, …: the breadcrumb's
 *       segments, one property each, in order;
 *   <li>{@code pressroom:action:1:label}, {@code pressroom:action:1:target}, {@code
 *       pressroom:action:2:label}, …: the footer actions in order, the target only when the action
 *       has one.
 * </ul>
 *
 * <p>Each is a {@code vt:lpwstr} and appears only when the release has that field. A timestamp that
 * is not an ISO timestamp counts as absent; so do the segments or actions when their numbers do not
 * run 1, 2, … or an action has no label.
 *
 * @param timestamp the exact timestamp, or {@code null}
 * @param breadcrumb the segments, or {@code null} when the property is absent
 * @param actions the footer actions, or {@code null} when the property is absent
 */
record CustomProperties(Timestamp timestamp, List<String> breadcrumb, List<Action> actions) {

  /** A footer action as the property holds it; {@code target} is {@code null} without one. */
  record Action(String label, String target) {
    FooterAction toModel() {
      return new FooterAction(label, LinkTargets.allowedOrNull(target));
    }
  }

  static final CustomProperties NONE = new CustomProperties(null, null, null);

  static final String PART = "docProps/custom.xml";
  static final String TIMESTAMP = "pressroom:timestamp";
  static final String BREADCRUMB = "pressroom:breadcrumb:";
  static final String ACTION = "pressroom:action:";

  private static final String FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

  /** The part for {@code release}. */
  static String xml(PressRelease release) {
    StringBuilder out = new StringBuilder(512);
    out.append(Parts.XML_DECLARATION)
        .append("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/")
        .append("custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/")
        .append("2006/docPropsVTypes\">");
    int pid = 2; // 0 and 1 are reserved
    if (release.timestamp() != null) {
      property(out, pid++, TIMESTAMP, release.timestamp().toString());
    }
    List<String> breadcrumb = release.breadcrumb();
    for (int i = 0; i < breadcrumb.size(); i++) {
      property(out, pid++, BREADCRUMB + (i + 1), breadcrumb.get(i));
    }
    List<FooterAction> actions = release.footerActions();
    for (int i = 0; i < actions.size(); i++) {
      property(out, pid++, ACTION + (i + 1) + ":label", actions.get(i).label());
      if (actions.get(i).target() != null) {
        property(out, pid++, ACTION + (i + 1) + ":target", actions.get(i).target().toString());
      }
    }
    return out.append("</Properties>").toString();
  }

  private static void property(StringBuilder out, int pid, String name, String value) {
    out.append("<property fmtid=\"")
        .append(FMTID)
        .append("\" pid=\"")
        .append(pid)
        .append("\" name=\"")
        .append(name)
        .append("\"><vt:lpwstr>");
    WordXml.text(out, value).append("</vt:lpwstr></property>");
  }

  /** The properties a {@code custom.xml} part holds. */
  static CustomProperties read(String name, byte[] xml, int maxDepth) throws ParseException {
    return Xml.read(
        name,
        xml,
        maxDepth,
        r -> {
          Timestamp timestamp = null;
          TreeMap<Integer, String> segments = new TreeMap<>();
          TreeMap<Integer, String> labels = new TreeMap<>();
          TreeMap<Integer, String> targets = new TreeMap<>();
          String property = null;
          int event;
          while ((event = r.next()) != XMLStreamConstants.END_DOCUMENT) {
            if (event != XMLStreamConstants.START_ELEMENT) {
              continue;
            }
            if (r.local().equals("property")) {
              property = r.attr("name");
            } else if (r.local().equals("lpwstr") && property != null) {
              String value = r.text();
              if (property.equals(TIMESTAMP)) {
                timestamp = timestamp(value);
              } else if (property.startsWith(BREADCRUMB)) {
                put(segments, property.substring(BREADCRUMB.length()), value);
              } else if (property.startsWith(ACTION)) {
                String rest = property.substring(ACTION.length());
                if (rest.endsWith(":label")) {
                  put(labels, rest.substring(0, rest.length() - 6), value);
                } else if (rest.endsWith(":target")) {
                  put(targets, rest.substring(0, rest.length() - 7), value);
                }
              } // else another application's property
              property = null;
            }
          }
          List<String> breadcrumb = inOrder(segments);
          List<String> actionLabels = inOrder(labels);
          List<Action> actions = null;
          if (actionLabels != null && labels.keySet().containsAll(targets.keySet())) {
            actions = new ArrayList<>();
            for (int i = 0; i < actionLabels.size(); i++) {
              actions.add(new Action(actionLabels.get(i), targets.get(i + 1)));
            }
          }
          return new CustomProperties(timestamp, breadcrumb, actions);
        });
  }

  private static Timestamp timestamp(String value) {
    try {
      return Timestamp.parse(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void put(TreeMap<Integer, String> values, String number, String value) {
    try {
      values.put(Integer.parseInt(number), value);
    } catch (NumberFormatException notOurs) {
      // another application's property of a like name
    }
  }

  /** The values numbered 1, 2, … in order; {@code null} when there are none or one is missing. */
  private static List<String> inOrder(TreeMap<Integer, String> values) {
    if (values.isEmpty() || values.firstKey() != 1 || values.lastKey() != values.size()) {
      return null;
    }
    return new ArrayList<>(values.values());
  }
}
