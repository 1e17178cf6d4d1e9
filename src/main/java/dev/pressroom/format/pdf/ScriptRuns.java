package dev.pressroom.format.pdf;

/**
 * Where the JDK's text layout splits a text into script runs before HarfBuzz shapes each run (its
 * {@code sun.font.ScriptRun}, after ICU's): a run goes on while characters are of its script or of
 * none (spaces, punctuation, marks); a closing bracket takes the script of the run its opening
 * bracket was in, and so may end a run of another script. Kerning never spans two runs, so the fast
 * path must cut where shaping does.
 */
final class ScriptRuns {
  private ScriptRuns() {}

  /** Opening and closing characters of the pairs that take their script from each other. */
  private static final int[] PAIRS = {
    0x0028, 0x0029, 0x003c, 0x003e, 0x005b, 0x005d, 0x007b, 0x007d, 0x00ab, 0x00bb, 0x2018, 0x2019,
    0x201c, 0x201d, 0x2039, 0x203a, 0x3008, 0x3009, 0x300a, 0x300b, 0x300c, 0x300d, 0x300e, 0x300f,
    0x3010, 0x3011, 0x3014, 0x3015, 0x3016, 0x3017, 0x3018, 0x3019, 0x301a, 0x301b
  };

  private static final int COMMON = 0;
  private static final int INHERITED = 1;

  /** Whether a run starts at each index after the first (always false at 0 and inside pairs). */
  static boolean[] starts(String text) {
    boolean[] starts = new boolean[text.length()];
    int[] stack = new int[32]; // pair index and script, two ints per open bracket
    int top = 0; // the stack's size in ints
    int i = 0;
    while (i < text.length()) {
      if (i > 0) {
        starts[i] = true;
      }
      int fixFrom = top;
      int script = COMMON;
      while (i < text.length()) {
        int cp = text.codePointAt(i);
        int sc = script(cp);
        int pair = sc == COMMON ? pair(cp) : -1;
        boolean closing = pair >= 0 && (pair & 1) != 0;
        if (pair >= 0 && !closing) {
          if (top == stack.length) {
            stack = java.util.Arrays.copyOf(stack, stack.length * 2);
          }
          stack[top++] = pair;
          stack[top++] = script;
        } else if (closing && top > 0) {
          int open = pair & ~1;
          do {
            top -= 2;
          } while (top >= 0 && stack[top] != open);
          if (top >= 0) {
            sc = stack[top + 1];
          } else {
            top = 0;
          }
          fixFrom = Math.min(fixFrom, top);
        }
        if (script <= INHERITED || sc <= INHERITED || script == sc) {
          if (script <= INHERITED && sc > INHERITED) {
            script = sc;
            for (; fixFrom < top; fixFrom += 2) {
              stack[fixFrom + 1] = script; // brackets opened before the run had a script
            }
          }
          if (closing && pair > 0 && top > 0) {
            top -= 2;
          }
          i += Character.charCount(cp);
        } else {
          break; // this character starts the next run
        }
      }
    }
    return starts;
  }

  private static int script(int cp) {
    if (cp < 0x80) {
      return Character.isLetter(cp) ? 2 + Character.UnicodeScript.LATIN.ordinal() : COMMON;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.COMMON
        ? COMMON
        : s == Character.UnicodeScript.INHERITED ? INHERITED : 2 + s.ordinal();
  }

  private static int pair(int cp) {
    if (cp > 0x301b || cp < 0x28) {
      return -1;
    }
    for (int k = 0; k < PAIRS.length; k++) {
      if (PAIRS[k] == cp) {
        return k;
      }
    }
    return -1;
  }
}
