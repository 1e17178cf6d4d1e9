package dev.pressroom.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Repairs the text of documents Pressroom did not write, by the character rules of {@link Text}.
 *
 * <p><b>Mojibake.</b> Text that was UTF-8, decoded somewhere as Windows-1252 or Latin-1 and saved
 * again shows each multi-byte character as two to four others ({@code ’} as {@code â€™}, {@code é}
 * as {@code Ã©}); done twice, as more ({@code Ã¢â‚¬â„¢}). Following ftfy, a run of characters that
 * are the Windows-1252 or Latin-1 encoding of one valid UTF-8 sequence is decoded back, layer after
 * layer, but only where that is plausible, so that real Latin-1 text stays as it is. A run is
 * decoded when it holds a C1 control (no real text has one), when it touches another such run (a
 * word of Greek, Cyrillic or CJK mojibake), when it holds a character that never follows a letter
 * in real text ({@code €}, {@code ‚}, {@code ¤}, {@code ¸}, ...), when it starts with {@code Â}, or
 * when the letter it decodes to fits the letters around it ({@code CafÃ©}, {@code sÃ»r}, {@code
 * Ã‡a}). So {@code groß“}, {@code L’ÉTÉ»}, {@code NESCAFÉ®}, {@code IRMÃ”} and {@code café…»} stay.
 * Known limits: a capital {@code Â} right before a symbol or closing punctuation is taken for
 * mojibake; a lone mojibake letter between spaces ({@code Ã³} for the Spanish word {@code ó}) is
 * left.
 *
 * <p><b>Characters.</b> Controls (C0 but tab and line breaks, DEL, C1) that are not part of
 * mojibake are dropped, as are noncharacters and unpaired surrogates; odd spaces ({@link
 * Text#isOddSpace}: no-break, ideographic, thin) are kept, since text is kept as given (readers
 * treat them as spaces where structure is concerned: trimming, splitting); invisible characters
 * ({@link Text#isInvisible}) are kept too; a soft hyphen between two letters is dropped (it does
 * not show), one that ends a line ({@link Text#isSoftHyphenBreak}) is left to the line-joining
 * pass, and any other is kept (the joining pass joins a PDF's {@code Commis\u00AD sioner}). Line
 * breaks of every kind become {@code \n}.
 *
 * <p>Text with nothing suspicious in it (most text) is returned as the same string after one scan.
 * Thread-safe; no state.
 */
public final class TextRepair {
  private TextRepair() {}

  /** The kinds of repair, each with the words of its warning. */
  public enum Repair {
    MOJIBAKE("repaired mojibake (UTF-8 text that had been decoded as Windows-1252 or Latin-1)"),
    CONTROL("dropped control characters"),
    NONCHARACTER("dropped noncharacters and unpaired surrogates"),
    SOFT_HYPHEN("dropped soft hyphens inside words");

    private final String message;

    Repair(String message) {
      this.message = message;
    }

    /** What was done, for a warning. */
    public String message() {
      return message;
    }
  }

  /**
   * A repaired text.
   *
   * @param text the text after repair
   * @param repairs the kinds of repair made; empty when the text was left as it was
   */
  public record Repaired(String text, Set<Repair> repairs) {
    public Repaired {
      Objects.requireNonNull(text, "text");
      repairs = repairs.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(repairs));
    }
  }

  private enum Mode {
    BLOCK,
    LINE,
    DAMAGE
  }

  /** Mojibake decoded this many times at most (real files have one or two layers). */
  private static final int MAX_LAYERS = 3;

  /**
   * Repairs a block's text: mojibake and every character rule above. Line breaks become {@code \n}
   * and stay, for the line-joining pass; tabs stay.
   */
  public static Repaired repair(String s) {
    return run(s, Mode.BLOCK);
  }

  /** Repairs one line of text (a title, a metadata value): as {@link #repair}, breaks as spaces. */
  public static Repaired repairLine(String s) {
    return run(s, Mode.LINE);
  }

  /**
   * Repairs only damage in a whole decoded document, before a reader splits it by its own syntax:
   * mojibake, C1 controls, noncharacters and unpaired surrogates. NEL and the Unicode line and
   * paragraph separators become {@code \n}; C0 controls, spaces and soft hyphens are left to the
   * reader.
   */
  public static Repaired repairDamage(String s) {
    return run(s, Mode.DAMAGE);
  }

  private static Repaired run(String s, Mode mode) {
    Objects.requireNonNull(s, "s");
    if (untouched(s, mode)) {
      return new Repaired(s, Set.of());
    }
    EnumSet<Repair> repairs = EnumSet.noneOf(Repair.class);
    String text = s;
    int layers = 0;
    // Dropping a character can join what it stood between: a control between mojibake and a soft
    // hyphen, a soft hyphen inside a mojibake sequence. So the two steps run again on their result
    // until it holds (a handful of rounds at most: each round must remove something).
    for (int round = 0; round <= MAX_LAYERS; round++) {
      String before = text;
      for (; layers < MAX_LAYERS; layers++) {
        String fixed = decodeLayer(text);
        if (fixed == null) {
          break;
        }
        repairs.add(Repair.MOJIBAKE);
        text = fixed;
      }
      text = characters(text, mode, repairs);
      if (text.equals(before)) {
        break;
      }
    }
    return new Repaired(text.equals(s) ? s : text, repairs);
  }

  /** The fast path: whether no character of {@code s} can need a repair in {@code mode}. */
  private static boolean untouched(String s, Mode mode) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if ((c >= 0x20 && c != 0x7F) || c == '\t' || (c == '\n' && mode != Mode.LINE)) {
          continue;
        }
        if (mode == Mode.DAMAGE) {
          continue;
        }
        return false;
      }
      if (c <= 0x9F) {
        return false;
      }
      if (c < 0x100) {
        if (c >= 0xC2 && c <= 0xF4) {
          if (i + 1 < n && isContinuation(s.charAt(i + 1))) {
            return false;
          }
        } else if (c == Text.SOFT_HYPHEN && mode != Mode.DAMAGE) {
          return false;
        }
        continue;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++i));
          if (Text.isNoncharacter(cp)) {
            return false;
          }
          continue;
        }
        return false;
      }
      if (Character.isLowSurrogate(c) || Text.isNoncharacter(c) || c == 0x2028 || c == 0x2029) {
        return false;
      }
    }
    return true;
  }

  // ---- mojibake

  /** Windows-1252's characters for the bytes 0x80 to 0x9F, from the JDK; U+FFFD where undefined. */
  private static final Map<Character, Integer> CP1252_BYTES = cp1252Bytes();

  private static Map<Character, Integer> cp1252Bytes() {
    byte[] high = new byte[32];
    for (int b = 0; b < 32; b++) {
      high[b] = (byte) (0x80 + b);
    }
    CharBuffer chars = Charset.forName("windows-1252").decode(ByteBuffer.wrap(high));
    Map<Character, Integer> map = new HashMap<>();
    for (int b = 0; b < 32; b++) {
      char c = chars.get(b);
      if (c != '\uFFFD') {
        map.put(c, 0x80 + b);
      }
    }
    return Map.copyOf(map);
  }

  /** The byte that Windows-1252 or Latin-1 shows as {@code c}, or -1. */
  private static int byteOf(char c) {
    if (c <= 0xFF) {
      return c;
    }
    Integer b = c >= 0x152 && c <= 0x2122 ? CP1252_BYTES.get(c) : null;
    return b == null ? -1 : b;
  }

  private static boolean isContinuation(char c) {
    int b = byteOf(c);
    return b >= 0x80 && b <= 0xBF;
  }

  /**
   * Characters that real text puts right after a letter: spaces, closing quotes and punctuation,
   * marks and superscripts. A run whose every continuation is one of these and that stands alone
   * may be real Latin-1 text ({@code groß“}, {@code ÉTÉ»}).
   */
  private static boolean followsLetters(char c) {
    return switch (c) {
      case '\u00A0',
          '\u00AD',
          '\u2026',
          '\u2018',
          '\u2019',
          '\u201C',
          '\u201D',
          '\u00BB',
          '\u203A',
          '\u2022',
          '\u2013',
          '\u2014',
          '\u2122',
          '\u00AE',
          '\u00A9',
          '\u00B0',
          '\u00B9',
          '\u00B2',
          '\u00B3',
          '\u2020',
          '\u2021',
          '\u00AA',
          '\u00BA' ->
          true;
      default -> false;
    };
  }

  /**
   * Decodes one layer of mojibake in {@code s}; {@code null} when there is none. Runs are found
   * left to right, then each is judged with its neighbours.
   */
  private static String decodeLayer(String s) {
    int n = s.length();
    int[] start = null;
    int[] end = null;
    int[] cps = null;
    int count = 0;
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      int length = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 ? 4 : 0;
      int cp = length == 0 || c > 0xF4 || i + length > n ? -1 : decode(s, i, length);
      if (cp < 0) {
        i++;
        continue;
      }
      if (start == null) {
        start = new int[8];
        end = new int[8];
        cps = new int[8];
      } else if (count == start.length) {
        start = java.util.Arrays.copyOf(start, count * 2);
        end = java.util.Arrays.copyOf(end, count * 2);
        cps = java.util.Arrays.copyOf(cps, count * 2);
      }
      start[count] = i;
      end[count] = i + length;
      cps[count] = cp;
      count++;
      i += length;
    }
    if (count == 0) {
      return null;
    }
    StringBuilder out = null;
    int copied = 0;
    for (int u = 0; u < count; u++) {
      boolean adjacent =
          (u > 0 && end[u - 1] == start[u]) || (u + 1 < count && end[u] == start[u + 1]);
      if (!plausible(s, start[u], end[u], cps[u], adjacent)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      out.append(s, copied, start[u]).appendCodePoint(cps[u]);
      copied = end[u];
    }
    if (out == null) {
      return null;
    }
    return out.append(s, copied, n).toString();
  }

  /** The code point of the UTF-8 sequence that {@code s[i, i+length)} shows, or -1. */
  private static int decode(String s, int i, int length) {
    int lead = s.charAt(i);
    int cp = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
    for (int k = 1; k < length; k++) {
      int b = byteOf(s.charAt(i + k));
      if (b < 0x80 || b > 0xBF) {
        return -1;
      }
      if (k == 1) {
        // no overlong forms, no surrogates, nothing past U+10FFFF
        if ((lead == 0xE0 && b < 0xA0)
            || (lead == 0xED && b >= 0xA0)
            || (lead == 0xF0 && b < 0x90)
            || (lead == 0xF4 && b >= 0x90)) {
          return -1;
        }
      }
      cp = (cp << 6) | (b & 0x3F);
    }
    return Character.getType(cp) == Character.UNASSIGNED ? -1 : cp;
  }

  private static boolean plausible(String s, int from, int to, int cp, boolean adjacent) {
    if (adjacent || s.charAt(from) == 0xC2) {
      return true;
    }
    boolean common = true;
    for (int k = from + 1; k < to; k++) {
      char c = s.charAt(k);
      if (c >= 0x80 && c <= 0x9F) {
        return true; // a C1 control: never real text
      }
      common &= followsLetters(c);
    }
    if (!common
        || (s.charAt(from) == 0xC3 && (s.charAt(from + 1) == 0xA0 || s.charAt(from + 1) == 0xAD))) {
      return true; // a symbol no letter is followed by, or Ã and a no-break or soft hyphen: à, í
    }
    // Only closing punctuation after the letter: real text, unless the decoded letter fits its
    // neighbours (CafÃ© is Café, sÃ»r is sûr, Ã‡a is Ça; IRMÃ” and NESCAFÉ® stay).
    if (!Character.isUpperCase(cp) && !Character.isLowerCase(cp)) {
      return false;
    }
    if (to < s.length() && Character.isLetter(s.charAt(to))) {
      return true;
    }
    return Character.isLowerCase(cp) && from > 0 && Character.isLowerCase(s.charAt(from - 1));
  }

  // ---- characters

  private static String characters(String s, Mode mode, Set<Repair> repairs) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (cp == '\r' && mode != Mode.DAMAGE) {
        if (next >= n || s.charAt(next) != '\n') {
          out.append(mode == Mode.LINE ? ' ' : '\n');
        }
      } else if (Text.isLineBreak(cp) && (mode != Mode.DAMAGE || cp > 0x7F)) {
        out.append(mode == Mode.LINE ? ' ' : '\n');
      } else if (cp == '\t' || (cp < 0x20 && mode == Mode.DAMAGE)) {
        out.append((char) cp);
      } else if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
        if (cp == 0x7F && mode == Mode.DAMAGE) {
          out.append((char) cp);
        } else {
          repairs.add(Repair.CONTROL);
        }
      } else if ((cp >= 0xD800 && cp <= 0xDFFF) || Text.isNoncharacter(cp)) {
        repairs.add(Repair.NONCHARACTER);
      } else if (mode == Mode.DAMAGE) {
        out.appendCodePoint(cp);
      } else if (cp == Text.SOFT_HYPHEN && Text.isSoftHyphenBreak(s, i)) {
        if (mode == Mode.BLOCK) {
          out.append(Text.SOFT_HYPHEN); // a split word: the line-joining pass joins it
        } else {
          next = joinedAfter(s, next); // one line: join the halves here
        }
      } else if (cp == Text.SOFT_HYPHEN && betweenLetters(s, i, next)) {
        repairs.add(Repair.SOFT_HYPHEN); // inside a word (Bundes\u00ADpolizei): it does not show
      } else {
        out.appendCodePoint(cp);
      }
      i = next;
    }
    return out.toString();
  }

  /** Whether a letter stands right before {@code i} and at {@code next}. */
  private static boolean betweenLetters(String s, int i, int next) {
    return i > 0
        && next < s.length()
        && Character.isLetter(s.codePointBefore(i))
        && Character.isLetter(s.codePointAt(next));
  }

  /** The index after the spaces and the one line break that follow a soft hyphen at a break. */
  private static int joinedAfter(String s, int i) {
    while (!Text.isLineBreak(s.charAt(i))) {
      i++;
    }
    return s.charAt(i) == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
  }
}
