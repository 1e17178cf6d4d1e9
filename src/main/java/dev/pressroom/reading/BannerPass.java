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
    int before = 0;
    for (int i = 0; i < Math.min(HEAD, draft.blocks.size()) && before < 2; i++) {
      Block block = draft.blocks.get(i);
      if (block.plain() && Vocabulary.isBanner(block.text())) {
        draft.blocks.remove(i--);
        draft.sawBanner = true;
      } else {
        before++;
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
      for (String line : label.text().split("\n")) {
        draft.actions.add(FooterAction.of(Vocabulary.actionLabel(line)));
      }
    }
    draft.blocks.subList(end, draft.blocks.size()).clear();
  }

  /** Whether every line of a block is a share or print label. */
  private static boolean isLabel(Block block) {
    if (!block.plain() || block.kind() == Block.Kind.HEADING) {
      return false;
    }
    for (String line : block.text().split("\n")) {
      if (!Vocabulary.isActionLabel(line) || Vocabulary.actionLabel(line).isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
