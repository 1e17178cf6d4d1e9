package dev.pressroom.format.pdf;

import dev.pressroom.RenderException;
import dev.pressroom.internal.PlainLines;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.LinkTargets;
import dev.pressroom.model.PressRelease;
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
  private static final float[] GREY = {0.33f, 0.33f, 0.33f};
  private static final float[] LINK = {0.05f, 0.2f, 0.6f};

  /** The sRGB profile of the PDF/A output intent, compressed once. */
  private static final byte[] SRGB_FLATE =
      PdfFile.deflateOnce(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());

  private final PdfOptions options;
  private final PressRelease release;
  private final StructureTree tree = new StructureTree();
  private final List<Shaped> blocks = new ArrayList<>();

  DocumentWriter(PdfOptions options, PressRelease release) {
    this.options = options;
    this.release = release;
  }

  void write(OutputStream out) throws IOException, RenderException {
    FontChain chain = FontChain.of(options);
    layoutBlocks(chain);
    Paginator paginator = new Paginator(options);
    float measure = options.pageSize().width - options.left() - options.right();
    LineBreaker breaker = new LineBreaker(locale());
    for (Shaped shaped : blocks) {
      paginator.add(shaped, breaker.lines(shaped, measure));
    }
    List<Paginator.Page> pages = paginator.pages();
    PdfFile pdf = new PdfFile();
    int catalog = pdf.reserve();
    writePages(pdf, chain, pages, measure, catalog);
    int info = pdf.add(info());
    out.write(pdf.toBytes("/Root " + PdfSyntax.ref(catalog) + "/Info " + PdfSyntax.ref(info)));
    // nothing reaches the caller unless all went well
  }

  private Locale locale() {
    return release.language() == null ? Locale.ROOT : Locale.forLanguageTag(release.language());
  }

  private void layoutBlocks(FontChain chain) throws RenderException {
    float base = options.fontSize();
    Block.Style small = style(false, base * 0.8f, 1.3f, GREY, 0, false);
    StructureTree.Tag doc = tree.document;
    if (!release.breadcrumb().isEmpty()) {
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
      add(new Block(text.toString(), pieces, small, null), chain);
    }
    add(
        Block.of(
            release.title(),
            tree.add("H1", doc),
            "title",
            style(true, base * 1.9f, 1.2f, BLACK, base * 0.5f, false)),
        chain);
    if (release.timestamp() != null) {
      add(
          Block.of(
              Metadata.display(release.timestamp()),
              tree.add("Timestamp", doc),
              "timestamp",
              style(false, base * 0.9f, 1.3f, GREY, base * 0.4f, false)),
          chain);
    }
    // the first paragraph keeps a wider gap from the heading
    Block.Style first = style(false, base, 1.4f, BLACK, base * 1.4f, options.justify());
    Block.Style body = style(false, base, 1.4f, BLACK, base * 0.7f, options.justify());
    List<String> paragraphs = PlainLines.of(release);
    for (int i = 0; i < paragraphs.size(); i++) {
      StructureTree.Tag p = tree.add("P", doc);
      add(Block.of(paragraphs.get(i), p, "paragraphs[" + i + "]", i == 0 ? first : body), chain);
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
        Block block =
            new Block(
                action.label(),
                List.of(new Block.Piece(0, action.label().length(), holder, where)),
                look,
                target);
        add(block, chain);
      }
    }
  }

  private static Block.Style style(
      boolean bold, float size, float leading, float[] rgb, float before, boolean justify) {
    return new Block.Style(bold, size, size * leading, rgb, before, justify, false);
  }

  private void add(Block block, FontChain chain) throws RenderException {
    Shaped shaped = Shaped.of(block, chain);
    for (int p = 0; p < block.pieces().size(); p++) {
      Block.Piece piece = block.pieces().get(p);
      if (shaped.undrawnInPiece[p]) {
        piece.tag().actualText = block.text().substring(piece.start(), piece.end());
      }
    }
    blocks.add(shaped);
  }

  private void writePages(
      PdfFile pdf, FontChain chain, List<Paginator.Page> pages, float measure, int catalog)
      throws RenderException {
    Map<FontProgram, DocumentFont> fonts = new LinkedHashMap<>();
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
    Block.Style footerStyle = style(false, options.fontSize() * 0.8f, 1.2f, GREY, 0, false);
    for (int p = 0; p < pages.size(); p++) {
      Paginator.Page page = pages.get(p);
      PageWriter writer = new PageWriter(fonts, tree, p, measure);
      for (Paginator.Placed placed : page.lines) {
        writer.line(placed);
      }
      String label = "Page " + (p + 1) + " of " + pages.size();
      Shaped footer = Shaped.of(Block.of(label, null, "page footer", footerStyle), chain);
      writer.footer(footer, options.pageSize().width, options.bottom() / 2);
      for (Paginator.Rule rule : page.rules) {
        writer.rule(rule);
      }
      int contents = pdf.addStream("", writer.finish(), true);
      StringBuilder annots = new StringBuilder();
      for (PageWriter.LinkArea link : writer.links) {
        int annotation = pdf.reserve();
        int key = tree.annotate(link.tag(), p, annotation, pages.size());
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
    pdf.put(resources, "<</Font<<" + fontResources + ">>>>");
    int structure = tree.write(pdf, pageNumbers);
    pdf.put(catalog, catalog(pdf, pageTree, structure));
  }

  private static String linkAnnotation(PageWriter.LinkArea link, int structParent) {
    float[] r = link.rect();
    String target = link.block().target().toString();
    return "<</Type/Annot/Subtype/Link/Rect["
        + PageWriter.num(r[0])
        + " "
        + PageWriter.num(r[1])
        + " "
        + PageWriter.num(r[0] + r[2])
        + " "
        + PageWriter.num(r[1] + r[3])
        + "]/Border[0 0 0]/F 4/Contents"
        + PdfSyntax.text(link.block().text())
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
