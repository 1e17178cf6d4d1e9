package dev.pressroom.reading;

import dev.pressroom.ParseException;
import dev.pressroom.internal.Text;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a release of a {@link ForeignDocument}, in ordered passes, each a class that can be tested
 * alone:
 *
 * <ol>
 *   <li>{@link RepairPass} text repair;
 *   <li>{@link FurniturePass} page furniture (running headers and footers, page numbers);
 *   <li>{@link SplitPass} paragraphs recovered from text whose breaks were lost (one paragraph per
 *       line, text that arrived on one line): before the passes below, which work on blocks;
 *   <li>{@link BannerPass} banners and labels (share and print labels become footer actions);
 *   <li>{@link BreadcrumbPass} the navigation trail;
 *   <li>{@link TitlePass} the headline;
 *   <li>{@link TimestampPass} the publication date;
 *   <li>{@link BodyBoundsPass} end marks, contact blocks, bylines, references, a second piece;
 *   <li>{@link LineJoinPass} line joining and de-hyphenation;
 *   <li>{@link LanguagePass} the language;
 *   <li>{@link LimitsPass} the context's limits;
 * </ol>
 *
 * then builds the release: every block left that has text is a paragraph. Stateless and
 * thread-safe.
 */
public final class Assembler {
  private static final List<Pass> PASSES =
      List.of(
          new RepairPass(),
          new FurniturePass(),
          new SplitPass(),
          new BannerPass(),
          new BreadcrumbPass(),
          new TitlePass(),
          new TimestampPass(),
          new BodyBoundsPass(),
          new LineJoinPass(),
          new LanguagePass(),
          new LimitsPass());

  private Assembler() {}

  /**
   * The release the document shows.
   *
   * @throws ParseException when the document has no text to take a title from, holds text the model
   *     refuses, or breaks a limit of the context
   */
  public static PressRelease assemble(ForeignDocument document, ParseContext context)
      throws ParseException {
    return assemble(document, context, PASSES);
  }

  /** The release made by {@code passes} alone, for tests of one pass. */
  static PressRelease assemble(ForeignDocument document, ParseContext context, List<Pass> passes)
      throws ParseException {
    Draft draft = new Draft(document, context);
    for (Pass pass : passes) {
      pass.apply(draft);
    }
    return build(draft);
  }

  /** Whether a block left at the end becomes a paragraph: it is not a rule and has text. */
  static boolean isParagraph(Block block) {
    return block.kind() != Block.Kind.RULE && !Text.isBlank(block.text());
  }

  static PressRelease build(Draft draft) throws ParseException {
    if (draft.title == null || Text.isBlank(draft.title)) {
      throw new ParseException(
          draft.lastPlace, "no title: the document has no text to take a headline from");
    }
    String problem = Text.problem(draft.title);
    if (problem != null) {
      throw new ParseException(null, "title " + problem);
    }
    List<dev.pressroom.model.Block> body = modelBlocks(draft, draft.blocks);
    List<dev.pressroom.model.Block> boilerplate = modelBlocks(draft, draft.boilerplate);
    try {
      return PressRelease.builder()
          .breadcrumb(draft.breadcrumb)
          .title(draft.title)
          .timestamp(draft.timestamp)
          .language(draft.language)
          .body(body)
          .contacts(Contacts.of(draft.contactBlocks))
          .boilerplate(boilerplate)
          .footerActions(draft.actions)
          .build();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ParseException(
          null, "the document does not make a valid release: " + e.getMessage());
    }
  }

  private static List<dev.pressroom.model.Block> modelBlocks(Draft draft, List<Block> blocks)
      throws ParseException {
    List<ModelBlocks.Item> paragraphs = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      if (!isParagraph(block)) {
        continue;
      }
      String text = block.text();
      text = Text.strip(text.indexOf('\n') < 0 ? text : LineJoinPass.join(draft.format, text));
      String problem = Text.problem(text);
      if (problem != null) {
        throw new ParseException(block.place(), "paragraph " + problem);
      }
      paragraphs.add(new ModelBlocks.Item(block, text, text.equals(block.text())));
    }
    return ModelBlocks.of(paragraphs);
  }
}
