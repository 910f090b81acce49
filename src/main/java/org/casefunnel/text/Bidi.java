package org.casefunnel.text;

/**
 * Text from a funnel shown beside other text (a label before a count, a title in a chart) must not
 * reorder what follows it: an unclosed right-to-left override (U+202E) in a label would show
 * "1,200" after it as "002,1". Each text is therefore balanced before it is displayed: every
 * embedding, override or isolate it opens is closed at its end, and a closer with nothing of its
 * own to close (which would end the page's own context) is left out. Text without such controls,
 * and right-to-left text that uses them in pairs, is unchanged.
 */
public final class Bidi {

  private static final int LRE = 0x202A;
  private static final int RLE = 0x202B;
  private static final int PDF = 0x202C;
  private static final int LRO = 0x202D;
  private static final int RLO = 0x202E;
  private static final int LRI = 0x2066;
  private static final int RLI = 0x2067;
  private static final int FSI = 0x2068;
  private static final int PDI = 0x2069;

  private Bidi() {}

  /** {@code text} with its directional controls balanced; null stays null. */
  public static String balanced(String text) {
    if (text == null || text.codePoints().noneMatch(Bidi::isControl)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 4);
    // what is open, innermost last: 'e' an embedding or override, 'i' an isolate
    StringBuilder open = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (c == LRE || c == RLE || c == LRO || c == RLO) {
                open.append('e');
              } else if (c == LRI || c == RLI || c == FSI) {
                open.append('i');
              } else if (c == PDF) {
                // closes the innermost embedding, but never reaches past an isolate
                if (open.isEmpty() || open.charAt(open.length() - 1) != 'e') {
                  return;
                }
                open.setLength(open.length() - 1);
              } else if (c == PDI) {
                // closes the innermost isolate and whatever was opened inside it
                int isolate = open.lastIndexOf("i");
                if (isolate < 0) {
                  return;
                }
                open.setLength(isolate);
              }
              out.appendCodePoint(c);
            });
    for (int i = open.length() - 1; i >= 0; i--) {
      out.appendCodePoint(open.charAt(i) == 'i' ? PDI : PDF);
    }
    return out.toString();
  }

  private static boolean isControl(int c) {
    return (c >= LRE && c <= RLO) || (c >= LRI && c <= PDI);
  }
}
