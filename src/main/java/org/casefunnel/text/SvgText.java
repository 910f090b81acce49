package org.casefunnel.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Text for hand-written SVG: the one XML escaping and line wrapping the funnel chart and the series
 * chart share, so a fix to either reaches both, and the characters no markup may hold, which the
 * HTML pages leave out too.
 */
public final class SvgText {

  private SvgText() {}

  /**
   * XML escaping for text and attribute values; everything user-supplied goes through it. Control
   * characters XML 1.0 forbids even when escaped are dropped, directional controls are balanced
   * ({@link Bidi}); null is the empty string.
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    String t = Bidi.balanced(text);
    StringBuilder b = new StringBuilder(t.length());
    t.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                  if (allowedInMarkup(c)) {
                    b.appendCodePoint(c);
                  }
                }
              }
            });
    return b.toString();
  }

  /**
   * Whether XML 1.0 allows the character at all (HTML calls the others parse errors): not a control
   * other than tab, line feed and carriage return, not U+FFFE or U+FFFF, not a lone surrogate. One
   * such character in a label would make a whole chart unreadable XML.
   */
  public static boolean allowedInMarkup(int c) {
    return (c >= 0x20 || c == '\n' || c == '\t' || c == '\r')
        && c != 0xFFFE
        && c != 0xFFFF
        && !(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
  }

  /** The text without what {@link #allowedInMarkup} refuses; null stays null. */
  public static String forMarkup(String text) {
    if (text == null || text.codePoints().allMatch(SvgText::allowedInMarkup)) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints().filter(SvgText::allowedInMarkup).forEach(b::appendCodePoint);
    return b.toString();
  }

  /**
   * Splits text at spaces into lines of at most {@code width} characters, because SVG text never
   * wraps. Continuation lines are indented by two spaces; a word longer than a line (a web address,
   * a run of characters without spaces) is cut into pieces that fit, never between the two halves
   * of a surrogate pair, so no line runs off the image.
   */
  public static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      // the first line has no indent: a word as wide as the line fits there whole
      int room = lines.isEmpty() && line.length() == 0 ? width : width - 2;
      List<String> pieces = pieces(word, Math.max(room, 1), Math.max(width - 2, 1));
      for (int i = 0; i < pieces.size(); i++) {
        String piece = pieces.get(i);
        // a cut word goes on at the next line: a space inside it would split it in two
        if (line.length() > 0 && (i > 0 || line.length() + 1 + piece.length() > width)) {
          lines.add(line.toString());
          line.setLength(0);
          line.append("  ");
        }
        line.append(line.toString().isBlank() ? "" : " ").append(piece);
      }
    }
    if (!line.toString().isBlank()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * The word in pieces: the first of at most {@code first} chars, the others of at most {@code
   * rest} (a continuation line's room).
   */
  private static List<String> pieces(String word, int first, int rest) {
    if (word.length() <= first) {
      return List.of(word);
    }
    List<String> out = new ArrayList<>();
    int from = 0;
    while (from < word.length()) {
      int to = Math.min(from + (out.isEmpty() ? first : rest), word.length());
      if (to < word.length() && Character.isHighSurrogate(word.charAt(to - 1)) && to - 1 > from) {
        to--;
      }
      out.add(word.substring(from, to));
      from = to;
    }
    return out;
  }
}
