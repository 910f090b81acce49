package org.casefunnel.text;

import java.util.Optional;

/**
 * Finds a quote verbatim in a source text. Runs of whitespace count as one space, typographic
 * quotation marks and apostrophes count as straight ones and dashes as a hyphen, so that a quote
 * copied from a web page still matches the stored text; nothing else is forgiven.
 *
 * <p>Offsets follow the W3C Web Annotation TextPositionSelector and are counted in Unicode code
 * points of the stored text; the end is exclusive.
 */
public final class QuoteLocator {

  private QuoteLocator() {}

  /** Where a quote stands: code point offsets plus the exact, prefix and suffix text. */
  public record Location(int start, int end, String exact, String prefix, String suffix) {}

  public static Optional<Location> locate(String text, String quote) {
    if (text == null || quote == null) {
      return Optional.empty();
    }
    Normalised t = normalise(text);
    String q = normalise(quote.strip()).text;
    if (q.isEmpty()) {
      return Optional.empty();
    }
    int at = t.text.indexOf(q);
    if (at < 0) {
      return Optional.empty();
    }
    int startChar = t.origin[at];
    int endChar = t.origin[at + q.length() - 1] + 1;
    if (Character.isHighSurrogate(text.charAt(endChar - 1)) && endChar < text.length()) {
      endChar++;
    }
    return Optional.of(at(text, startChar, endChar));
  }

  /** The selector for the UTF-16 range [startChar, endChar) of the text. */
  public static Location at(String text, int startChar, int endChar) {
    TextOffsets offsets = TextOffsets.of(text, startChar, endChar);
    TextQuoteSelector selector = TextQuoteSelector.of(text, startChar, endChar);
    return new Location(
        offsets.codePointStart(),
        offsets.codePointEnd(),
        selector.exact(),
        selector.prefix(),
        selector.suffix());
  }

  /**
   * The text as quotes are compared with it ({@link #locate}, and whether a source's statement
   * quotes a sentence already): white space as single spaces, quotation marks straight, dashes as
   * hyphens, no space at the ends.
   */
  public static String comparable(String s) {
    return normalise(s.strip()).text;
  }

  private record Normalised(String text, int[] origin) {}

  private static Normalised normalise(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int[] origin = new int[s.length()];
    boolean lastWasSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (lastWasSpace) {
          continue;
        }
        origin[out.length()] = i;
        out.append(' ');
        lastWasSpace = true;
        continue;
      }
      lastWasSpace = false;
      origin[out.length()] = i;
      out.append(straighten(c));
    }
    return new Normalised(out.toString(), origin);
  }

  private static char straighten(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
      default -> c;
    };
  }
}
