package dev.pressroom.format.pdf;

import dev.pressroom.RenderException;
import dev.pressroom.internal.DateWords;
import dev.pressroom.internal.HouseStyle;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.Inline;
import dev.pressroom.model.LinkTargets;
import dev.pressroom.model.PressRelease;
import dev.pressroom.print.PrintStyle;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders one release: lays it out, then writes pages, fonts, structure and metadata. */
final class DocumentWriter {
  private static final float[] BLACK = {0, 0, 0};
  private static final float[] GREY = rgb(HouseStyle.GREY);
  private static final float[] LINK = rgb(HouseStyle.LINK);

  /** The sRGB profile of the PDF/A output intent, compressed once. */
  private static final byte[] SRGB_FLATE =
      PdfFile.deflateOnce(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());

  private final PdfOptions options;
  private final float[] accent;
  private final PressRelease release;
  private final StructureTree tree = new StructureTree();
  private final List<Shaped> blocks = new ArrayList<>();
  private int lastHeading = 1; // the level of the last heading tagged, the title's at first
  private final java.util.Set<Shaped> keepWithNext =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  DocumentWriter(PdfOptions options, PressRelease release) {
    this.options = options;
    this.accent = rgb(options.style().accent());
    this.release = release;
  }

  /** The components, 0 to 1, of colour {@code 0xRRGGBB}. */
  static float[] rgb(int rgb) {
    return new float[] {(rgb >> 16 & 0xff) / 255f, (rgb >> 8 & 0xff) / 255f, (rgb & 0xff) / 255f};
  }

  void write(OutputStream out) throws IOException, RenderException {
    FontChain chain = FontChain.of(options);
    layoutBlocks(chain);
    Paginator paginator = new Paginator(options);
    float measure = options.pageSize().width - options.left() - options.right();
    LineBreaker breaker =
        new LineBreaker(
            locale(),
            options.hyphenate() ? Hyphenation.of(release.language()) : null,
            options.fontSize());
    Letterhead letterhead = Letterhead.of(options, chain, breaker, measure);
    if (letterhead != null) {
      paginator.skip(letterhead.height());
      letterhead.tag(tree);
    }
    for (Shaped shaped : blocks) {
      paginator.add(
          shaped,
          breaker.lines(shaped, measure - shaped.block.indent()),
          keepWithNext.contains(shaped));
    }
    List<Paginator.Page> pages = paginator.pages();
    PdfFile pdf = new PdfFile();
    int catalog = pdf.reserve();
    writePages(pdf, chain, pages, measure, catalog, letterhead);
    int info = pdf.add(info());
    out.write(pdf.toBytes("/Root " + PdfSyntax.ref(catalog) + "/Info " + PdfSyntax.ref(info)));
    // nothing reaches the caller unless all went well
  }

  private Locale locale() {
    return release.language() == null ? Locale.ROOT : Locale.forLanguageTag(release.language());
  }

  private void layoutBlocks(FontChain chain) throws RenderException {
    float base = options.fontSize();
    Block.Style small = look(HouseStyle.SMALL, false);
    StructureTree.Tag doc = tree.document;
    if (options.style().immediateRelease()) {
      String notice = HouseStyle.NOTICE_TEXT;
      add(
          new Block(
              notice,
              List.of(new Block.Piece(0, notice.length(), null, "notice")),
              look(HouseStyle.NOTICE, false)),
          chain);
    }
    if (options.printWebFurniture() && !release.breadcrumb().isEmpty()) {
      StructureTree.Tag crumbs = tree.add("Breadcrumb", doc);
      StringBuilder text = new StringBuilder();
      List<Block.Piece> pieces = new ArrayList<>();
      for (int i = 0; i < release.breadcrumb().size(); i++) {
        if (i > 0) {
          pieces.add(new Block.Piece(text.length(), text.length() + 3, null, "breadcrumb"));
          text.append(" > ");
        }
        String segment = release.breadcrumb().get(i);
        pieces.add(
            new Block.Piece(
                text.length(),
                text.length() + segment.length(),
                tree.add("Span", crumbs),
                "breadcrumb[" + i + "]"));
        text.append(segment);
      }
      add(new Block(text.toString(), pieces, small), chain);
    }
    add(
        Block.of(release.title(), tree.add("H1", doc), "title", look(HouseStyle.TITLE, false)),
        chain);
    if (release.subtitle() != null) {
      add(
          Block.of(
              release.subtitle(),
              tree.add("Subtitle", doc),
              "subtitle",
              look(HouseStyle.SUBTITLE, false)),
          chain);
    }
    if (release.timestamp() != null) {
      add(
          Block.of(
              dateWords(chain),
              tree.add("Timestamp", doc),
              "timestamp",
              look(HouseStyle.DATE, false)),
          chain);
    }
    boolean contactsOnTop = options.style().contacts() == PrintStyle.Placement.TOP;
    if (contactsOnTop) {
      contacts(chain);
    }
    // the first block keeps a wider gap from the heading
    Block.Style first = look(HouseStyle.FIRST, options.justify());
    Block.Style body = look(HouseStyle.BODY, options.justify());
    if (release.isPlain()) {
      List<String> paragraphs = release.paragraphs();
      for (int i = 0; i < paragraphs.size(); i++) {
        StructureTree.Tag p = tree.add("P", doc);
        add(Block.of(paragraphs.get(i), p, "paragraphs[" + i + "]", i == 0 ? first : body), chain);
      }
    } else {
      boolean[] opening = {true};
      blocks(release.body(), doc, "body", chain, opening);
      if (!contactsOnTop) {
        contacts(chain);
      }
      if (!release.boilerplate().isEmpty()) {
        StructureTree.Tag about = tree.add("Boilerplate", doc);
        sectionHead(BOILERPLATE_HEAD, about, chain);
        blocks(release.boilerplate(), about, "boilerplate", chain, new boolean[] {false});
      }
    }
    if (!options.printWebFurniture() && options.moreAtLine()) {
      moreAt(doc, chain);
    }
    if (options.style().endMark()) {
      String mark = HouseStyle.END_MARK_TEXT;
      List<Block.Piece> artifact = List.of(new Block.Piece(0, mark.length(), null, "end mark"));
      Block.Style style = look(HouseStyle.END_MARK, false);
      float width = Shaped.of(new Block(mark, artifact, style), chain).width(0, mark.length());
      float measure = options.pageSize().width - options.left() - options.right();
      add(new Block(mark, artifact, style, (measure - width) / 2, null, 0), chain);
    }
    if (!options.printWebFurniture()) {
      return;
    }
    if (!release.footerActions().isEmpty()) {
      StructureTree.Tag actions = tree.add("Actions", doc);
      for (int i = 0; i < release.footerActions().size(); i++) {
        FooterAction action = release.footerActions().get(i);
        // The model allows only safe targets; a link annotation is written for no other.
        URI target = LinkTargets.isAllowed(action.target()) ? action.target() : null;
        StructureTree.Tag item = tree.add("Action", actions);
        StructureTree.Tag holder = target == null ? item : tree.add("Link", item);
        Block.Style look =
            new Block.Style(
                false,
                base * 0.95f,
                base * 0.95f * 1.4f,
                target == null ? BLACK : LINK,
                i == 0 ? base * 1.2f : base * 0.3f,
                false,
                i == 0);
        String where = "footerActions[" + i + "] label";
        Block.Link link = target == null ? null : new Block.Link(holder, target, action.label());
        Block block =
            new Block(
                action.label(),
                List.of(new Block.Piece(0, action.label().length(), holder, where, null, link)),
                look);
        add(block, chain);
      }
    }
  }

  /** The media contacts under their heading, if there are any. */
  private void contacts(FontChain chain) throws RenderException {
    if (release.contacts().isEmpty()) {
      return;
    }
    StructureTree.Tag contacts = tree.add("Contacts", tree.document);
    sectionHead(CONTACTS_HEAD, contacts, chain);
    for (int i = 0; i < release.contacts().size(); i++) {
      contact(release.contacts().get(i), tree.add("Contact", contacts), i, chain);
    }
  }

  /** A block style from a house look, in black or grey. */
  private Block.Style look(HouseStyle.Look look, boolean justify) {
    return look(look, look.grey() ? GREY : BLACK, justify);
  }

  private Block.Style look(HouseStyle.Look look, float[] rgb, boolean justify) {
    float base = options.fontSize();
    float size = look.points(base);
    return new Block.Style(
        look.bold(), size, size * look.leading(), rgb, look.before() * base, justify, false);
  }

  /**
   * The timestamp in words in the release's language ({@link DateWords}), or in the words of a
   * release without a language when no available font can draw those.
   */
  private String dateWords(FontChain chain) throws RenderException {
    String words = DateWords.format(release.timestamp(), release.language());
    for (int i = 0; i < words.length(); ) {
      int c = words.codePointAt(i);
      if (Character.getType(c) != Character.FORMAT
          && !Character.isWhitespace(c)
          && chain.find(c, FontChain.Face.REGULAR) == null) {
        return DateWords.format(release.timestamp(), null);
      }
      i += Character.charCount(c);
    }
    return words;
  }

  /** What opens the line of footer actions with a target, not part of the model. */
  static final String MORE_AT = "More at: ";

  /**
   * The "More at" line: {@code More at: } and the labels of the footer actions that have a target,
   * joined by {@code ", "}, each a link. The words between the links are artifacts; the element is
   * {@code MoreAt}, which no reader takes for body text (the actions themselves are in the XMP).
   */
  private void moreAt(StructureTree.Tag doc, FontChain chain) throws RenderException {
    StringBuilder text = new StringBuilder(MORE_AT);
    List<Block.Piece> pieces = new ArrayList<>();
    pieces.add(new Block.Piece(0, MORE_AT.length(), null, "more at"));
    StructureTree.Tag line = null;
    for (int i = 0; i < release.footerActions().size(); i++) {
      FooterAction action = release.footerActions().get(i);
      if (!LinkTargets.isAllowed(action.target())) {
        continue;
      }
      if (line == null) {
        line = tree.add("MoreAt", doc);
      } else {
        pieces.add(new Block.Piece(text.length(), text.length() + 2, null, "more at"));
        text.append(", ");
      }
      StructureTree.Tag tag = tree.add("Link", line);
      Block.Link link = new Block.Link(tag, action.target(), action.label());
      String where = "footerActions[" + i + "] label";
      pieces.add(
          new Block.Piece(
              text.length(), text.length() + action.label().length(), tag, where, null, link));
      text.append(action.label());
    }
    if (line == null) {
      return; // no action leads anywhere
    }
    float base = options.fontSize();
    add(
        new Block(
            text.toString(),
            pieces,
            new Block.Style(
                false, base * 0.95f, base * 0.95f * 1.4f, GREY, base * 1.2f, false, true)),
        chain);
  }

  /** The heading of the contacts section, not part of the model. */
  static final String CONTACTS_HEAD = "Media contacts";

  /** The heading of the boilerplate section, not part of the model. */
  static final String BOILERPLATE_HEAD = "About";

  private Block.Style heading(int level) {
    return look(HouseStyle.heading(level), accent, false);
  }

  private void sectionHead(String text, StructureTree.Tag parent, FontChain chain)
      throws RenderException {
    Block.Style look = heading(2);
    lastHeading = 2;
    keep(Block.of(text, tree.add("SectionHead", parent), "section heading", look), chain);
  }

  /** Lays out body or boilerplate blocks as children of {@code parent}. */
  private void blocks(
      List<dev.pressroom.model.Block> blocks,
      StructureTree.Tag parent,
      String field,
      FontChain chain,
      boolean[] opening)
      throws RenderException {
    Block.Style first = look(HouseStyle.FIRST, options.justify());
    Block.Style body = look(HouseStyle.BODY, options.justify());
    for (int i = 0; i < blocks.size(); i++) {
      String where = field + "[" + i + "]";
      Block.Style paragraph = opening[0] ? first : body;
      opening[0] = false;
      dev.pressroom.model.Block block = blocks.get(i);
      if (block instanceof dev.pressroom.model.Block.Paragraph p) {
        StructureTree.Tag tag = tree.add("P", parent);
        add(inline(p.content(), tag, where, paragraph, 0), chain);
      } else if (block instanceof dev.pressroom.model.Block.Heading h) {
        // PDF/UA: headings may not skip a level going down; the tag says the nearest level that
        // does not, and the release's level is kept as a user property
        int tagged = Math.min(h.level(), lastHeading + 1);
        lastHeading = tagged;
        StructureTree.Tag tag = tree.add("H" + tagged, parent);
        if (tagged != h.level()) {
          tag.attributes = "<</O/UserProperties/P[<</N(Level)/V " + h.level() + ">>]>>";
        }
        keep(inline(h.content(), tag, where, heading(h.level()), 0), chain);
      } else if (block instanceof dev.pressroom.model.Block.ItemList list) {
        list(list, parent, where, chain, 1);
      } else if (block instanceof dev.pressroom.model.Block.Quote quote) {
        quote(quote, parent, where, chain);
      }
    }
  }

  private void quote(
      dev.pressroom.model.Block.Quote quote,
      StructureTree.Tag parent,
      String where,
      FontChain chain)
      throws RenderException {
    float base = options.fontSize();
    StructureTree.Tag tag = tree.add("BlockQuote", parent);
    float indent = base * HouseStyle.INDENT;
    for (int k = 0; k < quote.paragraphs().size(); k++) {
      StructureTree.Tag p = tree.add("P", tag);
      Block.Style look = look(k == 0 ? HouseStyle.QUOTE : HouseStyle.QUOTE_NEXT, options.justify());
      add(inline(quote.paragraphs().get(k).content(), p, where, look, indent), chain);
    }
    if (quote.attribution() != null) {
      String dash = "\u2014 ";
      String text = dash + quote.attribution();
      Block.Style look = look(HouseStyle.ATTRIBUTION, false);
      add(
          new Block(
              text,
              List.of(
                  new Block.Piece(0, dash.length(), null, where + " attribution"),
                  new Block.Piece(
                      dash.length(),
                      text.length(),
                      tree.add("Attribution", tag),
                      where + " attribution")),
              look,
              indent,
              null,
              0),
          chain);
    }
  }

  private void list(
      dev.pressroom.model.Block.ItemList list,
      StructureTree.Tag parent,
      String where,
      FontChain chain,
      int level)
      throws RenderException {
    float base = options.fontSize();
    StructureTree.Tag l = tree.add("L", parent);
    l.attributes =
        list.ordered() ? "<</O/List/ListNumbering/Decimal>>" : "<</O/List/ListNumbering/Disc>>";
    float indent = base * HouseStyle.INDENT * level;
    float hang = base * HouseStyle.HANG;
    for (int i = 0; i < list.items().size(); i++) {
      dev.pressroom.model.ListItem item = list.items().get(i);
      StructureTree.Tag li = tree.add("LI", l);
      String label = list.ordered() ? (i + 1) + "." : level == 1 ? "\u2022" : "\u2013";
      StructureTree.Tag lbl = tree.add("Lbl", li);
      StructureTree.Tag lBody = tree.add("LBody", li);
      String at = where + "[" + i + "]";
      Block.Style look = look(i == 0 ? HouseStyle.FIRST_ITEM : HouseStyle.ITEM, options.justify());
      Block text = inline(item.content(), lBody, at, look, indent);
      Block labelled =
          new Block(text.text(), text.pieces(), look, indent, Block.of(label, lbl, at, look), hang);
      add(labelled, chain);
      if (item.sublist() != null) {
        list(item.sublist(), lBody, at, chain, level + 1);
      }
    }
  }

  private void contact(
      dev.pressroom.model.Contact contact, StructureTree.Tag tag, int index, FontChain chain)
      throws RenderException {
    float base = options.fontSize();
    String where = "contacts[" + index + "]";
    boolean firstLine = true;
    String[][] parts = {
      {"ContactName", contact.name()},
      {"ContactRole", contact.role()},
      {"ContactOrganization", contact.organization()},
      {"ContactEmail", contact.email()},
      {"ContactPhone", contact.phone()},
      {"ContactUrl", contact.url() == null ? null : contact.url().toString()}
    };
    for (String[] part : parts) {
      if (part[1] == null) {
        continue;
      }
      boolean name = "ContactName".equals(part[0]);
      HouseStyle.Look line = HouseStyle.CONTACT;
      Block.Style look =
          new Block.Style(
              name,
              base,
              base * line.leading(),
              BLACK,
              firstLine ? line.before() * base : 0,
              false,
              false);
      firstLine = false;
      StructureTree.Tag field = tree.add(part[0], tag);
      if ("ContactUrl".equals(part[0]) && LinkTargets.isAllowed(contact.url())) {
        StructureTree.Tag link = tree.add("Link", field);
        Block.Link target = new Block.Link(link, contact.url(), part[1]);
        add(
            new Block(
                part[1],
                List.of(new Block.Piece(0, part[1].length(), link, where + " url", null, target)),
                look),
            chain);
      } else {
        add(
            Block.of(
                part[1], field, where + " " + part[0].substring(7).toLowerCase(Locale.ROOT), look),
            chain);
      }
    }
  }

  /** A block of inline content inside {@code parent}: text, Em, Strong and Link elements. */
  private Block inline(
      List<Inline> content,
      StructureTree.Tag parent,
      String where,
      Block.Style look,
      float indent) {
    StringBuilder text = new StringBuilder();
    List<Block.Piece> pieces = new ArrayList<>();
    inline(content, parent, where, false, look.bold(), null, text, pieces);
    return new Block(text.toString(), pieces, look, indent, null, 0);
  }

  private void inline(
      List<Inline> content,
      StructureTree.Tag parent,
      String where,
      boolean em,
      boolean strong,
      Block.Link link,
      StringBuilder text,
      List<Block.Piece> pieces) {
    for (Inline piece : content) {
      if (piece instanceof Inline.Text t) {
        int start = text.length();
        text.append(t.value());
        pieces.add(
            new Block.Piece(
                start,
                text.length(),
                tree.content(parent),
                where,
                FontChain.Face.of(strong, em),
                link));
      } else if (piece instanceof Inline.Emphasis e) {
        inline(e.content(), tree.add("Em", parent), where, true, strong, link, text, pieces);
      } else if (piece instanceof Inline.Strong s) {
        inline(s.content(), tree.add("Strong", parent), where, em, true, link, text, pieces);
      } else if (piece instanceof Inline.Link l) {
        if (LinkTargets.isAllowed(l.target())) {
          StructureTree.Tag tag = tree.add("Link", parent);
          Block.Link target = new Block.Link(tag, l.target(), l.plainText());
          inline(l.content(), tag, where, em, strong, target, text, pieces);
        } else {
          inline(l.content(), parent, where, em, strong, link, text, pieces);
        }
      }
    }
  }

  private static Block.Style style(
      boolean bold, float size, float leading, float[] rgb, float before, boolean justify) {
    return new Block.Style(bold, size, size * leading, rgb, before, justify, false);
  }

  private void add(Block block, FontChain chain) throws RenderException {
    Shaped shaped = Shaped.of(block, chain, release.language());
    for (int p = 0; p < block.pieces().size(); p++) {
      Block.Piece piece = block.pieces().get(p);
      if (piece.tag() != null && (shaped.undrawnInPiece[p] || rightToLeft(shaped, piece))) {
        if (piece.tag().role == null) {
          piece.tag().role = "Span"; // a slot becomes an element to carry its text
        }
        piece.tag().actualText = block.text().substring(piece.start(), piece.end());
      }
    }
    blocks.add(shaped);
  }

  /**
   * Whether part of a piece is set right to left: its glyphs stand in visual order, so the element
   * says its logical text in {@code /ActualText}.
   */
  private static boolean rightToLeft(Shaped shaped, Block.Piece piece) {
    if (shaped.runs == null) {
      return false;
    }
    for (Shaped.Run run : shaped.runs) {
      if ((run.level() & 1) != 0 && run.start() < piece.end() && run.end() > piece.start()) {
        return true;
      }
    }
    return false;
  }

  /** Adds a block that is kept on the page of the block after it (a heading). */
  private void keep(Block block, FontChain chain) throws RenderException {
    add(block, chain);
    keepWithNext.add(blocks.get(blocks.size() - 1));
  }

  private void writePages(
      PdfFile pdf,
      FontChain chain,
      List<Paginator.Page> pages,
      float measure,
      int catalog,
      Letterhead letterhead)
      throws RenderException {
    Map<FontProgram, DocumentFont> fonts = new LinkedHashMap<>();
    String logo = null;
    int pageTree = pdf.reserve();
    int resources = pdf.reserve();
    int[] pageNumbers = new int[pages.size()];
    for (int p = 0; p < pages.size(); p++) {
      pageNumbers[p] = pdf.reserve();
    }
    String mediaBox =
        "/MediaBox[0 0 "
            + PageWriter.num(options.pageSize().width)
            + " "
            + PageWriter.num(options.pageSize().height)
            + "]";
    Block.Style footerStyle = look(HouseStyle.FOOTER, false);
    String language = release.language();
    for (int p = 0; p < pages.size(); p++) {
      Paginator.Page page = pages.get(p);
      PageWriter writer = new PageWriter(fonts, tree, p, measure);
      if (p == 0 && letterhead != null) {
        logo = letterhead.draw(writer);
      }
      for (Paginator.Placed placed : page.lines) {
        writer.line(placed);
      }
      Shaped footer = footer(language, p + 1, pages.size(), footerStyle, chain);
      writer.footer(footer, options.pageSize().width, options.bottom() / 2);
      for (Paginator.Rule rule : page.rules) {
        writer.rule(rule);
      }
      int contents = pdf.addStream("", writer.finish(), true);
      StringBuilder annots = new StringBuilder();
      for (PageWriter.LinkArea link : writer.links) {
        int annotation = pdf.reserve();
        int key = tree.annotate(link.link().tag(), p, annotation, pages.size());
        pdf.put(annotation, linkAnnotation(link, key));
        annots.append(annots.length() == 0 ? "" : " ").append(PdfSyntax.ref(annotation));
      }
      pdf.put(
          pageNumbers[p],
          "<</Type/Page/Parent "
              + PdfSyntax.ref(pageTree)
              + mediaBox
              + "/Resources "
              + PdfSyntax.ref(resources)
              + "/Contents "
              + PdfSyntax.ref(contents)
              + "/Tabs/S/StructParents "
              + p
              + (annots.length() == 0 ? "" : "/Annots[" + annots + "]")
              + ">>");
    }
    StringBuilder kids = new StringBuilder();
    for (int number : pageNumbers) {
      kids.append(kids.length() == 0 ? "" : " ").append(PdfSyntax.ref(number));
    }
    pdf.put(pageTree, "<</Type/Pages/Kids[" + kids + "]/Count " + pages.size() + ">>");
    StringBuilder fontResources = new StringBuilder();
    for (DocumentFont font : fonts.values()) {
      fontResources.append('/').append(font.resource).append(' ');
      fontResources.append(PdfSyntax.ref(font.toPdf(pdf)));
    }
    String images =
        logo == null
            ? ""
            : "/XObject<</" + logo + " " + PdfSyntax.ref(options.logo().addTo(pdf)) + ">>";
    pdf.put(resources, "<</Font<<" + fontResources + ">>" + images + ">>");
    int structure = tree.write(pdf, pageNumbers);
    pdf.put(catalog, catalog(pdf, pageTree, structure));
  }

  /**
   * The page footer in the release's language; in the language-neutral form {@code 1 / 3} when the
   * fonts cannot draw its words.
   */
  private static Shaped footer(
      String language, int page, int pages, Block.Style style, FontChain chain)
      throws RenderException {
    String label = HouseStyle.pageFooter(language, page, pages);
    try {
      return Shaped.of(Block.of(label, null, "page footer", style), chain);
    } catch (RenderException noGlyphs) {
      return Shaped.of(Block.of(page + " / " + pages, null, "page footer", style), chain);
    }
  }

  private static String linkAnnotation(PageWriter.LinkArea link, int structParent) {
    float[] r = link.rect();
    String target = link.link().target().toString();
    return "<</Type/Annot/Subtype/Link/Rect["
        + PageWriter.num(r[0])
        + " "
        + PageWriter.num(r[1])
        + " "
        + PageWriter.num(r[0] + r[2])
        + " "
        + PageWriter.num(r[1] + r[3])
        + "]/Border[0 0 0]/F 4/Contents"
        + PdfSyntax.text(link.link().text())
        + "/A<</S/URI/URI"
        + PdfSyntax.bytes(target.getBytes(StandardCharsets.UTF_8))
        + ">>/StructParent "
        + structParent
        + ">>";
  }

  private String catalog(PdfFile pdf, int pageTree, int structure) {
    StringBuilder dict = new StringBuilder(256);
    dict.append("<</Type/Catalog/Pages ")
        .append(PdfSyntax.ref(pageTree))
        .append("/Lang")
        .append(PdfSyntax.text(release.language() == null ? "und" : release.language()))
        .append("/MarkInfo<</Marked true>>/ViewerPreferences<</DisplayDocTitle true>>");
    int xmp =
        pdf.addStream("/Type/Metadata/Subtype/XML", Metadata.xmp(release, options.pdfA()), false);
    dict.append("/Metadata ").append(PdfSyntax.ref(xmp));
    if (options.pdfA()) {
      int icc = pdf.addRawStream("/N 3", SRGB_FLATE, true);
      dict.append("/OutputIntents[<</Type/OutputIntent/S/GTS_PDFA1")
          .append("/OutputConditionIdentifier(sRGB IEC61966-2.1)/Info(sRGB IEC61966-2.1)")
          .append("/DestOutputProfile ")
          .append(PdfSyntax.ref(icc))
          .append(">>]");
    }
    return dict.append("/StructTreeRoot ").append(PdfSyntax.ref(structure)).append(">>").toString();
  }

  private String info() {
    StringBuilder dict = new StringBuilder(128);
    dict.append("<</Title")
        .append(PdfSyntax.text(release.title()))
        .append("/Producer")
        .append(PdfSyntax.text(Metadata.PRODUCER));
    if (release.timestamp() != null) {
      String date = PdfSyntax.text(Metadata.pdfDate(release.timestamp()));
      dict.append("/CreationDate").append(date).append("/ModDate").append(date);
    }
    return dict.append(">>").toString();
  }
}
