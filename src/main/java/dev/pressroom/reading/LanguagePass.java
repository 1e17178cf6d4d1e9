package dev.pressroom.reading;

import dev.pressroom.internal.Text;

/**
 * The release's language. For now the declared tag when it is a valid BCP-47 tag, as the readers
 * took it before; detection from the text and the correction of invalid tags come here.
 */
final class LanguagePass implements Pass {
  @Override
  public void apply(Draft draft) {
    String declared = draft.info.language();
    if (declared != null && Text.isLanguageTag(declared)) {
      draft.language = declared;
    }
  }
}
