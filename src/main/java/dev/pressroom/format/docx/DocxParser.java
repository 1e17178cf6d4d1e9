package dev.pressroom.format.docx;

import dev.pressroom.Limits;
import dev.pressroom.ParseException;
import dev.pressroom.UnsupportedInputException;
import dev.pressroom.internal.Inputs;
import dev.pressroom.model.PressRelease;
import dev.pressroom.reading.Assembler;
import dev.pressroom.reading.ForeignDocument;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.spi.ReleaseParser;
import java.io.InputStream;
import java.util.List;

/**
 * Reads Word documents ({@code .docx}): Pressroom's own exactly, and files made by Word,
 * LibreOffice, Google Docs or pandoc by their styles and looks.
 *
 * <pre>{@code
 * PressRelease release = new DocxParser().parse(in, ParseContext.of("release.docx"));
 * }</pre>
 *
 * <p>Only what a person sees in the body is read ({@link DocumentReader} says how runs, breaks,
 * tracked changes, tables and text boxes are read). Pressroom's own files are read by their styles
 * ({@link ReleaseAssembler}); others through the shared reading pipeline ({@link
 * DocxForeignDocument}, {@link Assembler}). Core properties fill only what the visible text lacks:
 * the title of an empty document, a date, the language. In Pressroom's own files the custom
 * document properties ({@link CustomProperties}) give the exact timestamp the page shows in words,
 * and the breadcrumb and footer actions that paper leaves off. Safety limits are described at
 * {@link DocxPackage}.
 */
public final class DocxParser implements ReleaseParser {

  /** A parser; {@link java.util.ServiceLoader} finds the format through this constructor. */
  public DocxParser() {}

  @Override
  public String format() {
    return "docx";
  }

  @Override
  public List<String> extensions() {
    return List.of("docx");
  }

  @Override
  public int sniff(byte[] head) {
    if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
      return 0;
    }
    String names = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
    return names.contains("word/") ? 90 : names.contains("[Content_Types].xml") ? 40 : 10;
  }

  @Override
  public PressRelease parse(InputStream in, ParseContext context) throws ParseException {
    byte[] bytes = Inputs.readAll(in, context);
    try {
      return parse(bytes, context);
    } catch (LinkageError e) {
      throw Inputs.missingLibrary("DOCX", e);
    }
  }

  private static PressRelease parse(byte[] bytes, ParseContext context) throws ParseException {
    Read read = read(bytes, context.limits());
    if (ReleaseAssembler.isOwn(read.blocks, read.styles)
        || (read.madeHere && ReleaseAssembler.isTitleOnly(read.blocks, read.styles))) {
      return ReleaseAssembler.assemble(read.blocks, read.styles, read.core, read.custom, read.part);
    }
    read.number(context.limits().maxDepth());
    return Assembler.assemble(
        DocxForeignDocument.of(read.blocks, read.styles, read.core, read.part), context);
  }

  /**
   * The neutral form of a DOCX for the shared reading pipeline ({@link DocxForeignDocument}).
   *
   * @throws ParseException when the bytes are no readable Word document
   */
  static ForeignDocument foreignDocument(byte[] bytes, Limits limits) throws ParseException {
    Read read = read(bytes, limits);
    read.number(limits.maxDepth());
    return DocxForeignDocument.of(read.blocks, read.styles, read.core, read.part);
  }

  /**
   * What the parts of a package say: the main part's paragraphs, its styles, the properties, and
   * whether its extended properties name Pressroom as the application that wrote it (which no
   * editor that saves the file again keeps), and the numbering part if there is one.
   */
  private record Read(
      List<Block> blocks,
      StyleSheet styles,
      CoreProperties core,
      CustomProperties custom,
      String part,
      boolean madeHere,
      String numberingName,
      byte[] numbering) {

    /**
     * Whether each list item counts, from the numbering part: what files of other tools need (own
     * files say it by style, so theirs is not read).
     */
    void number(int depth) throws ParseException {
      if (numbering == null) {
        return;
      }
      Numbering definitions = Numbering.read(numberingName, numbering, depth);
      for (Block b : blocks) {
        if (b.numId != null) {
          b.ordered = definitions.ordered(b.numId, b.listLevel);
        }
      }
    }
  }

  /**
   * Style parts of Pressroom's own files already read, by their bytes: Pressroom writes the same
   * {@code styles.xml} for every release of a language. Only small parts are kept, and only a few;
   * other files' style parts are read each time.
   */
  private static final java.util.Map<StylesKey, StyleSheet> STYLE_SHEETS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int CACHED_STYLES_MAX_BYTES = 32 * 1024;

  /** A styles part's bytes and the depth limit it was read under. */
  private record StylesKey(byte[] bytes, int depth, int hash) {
    StylesKey(byte[] bytes, int depth) {
      this(bytes, depth, 31 * java.util.Arrays.hashCode(bytes) + depth);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof StylesKey k
          && k.hash == hash
          && k.depth == depth
          && java.util.Arrays.equals(k.bytes, bytes);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private static StyleSheet styleSheet(String name, byte[] xml, int depth, boolean madeHere)
      throws ParseException {
    if (!madeHere || xml.length > CACHED_STYLES_MAX_BYTES) {
      return StyleSheet.read(name, xml, depth);
    }
    StylesKey key = new StylesKey(xml, depth);
    StyleSheet sheet = STYLE_SHEETS.get(key);
    if (sheet == null) {
      sheet = StyleSheet.read(name, xml, depth);
      if (STYLE_SHEETS.size() < 8) {
        STYLE_SHEETS.putIfAbsent(key, sheet);
      }
    }
    return sheet;
  }

  private static Read read(byte[] bytes, Limits limits) throws ParseException {
    DocxPackage docx = DocxPackage.open(bytes, limits);
    int depth = limits.maxDepth();
    Relationships packageRels = rels(docx, "", depth);
    Relationships.Rel main = packageRels.ofType("officeDocument");
    String mainName = main != null && !main.external() ? main.target() : "word/document.xml";
    byte[] document = docx.part(mainName);
    if (document == null) {
      throw new UnsupportedInputException(
          null, "not a Word document: the package has no " + mainName + " (an .xlsx or .pptx?)");
    }
    Relationships documentRels = rels(docx, mainName, depth);
    byte[] app = docx.part("docProps/app.xml");
    boolean madeHere =
        app != null
            && new String(app, java.nio.charset.StandardCharsets.UTF_8)
                .contains("<Application>Pressroom</Application>");
    StyleSheet styles = StyleSheet.EMPTY;
    Relationships.Rel stylesRel = documentRels.ofType("styles");
    if (stylesRel != null && docx.part(stylesRel.target()) != null) {
      styles = styleSheet(stylesRel.target(), docx.part(stylesRel.target()), depth, madeHere);
    }
    CoreProperties core = CoreProperties.NONE;
    Relationships.Rel coreRel = packageRels.ofType("metadata/core-properties");
    String coreName = coreRel != null ? coreRel.target() : "docProps/core.xml";
    if (docx.part(coreName) != null) {
      core = CoreProperties.read(coreName, docx.part(coreName), depth);
    }
    CustomProperties custom = CustomProperties.NONE;
    Relationships.Rel customRel = packageRels.ofType("custom-properties");
    String customName = customRel != null ? customRel.target() : CustomProperties.PART;
    if (docx.part(customName) != null) {
      custom = CustomProperties.read(customName, docx.part(customName), depth);
    }
    List<Block> blocks = DocumentReader.read(mainName, document, styles, documentRels, limits);
    Relationships.Rel numberingRel = documentRels.ofType("numbering");
    String numberingName = numberingRel == null ? null : numberingRel.target();
    byte[] numbering = numberingName == null ? null : docx.part(numberingName);
    return new Read(blocks, styles, core, custom, mainName, madeHere, numberingName, numbering);
  }

  private static Relationships rels(DocxPackage docx, String source, int depth)
      throws ParseException {
    String name = Relationships.partName(source);
    byte[] xml = docx.part(name);
    return xml == null ? Relationships.NONE : Relationships.read(name, xml, source, depth);
  }
}
