package dev.pressroom.format.md;

/**
 * Double-quoted YAML scalars, the one style the renderer writes for text: every string comes back
 * as exactly itself ({@code yes}, {@code null}, {@code : }, {@code #}, a leading {@code -}, quotes,
 * tabs, emoji) in YAML 1.1 and 1.2 readers alike, Hugo's and Jekyll's included.
 */
final class YamlText {
  private YamlText() {}

  /** Appends {@code value} as a double-quoted scalar. */
  static void quote(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
            out.append(String.format("\\u%04X", (int) c)); // never bare inside YAML
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /**
   * Reads back a scalar {@link #quote} wrote: {@code line} must be exactly one double-quoted scalar
   * using only those escapes, else {@code null}.
   */
  static String unquote(String line, int from) {
    int n = line.length();
    if (from >= n || line.charAt(from) != '"' || line.charAt(n - 1) != '"' || n - from < 2) {
      return null;
    }
    StringBuilder out = new StringBuilder(n - from);
    for (int i = from + 1; i < n - 1; i++) {
      char c = line.charAt(i);
      if (c == '"') {
        return null;
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (++i >= n - 1) {
        return null;
      }
      switch (line.charAt(i)) {
        case '"' -> out.append('"');
        case '\\' -> out.append('\\');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (i + 4 >= n - 1) {
            return null;
          }
          try {
            out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
          } catch (NumberFormatException e) {
            return null;
          }
          i += 4;
        }
        default -> {
          return null;
        }
      }
    }
    return out.toString();
  }
}
