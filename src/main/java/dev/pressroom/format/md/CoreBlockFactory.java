package dev.pressroom.format.md;

import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.Set;

/**
 * A block parser factory that stands in for one of flexmark's core factories: the same place in the
 * order blocks are tried ({@link Flexmark#replaced}), the same scope and lead-in handler; only
 * {@link #apply} differs.
 */
abstract class CoreBlockFactory implements CustomBlockParserFactory {
  /** The core factory this one stands in for. */
  final CustomBlockParserFactory core;

  CoreBlockFactory(CustomBlockParserFactory core) {
    this.core = core;
  }

  @Override
  public final Set<Class<?>> getAfterDependents() {
    return Flexmark.replaced(core.getAfterDependents());
  }

  @Override
  public final Set<Class<?>> getBeforeDependents() {
    return Flexmark.replaced(core.getBeforeDependents());
  }

  @Override
  public final boolean affectsGlobalScope() {
    return core.affectsGlobalScope();
  }

  @Override
  public final SpecialLeadInHandler getLeadInHandler(DataHolder options) {
    return core.getLeadInHandler(options);
  }
}
