package dev.pressroom.reading;

import dev.pressroom.internal.LanguageDetector;
import dev.pressroom.internal.LanguageTags;

/**
 * Decides the release's language, near the end: of what the document declares ({@link
 * DocumentInfo#language}, or a language an earlier pass set) and what the title and body text show,
 * by {@link LanguageDetector#choose}: the declared tag normalised (an invalid one dropped), unless
 * a confident detection from enough text says another language; short or mixed text gives no
 * language rather than a guess. Each correction is a warning. A document that {@linkplain
 * Draft#declared() declares} its metadata (Markdown front matter) keeps its valid declared tag.
 */
final class LanguagePass implements Pass {

  @Override
  public void apply(Draft draft) {
    String declared = draft.language != null ? draft.language : draft.info.language();
    if (draft.declared() && declared != null) {
      // Front matter is written on purpose, not a tool's default: its tag stands, normalised.
      LanguageTags.Normalised tag = LanguageTags.normalise(declared);
      if (tag.tag() != null) {
        draft.language = tag.tag();
        return;
      }
    }
    draft.language = LanguageDetector.choose(declared, text(draft), w -> draft.warn(null, w));
  }

  /** The title and the body's blocks. */
  private static String text(Draft draft) {
    StringBuilder text = new StringBuilder();
    if (draft.title != null) {
      text.append(draft.title).append('\n');
    }
    for (int i = draft.bodyStart(); i < draft.blocks.size(); i++) {
      text.append(draft.blocks.get(i).text()).append('\n');
    }
    return text.toString();
  }
}
