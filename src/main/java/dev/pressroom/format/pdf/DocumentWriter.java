package dev.pressroom.format.pdf;

import dev.pressroom.RenderException;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Renders one release: lays it out, then writes pages, fonts, structure and metadata. */
final class DocumentWriter {
  private static final float[] BLACK = {0, 0, 0};
  private static final float[] GREY = {0.33f, 0.33f, 0.33f};
  private static final float[] LINK = {0.05f, 0.2f, 0.6f};
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

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
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
    try (PDDocument doc = new PDDocument()) {
      writePages(doc, chain, pages, measure);
      doc.save(buffer, CompressParameters.DEFAULT_COMPRESSION);
    }
    out.write(buffer.toByteArray()); // nothing reaches the caller unless all went well
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
    for (int i = 0; i < release.paragraphs().size(); i++) {
      StructureTree.Tag p = tree.add("P", doc);
      add(
          Block.of(release.paragraphs().get(i), p, "paragraphs[" + i + "]", i == 0 ? first : body),
          chain);
    }
    if (!release.footerActions().isEmpty()) {
      StructureTree.Tag actions = tree.add("Actions", doc);
      for (int i = 0; i < release.footerActions().size(); i++) {
        FooterAction action = release.footerActions().get(i);
        StructureTree.Tag item = tree.add("Action", actions);
        StructureTree.Tag holder = action.target() == null ? item : tree.add("Link", item);
        Block.Style look =
            new Block.Style(
                false,
                base * 0.95f,
                base * 0.95f * 1.4f,
                action.target() == null ? BLACK : LINK,
                i == 0 ? base * 1.2f : base * 0.3f,
                false,
                i == 0);
        String where = "footerActions[" + i + "] label";
        Block block =
            new Block(
                action.label(),
                List.of(new Block.Piece(0, action.label().length(), holder, where)),
                look,
                action.target());
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
      PDDocument doc, FontChain chain, List<Paginator.Page> pages, float measure)
      throws IOException, RenderException {
    Map<FontProgram, DocumentFont> fonts = new LinkedHashMap<>();
    COSDictionary fontResources = new COSDictionary();
    COSDictionary resources = new COSDictionary();
    resources.setItem(COSName.FONT, fontResources);
    PDRectangle box = new PDRectangle(options.pageSize().width, options.pageSize().height);
    List<COSDictionary> pageDicts = new ArrayList<>();
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
      PDPage pdPage = new PDPage(box);
      COSDictionary dict = pdPage.getCOSObject();
      dict.setItem(COSName.RESOURCES, resources);
      dict.setItem(COSName.CONTENTS, DocumentFont.stream(doc, writer.finish()));
      dict.setName(COSName.getPDFName("Tabs"), "S");
      COSArray annots = new COSArray();
      for (PageWriter.LinkArea link : writer.links) {
        COSDictionary annot = linkAnnotation(link);
        annots.add(annot);
        tree.annotate(link.tag(), p, annot);
      }
      if (annots.size() > 0) {
        dict.setItem(COSName.ANNOTS, annots);
      }
      doc.addPage(pdPage);
      pageDicts.add(dict);
    }
    for (DocumentFont font : fonts.values()) {
      fontResources.setItem(font.resource, font.toPdf(doc));
    }
    COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
    catalog.setItem(COSName.STRUCT_TREE_ROOT, tree.build(pageDicts));
    writeCatalog(doc, catalog);
  }

  private static COSDictionary linkAnnotation(PageWriter.LinkArea link) {
    float[] r = link.rect();
    COSDictionary annot = new COSDictionary();
    annot.setItem(COSName.TYPE, COSName.ANNOT);
    annot.setItem(COSName.SUBTYPE, COSName.LINK);
    COSArray rect = new COSArray();
    for (float v : new float[] {r[0], r[1], r[0] + r[2], r[1] + r[3]}) {
      rect.add(new COSFloat(Float.parseFloat(PageWriter.num(v))));
    }
    annot.setItem(COSName.RECT, rect);
    COSArray border = new COSArray();
    border.add(org.apache.pdfbox.cos.COSInteger.ZERO);
    border.add(org.apache.pdfbox.cos.COSInteger.ZERO);
    border.add(org.apache.pdfbox.cos.COSInteger.ZERO);
    annot.setItem(COSName.BORDER, border);
    annot.setInt(COSName.F, 4);
    annot.setItem(COSName.CONTENTS, new COSString(link.block().text()));
    COSDictionary action = new COSDictionary();
    action.setItem(COSName.S, COSName.URI);
    action.setItem(
        COSName.URI,
        new COSString(link.block().target().toString().getBytes(StandardCharsets.UTF_8)));
    action.setDirect(true);
    annot.setItem(COSName.A, action);
    return annot;
  }

  private void writeCatalog(PDDocument doc, COSDictionary catalog) throws IOException {
    doc.getDocument().setVersion(1.7f);
    catalog.setString(COSName.LANG, release.language() == null ? "und" : release.language());
    COSDictionary markInfo = new COSDictionary();
    markInfo.setItem(COSName.getPDFName("Marked"), COSBoolean.TRUE);
    markInfo.setDirect(true);
    catalog.setItem(COSName.MARK_INFO, markInfo);
    COSDictionary viewer = new COSDictionary();
    viewer.setItem(COSName.getPDFName("DisplayDocTitle"), COSBoolean.TRUE);
    viewer.setDirect(true);
    catalog.setItem(COSName.VIEWER_PREFERENCES, viewer);

    COSStream xmp = doc.getDocument().createCOSStream();
    xmp.setItem(COSName.TYPE, COSName.METADATA);
    xmp.setItem(COSName.SUBTYPE, COSName.getPDFName("XML"));
    try (OutputStream o = xmp.createOutputStream()) {
      o.write(Metadata.xmp(release, options.pdfA()));
    }
    catalog.setItem(COSName.METADATA, xmp);

    if (options.pdfA()) {
      COSStream icc = DocumentFont.stream(doc, SRGB);
      icc.setInt(COSName.N, 3);
      COSDictionary intent = new COSDictionary();
      intent.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
      intent.setItem(COSName.S, COSName.getPDFName("GTS_PDFA1"));
      intent.setString(COSName.OUTPUT_CONDITION_IDENTIFIER, "sRGB IEC61966-2.1");
      intent.setString(COSName.INFO, "sRGB IEC61966-2.1");
      intent.setItem(COSName.DEST_OUTPUT_PROFILE, icc);
      COSArray intents = new COSArray();
      intents.add(intent);
      catalog.setItem(COSName.OUTPUT_INTENTS, intents);
    }

    COSDictionary info = doc.getDocumentInformation().getCOSObject();
    info.setItem(COSName.TITLE, new COSString(release.title()));
    info.setString(COSName.PRODUCER, Metadata.PRODUCER);
    if (release.timestamp() != null) {
      String date = Metadata.pdfDate(release.timestamp());
      info.setString(COSName.CREATION_DATE, date);
      info.setString(COSName.MOD_DATE, date);
    }

    byte[] id = documentId();
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private byte[] documentId() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(release.toString().getBytes(StandardCharsets.UTF_8));
      sha.update(options.fingerprint().getBytes(StandardCharsets.UTF_8));
      byte[] id = new byte[16];
      System.arraycopy(sha.digest(), 0, id, 0, 16);
      return id;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
