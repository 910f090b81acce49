package org.casefunnel.text;

/**
 * How wide text is drawn in the charts' sans-serif face, in thousandths of the font size, so that
 * lines wrap and labels are placed by width rather than by counting characters: "WWWW" is three
 * times as wide as "iiii", and a Chinese or Japanese character about twice a Latin letter. The
 * widths of printable ASCII are those of Helvetica's metrics, which the system faces the charts
 * name (Segoe UI, Roboto, San Francisco) follow closely; other characters are estimated by kind.
 */
public final class GlyphWidths {

  // U+0020 to U+007E
  private static final int[] ASCII = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584 // p to ~
  };

  private GlyphWidths() {}

  /** The advance of one character, in thousandths of the font size. */
  public static int of(int codePoint) {
    if (codePoint >= 0x20 && codePoint <= 0x7E) {
      return ASCII[codePoint - 0x20];
    }
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || type == Character.CONTROL) {
      return 0;
    }
    if (wide(codePoint)) {
      return 1000;
    }
    switch (codePoint) {
      case 0x2014, 0x2026 -> {
        return 1000; // em dash, ellipsis
      }
      case 0x00B7, 0x2018, 0x2019 -> {
        return 278; // middle dot (the charts' separator), single quotes
      }
      case 0x201C, 0x201D -> {
        return 333; // double quotes
      }
      default -> {
        // measured below
      }
    }
    // accented Latin, Greek, Cyrillic and the rest: a little wider than an average letter, so
    // that a line of them is never longer than measured
    return Character.isUpperCase(codePoint) ? 722 : 600;
  }

  /** The advance of a text, in thousandths of the font size. */
  public static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      width += of(c);
      i += Character.charCount(c);
    }
    return width;
  }

  /**
   * East Asian wide and full-width characters and emoji, drawn about one em wide (the ranges of
   * Unicode's East Asian Width "W" and "F" that matter for text).
   */
  private static boolean wide(int c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6)
        // symbols, dingbats, stars and squares, often drawn as emoji (⚠, ⭐)
        || (c >= 0x2600 && c <= 0x27BF)
        || (c >= 0x2B00 && c <= 0x2BFF)
        // enclosed letters (🆘), regional indicators (flags), and the emoji blocks
        || (c >= 0x1F000 && c <= 0x1FAFF)
        || (c >= 0x20000 && c <= 0x3FFFD);
  }
}
