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
   * Measured widths are raised by a fifth: bold type (9 to 14% wider than Helvetica's regular
   * metrics) and the system faces a viewer may have are wider than the measure.
   */
  private static final double SPARE = 1.2;

  private static final String INDENT = "  ";

  /** How wide text in a {@code size} px face is drawn, in px, with the spare of {@link #wrap}. */
  public static double width(String text, int size) {
    return GlyphWidths.of(text) * size * SPARE / 1000;
  }

  /**
   * Splits text at spaces into lines that fit {@code room} px in a {@code size} px face, measured
   * glyph by glyph ({@link GlyphWidths}), because SVG text never wraps: a line of capitals or of
   * Chinese holds fewer characters than one of lower-case letters. Continuation lines are indented
   * by two spaces; a word wider than a line (a web address, a run of characters without spaces) is
   * cut into pieces that fit, never inside a character, so no line runs off the image.
   */
  public static List<String> wrap(String text, double room, int size) {
    int limit = (int) Math.floor(room * 1000 / (size * SPARE));
    int indent = GlyphWidths.of(INDENT);
    int space = GlyphWidths.of(' ');
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int used = 0;
    for (String word : text.split(" ")) {
      // the first line has no indent: a word as wide as the line fits there whole
      int first = lines.isEmpty() && line.length() == 0 ? limit : limit - indent;
      List<String> pieces = pieces(word, first, limit - indent);
      for (int i = 0; i < pieces.size(); i++) {
        String piece = pieces.get(i);
        int w = GlyphWidths.of(piece);
        // a cut word goes on at the next line: a space inside it would split it in two
        if (line.length() > 0 && (i > 0 || used + space + w > limit)) {
          lines.add(line.toString());
          line.setLength(0);
          line.append(INDENT);
          used = indent;
        }
        boolean blank = line.toString().isBlank();
        line.append(blank ? "" : " ").append(piece);
        used += (blank ? 0 : space) + w;
      }
    }
    if (!line.toString().isBlank()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * The word in pieces: the first no wider than {@code first}, the others no wider than {@code
   * rest} (a continuation line's room); each holds at least one character as a reader sees it, so
   * none is split: a letter with its accents, a flag, an emoji with its modifiers or joined
   * sequence.
   */
  private static List<String> pieces(String word, int first, int rest) {
    List<String> out = new ArrayList<>();
    int from = 0;
    int used = 0;
    int previous = -1;
    int indicators = 0; // regional indicators in a row before i: a flag is a pair of them
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      int w = GlyphWidths.of(c);
      int room = out.isEmpty() ? first : rest;
      if (i > from && used + w > room && !joinsPrevious(c, previous, indicators)) {
        out.add(word.substring(from, i));
        from = i;
        used = 0;
      }
      used += w;
      indicators = regionalIndicator(c) ? indicators + 1 : 0;
      previous = c;
      i += Character.charCount(c);
    }
    out.add(word.substring(from));
    return out;
  }

  /**
   * Whether {@code c} belongs to the character before it (Unicode's grapheme cluster rules, the
   * ones text in labels meets): a combining mark, a variation selector, a skin-tone modifier, a
   * zero-width joiner or what follows one, the second indicator of a flag.
   */
  private static boolean joinsPrevious(int c, int previous, int indicators) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || c == 0x200D
        || previous == 0x200D
        || (c >= 0xFE00 && c <= 0xFE0F)
        || (c >= 0xE0100 && c <= 0xE01EF)
        || (c >= 0x1F3FB && c <= 0x1F3FF)
        || (regionalIndicator(c) && indicators % 2 == 1);
  }

  private static boolean regionalIndicator(int c) {
    return c >= 0x1F1E6 && c <= 0x1F1FF;
  }
}
