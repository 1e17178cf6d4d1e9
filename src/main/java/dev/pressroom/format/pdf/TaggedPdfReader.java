package dev.pressroom.format.pdf;

import dev.pressroom.ParseException;
import dev.pressroom.internal.DateFinder;
import dev.pressroom.internal.DateWords;
import dev.pressroom.internal.Text;
import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.Inline;
import dev.pressroom.model.LinkTargets;
import dev.pressroom.model.ListItem;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Reads the PDFs that Pressroom writes, exactly, through their structure tree as the contract in
 * {@code package-info} describes: the breadcrumb from the {@code Breadcrumb}'s {@code Span}s when
 * it is printed, the title from {@code H1}, the subtitle from {@code Subtitle}, the timestamp from
 * the XMP when the {@code Timestamp}'s words still show it ({@link DateWords#shows}), the body's
 * blocks from {@code P}, {@code H2}–{@code H4}, {@code L} and {@code BlockQuote} (a paragraph
 * however many pages it spans), their inline content from {@code Em}, {@code Strong} and {@code
 * Link} children, the contacts from {@code Contacts}, the boilerplate from {@code Boilerplate},
 * footer actions from {@code Action}s when they are printed; link targets are the {@code Link}
 * annotations' URIs. A {@code MoreAt} line is not read. An element's text is its {@code
 * /ActualText} when it has one, else the Unicode of its marked content. What the pages show wins;
 * the XMP fills what they do not show: the language ({@code dc:language}), the exact timestamp
 * behind its words, and the breadcrumb and footer actions that paper leaves off ({@code
 * pressroom:breadcrumb}, {@code pressroom:actions}).
 */
final class TaggedPdfReader {
  private static final String PRODUCER = "Pressroom";
  private static final Pattern DISPLAY_TIMESTAMP =
      Pattern.compile(
          "(\\d{4}-\\d{2}(?:-\\d{2})?)(?:(?<=-\\d{2}-\\d{2}) (\\d{2}:\\d{2}(?::\\d{2})?))?(?: (UTC|[+-]\\d{2}:\\d{2}))?"
              + "(?: \\(([^()\\s]+)\\))?");

  private final PDDocument document;
  private final Map<COSDictionary, PDPage> pages = new HashMap<>();
  private final Map<COSDictionary, Map<Integer, StringBuilder>> pageTexts = new HashMap<>();
  private final PdfMarkedText marked = new PdfMarkedText();

  private TaggedPdfReader(PDDocument document) {
    this.document = document;
    for (PDPage page : document.getPages()) {
      pages.put(page.getCOSObject(), page);
    }
  }

  /** Whether Pressroom wrote this PDF: its producer and a structure tree say so. */
  static boolean isPressroomPdf(PDDocument document) {
    return PRODUCER.equals(document.getDocumentInformation().getProducer())
        && document.getDocumentCatalog().getStructureTreeRoot() != null;
  }

  /**
   * The release, or {@code null} when the structure is not Pressroom's (edited by another tool):
   * then the layout is read instead.
   */
  static PressRelease read(PDDocument document) throws IOException, ParseException {
    return new TaggedPdfReader(document).read();
  }

  private PressRelease read() throws IOException, ParseException {
    PDStructureElement root = documentElement(document.getDocumentCatalog().getStructureTreeRoot());
    if (root == null) {
      return null;
    }
    PressRelease.Builder builder = PressRelease.builder();
    List<Block> body = new ArrayList<>();
    List<Block> boilerplate = new ArrayList<>();
    List<Contact> contacts = new ArrayList<>();
    List<FooterAction> actions = new ArrayList<>();
    String title = null;
    String subtitle = null;
    String timestamp = null;
    boolean printedCrumbs = false;
    boolean printedActions = false;
    for (PDStructureElement element : elements(root)) {
      String type = element.getStructureType();
      switch (type) {
        case "Breadcrumb" -> {
          List<String> segments = new ArrayList<>();
          for (PDStructureElement span : elements(element)) {
            segments.add(line(span, "breadcrumb segment " + (segments.size() + 1)));
          }
          builder.breadcrumb(segments);
          printedCrumbs = true;
        }
        case "Figure" -> {
          // the letterhead's logo: not part of the release
        }
        case "H1" -> title = line(element, "title");
        case "Subtitle" -> subtitle = line(element, "subtitle");
        case "Timestamp" -> timestamp = text(element);
        case "Contacts" -> {
          for (PDStructureElement contact : elements(element)) {
            if ("Contact".equals(contact.getStructureType())) {
              contacts.add(contact(contact, contacts.size() + 1));
            }
          }
        }
        case "Boilerplate" -> {
          for (PDStructureElement block : elements(element)) {
            block(block, boilerplate, "boilerplate");
          }
        }
        case "Actions" -> {
          printedActions = true;
          for (PDStructureElement action : elements(element)) {
            actions.add(action(action, actions.size() + 1));
          }
        }
        default -> block(element, body, "body");
      }
    }
    if (title == null) {
      return null;
    }
    if (marked.unmapped() > 0) {
      throw new ParseException(
          null, marked.unmapped() + " tagged glyphs have no Unicode value (a damaged font?)");
    }
    PdfXmp xmp = PdfXmp.read(document);
    try {
      if (!printedCrumbs && xmp.breadcrumb() != null) {
        builder.breadcrumb(xmp.breadcrumb());
      }
      if (!printedActions && xmp.actions() != null) {
        for (PdfXmp.Action action : xmp.actions()) {
          actions.add(new FooterAction(action.label(), LinkTargets.allowedOrNull(action.target())));
        }
      }
      return builder
          .title(title)
          .subtitle(subtitle)
          .timestamp(timestamp(timestamp, xmp))
          .language(xmp.language())
          .body(body)
          .contacts(contacts)
          .boilerplate(boilerplate)
          .footerActions(actions)
          .build();
    } catch (IllegalArgumentException e) {
      throw new ParseException(null, e.getMessage());
    }
  }

  /** Adds the block an element of the body or boilerplate holds, if it is one. */
  private void block(PDStructureElement element, List<Block> out, String field)
      throws IOException, ParseException {
    String where = field + " block " + (out.size() + 1);
    String type = element.getStructureType();
    try {
      switch (type) {
        case "P" -> out.add(new Block.Paragraph(inline(element)));
        case "H2", "H3", "H4" ->
            out.add(new Block.Heading(headingLevel(element, type), inline(element)));
        case "L" -> out.add(list(element, where));
        case "BlockQuote" -> {
          List<Block.Paragraph> paragraphs = new ArrayList<>();
          String attribution = null;
          for (PDStructureElement kid : elements(element)) {
            if ("P".equals(kid.getStructureType())) {
              paragraphs.add(new Block.Paragraph(inline(kid)));
            } else if ("Attribution".equals(kid.getStructureType())) {
              attribution = line(kid, where + " attribution");
            }
          }
          out.add(new Block.Quote(paragraphs, attribution));
        }
        default -> {
          // not part of the contract (a section head): nothing of the model lives there
        }
      }
    } catch (IllegalArgumentException e) {
      throw new ParseException(where, e.getMessage());
    } catch (ParseException e) {
      throw e.location() == null ? new ParseException(where, e.reason()) : e;
    }
  }

  /** A heading's level: its {@code Level} user property when it has one, else its tag's. */
  private static int headingLevel(PDStructureElement heading, String type) {
    if (heading.getCOSObject().getDictionaryObject(COSName.A) instanceof COSDictionary attributes
        && "UserProperties".equals(attributes.getNameAsString(COSName.O))
        && attributes.getDictionaryObject(COSName.P) instanceof COSArray properties) {
      for (int i = 0; i < properties.size(); i++) {
        if (properties.getObject(i) instanceof COSDictionary property
            && "Level".equals(property.getString(COSName.N))
            && property.getDictionaryObject(COSName.V) instanceof COSInteger level
            && level.intValue() >= 2
            && level.intValue() <= 4) {
          return level.intValue();
        }
      }
    }
    return type.charAt(1) - '0';
  }

  private Block.ItemList list(PDStructureElement list, String where)
      throws IOException, ParseException {
    boolean ordered = false;
    if (list.getCOSObject().getDictionaryObject(COSName.A) instanceof COSDictionary attributes) {
      ordered = "Decimal".equals(attributes.getNameAsString("ListNumbering"));
    }
    List<ListItem> items = new ArrayList<>();
    for (PDStructureElement li : elements(list)) {
      if (!"LI".equals(li.getStructureType())) {
        continue;
      }
      List<Inline> content = List.of();
      Block.ItemList sublist = null;
      for (PDStructureElement part : elements(li)) {
        if ("LBody".equals(part.getStructureType())) {
          content = inline(part);
          for (PDStructureElement nested : elements(part)) {
            if ("L".equals(nested.getStructureType())) {
              sublist = list(nested, where + " item " + (items.size() + 1));
            }
          }
        }
      }
      items.add(new ListItem(content, sublist));
    }
    return new Block.ItemList(ordered, items);
  }

  private Contact contact(PDStructureElement contact, int number)
      throws IOException, ParseException {
    String[] parts = new String[6];
    List<String> names =
        List.of(
            "ContactName",
            "ContactRole",
            "ContactOrganization",
            "ContactEmail",
            "ContactPhone",
            "ContactUrl");
    for (PDStructureElement part : elements(contact)) {
      int at = names.indexOf(part.getStructureType());
      if (at >= 0) {
        parts[at] = line(part, "contact " + number + " " + names.get(at).substring(7));
      }
    }
    try {
      URI url = parts[5] == null ? null : LinkTargets.parse(parts[5]);
      return new Contact(parts[0], parts[1], parts[2], parts[3], parts[4], url);
    } catch (IllegalArgumentException e) {
      throw new ParseException("contact " + number, e.getMessage());
    }
  }

  /**
   * The inline content of an element: its marked content as text, its {@code Em}, {@code Strong}
   * and {@code Link} children as emphasis, strong emphasis and links (a link's target from its
   * annotation), any other child element as plain text.
   */
  private List<Inline> inline(PDStructureElement element) throws IOException, ParseException {
    if (element.getActualText() != null) {
      return Inline.text(element.getActualText());
    }
    List<Inline> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    COSDictionary page = element.getCOSObject().getCOSDictionary(COSName.PG);
    for (Object kid : element.getKids()) {
      if (kid instanceof Integer mcid) {
        text.append(marked(page, mcid));
      } else if (kid instanceof PDMarkedContentReference mcr) {
        COSDictionary own = mcr.getCOSObject().getCOSDictionary(COSName.PG);
        text.append(marked(own != null ? own : page, mcr.getMCID()));
      } else if (kid instanceof PDStructureElement child) {
        String type = child.getStructureType();
        if (type.equals("L")) {
          continue; // a nested list, read by its item
        }
        if (text.length() > 0) {
          out.add(new Inline.Text(text.toString()));
          text.setLength(0);
        }
        switch (type) {
          case "Em" -> out.add(new Inline.Emphasis(inline(child)));
          case "Strong" -> out.add(new Inline.Strong(inline(child)));
          case "Link" -> {
            URI target = target(child);
            List<Inline> content = inline(child);
            if (target == null) {
              out.addAll(content);
            } else {
              out.add(new Inline.Link(content, target));
            }
          }
          default -> out.add(new Inline.Text(text(child)));
        }
      }
    }
    if (text.length() > 0) {
      out.add(new Inline.Text(text.toString()));
    }
    return Inline.canonical(out);
  }

  private static PDStructureElement documentElement(PDStructureTreeRoot root) {
    if (root == null) {
      return null;
    }
    for (Object kid : root.getKids()) {
      if (kid instanceof PDStructureElement element
          && "Document".equals(element.getStructureType())) {
        return element;
      }
    }
    return null;
  }

  private static List<PDStructureElement> elements(PDStructureNode node) {
    List<PDStructureElement> out = new ArrayList<>();
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        out.add(element);
      }
    }
    return out;
  }

  private FooterAction action(PDStructureElement action, int number)
      throws IOException, ParseException {
    String label = line(action, "footer action " + number);
    URI target = null;
    for (PDStructureElement link : elements(action)) {
      if ("Link".equals(link.getStructureType())) {
        try {
          target = target(link);
        } catch (ParseException e) {
          throw new ParseException("footer action " + number, e.reason());
        }
      }
    }
    return new FooterAction(label, target);
  }

  /** The target of a {@code Link} element's first annotation with a URI, or {@code null}. */
  private static URI target(PDStructureElement link) throws ParseException {
    for (Object kid : link.getKids()) {
      if (kid instanceof PDObjectReference reference) {
        COSObjectable object = reference.getReferencedObject();
        if (object != null
            && object.getCOSObject() instanceof COSDictionary annotation
            && annotation.getDictionaryObject(COSName.A) instanceof COSDictionary uriAction
            && uriAction.getDictionaryObject(COSName.URI) instanceof COSString uri) {
          String value = new String(uri.getBytes(), StandardCharsets.UTF_8);
          try {
            return LinkTargets.parse(value);
          } catch (IllegalArgumentException e) {
            throw new ParseException(null, "link " + e.getMessage());
          }
        }
      }
    }
    return null;
  }

  /** An element's text, checked to be a valid model line. */
  private String line(PDStructureElement element, String what) throws IOException, ParseException {
    String text = text(element);
    String problem = Text.problem(text);
    if (problem != null) {
      throw new ParseException(what, "text " + problem);
    }
    return text;
  }

  private String text(PDStructureElement element) throws IOException {
    String actual = element.getActualText();
    if (actual != null) {
      return actual;
    }
    StringBuilder out = new StringBuilder();
    append(element, element.getCOSObject().getCOSDictionary(COSName.PG), out);
    return out.toString();
  }

  private void append(PDStructureElement element, COSDictionary page, StringBuilder out)
      throws IOException {
    for (Object kid : element.getKids()) {
      if (kid instanceof Integer mcid) {
        out.append(marked(page, mcid));
      } else if (kid instanceof PDMarkedContentReference mcr) {
        COSDictionary own = mcr.getCOSObject().getCOSDictionary(COSName.PG);
        out.append(marked(own != null ? own : page, mcr.getMCID()));
      } else if (kid instanceof PDStructureElement child) {
        String actual = child.getActualText();
        if (actual != null) {
          out.append(actual);
        } else {
          COSDictionary own = child.getCOSObject().getCOSDictionary(COSName.PG);
          append(child, own != null ? own : page, out);
        }
      }
    }
  }

  private CharSequence marked(COSDictionary page, int mcid) throws IOException {
    if (page == null || !pages.containsKey(page)) {
      return "";
    }
    Map<Integer, StringBuilder> texts = pageTexts.get(page);
    if (texts == null) {
      texts = marked.read(pages.get(page));
      pageTexts.put(page, texts);
    }
    StringBuilder text = texts.get(mcid);
    return text == null ? "" : text;
  }

  /**
   * The XMP's exact timestamp when the visible date shows it ({@link DateWords#shows}, the date in
   * words as written); else the visible one as edited: the display form of files written before
   * dates were in words, else any date a person would read there; else the XMP's.
   */
  private static Timestamp timestamp(String visible, PdfXmp xmp) {
    if (visible != null && xmp.timestamp() != null) {
      if (DateWords.shows(visible, xmp.timestamp(), xmp.language())
          || DateWords.shows(visible, xmp.timestamp(), null)) {
        return xmp.timestamp();
      }
    }
    if (visible != null) {
      Matcher m = DISPLAY_TIMESTAMP.matcher(visible);
      if (m.matches()) {
        StringBuilder iso = new StringBuilder(m.group(1));
        if (m.group(2) != null) {
          iso.append('T').append(m.group(2));
          if (m.group(3) != null) {
            iso.append("UTC".equals(m.group(3)) ? "Z" : m.group(3));
          }
          if (m.group(4) != null) {
            iso.append('[').append(m.group(4)).append(']');
          }
        }
        try {
          return Timestamp.parse(iso.toString());
        } catch (IllegalArgumentException e) {
          // edited into something that is no timestamp: fall through
        }
      }
      DateFinder.Found found = PdfDateLine.find(visible);
      if (found != null) {
        return found.timestamp();
      }
    }
    return xmp.timestamp();
  }
}
