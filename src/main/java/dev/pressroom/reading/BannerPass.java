package dev.pressroom.reading;

import dev.pressroom.model.FooterAction;

/**
 * Banners and labels. A banner ({@link Vocabulary#isBanner}: {@code FOR IMMEDIATE RELEASE}, {@code
 * Pressemitteilung}, {@code 新闻稿}) among the first {@value #HEAD} blocks is dropped: it says what
 * the document is, not what it says. A run of share and print labels ({@link
 * Vocabulary#isActionLabel}: {@code Print}, {@code Seite drucken}, {@code 打印本页}) at the very end
 * becomes the footer actions, when the source found none by structure.
 */
final class BannerPass implements Pass {
  /** Banners stand in the first this many blocks. */
  static final int HEAD = 8;

  @Override
  public void apply(Draft draft) {
    draft.actions.addAll(draft.info.actions());
    if (draft.declared()) {
      return;
    }
    for (int i = 0; i < Math.min(HEAD, draft.blocks.size()); i++) {
      Block block = draft.blocks.get(i);
      if (block.plain() && Vocabulary.isBanner(block.text())) {
        draft.blocks.remove(i--);
        draft.sawBanner = true;
      }
    }
    if (!draft.actions.isEmpty()) {
      return;
    }
    int end = draft.blocks.size();
    while (end > 1 && isLabel(draft.blocks.get(end - 1))) {
      end--;
    }
    for (Block label : draft.blocks.subList(end, draft.blocks.size())) {
      draft.actions.add(FooterAction.of(Vocabulary.actionLabel(label.text())));
    }
    draft.blocks.subList(end, draft.blocks.size()).clear();
  }

  private static boolean isLabel(Block block) {
    return block.plain()
        && block.kind() != Block.Kind.HEADING
        && Vocabulary.isActionLabel(block.text())
        && !Vocabulary.actionLabel(block.text()).isEmpty();
  }
}
