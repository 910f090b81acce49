package org.casefunnel.extraction;

/**
 * A run of letters, apostrophes, dots and hyphens, found by scanning back from a position: what the
 * pattern {@code ([\p{L}'’.-]+)$} found on {@code s.substring(0, end)}, without copying the text or
 * trying every start position.
 */
record Word(int start, int end, String text) {

  /** The word ending at {@code end} (or just before a final line break there), or null. */
  static Word before(String s, int end) {
    int e = end;
    if (e > 0 && isLineTerminator(s.charAt(e - 1))) {
      e -= e > 1 && s.charAt(e - 1) == '\n' && s.charAt(e - 2) == '\r' ? 2 : 1;
    }
    int start = e;
    while (start > 0) {
      int c = Character.codePointBefore(s, start);
      if (!isWordChar(c)) {
        break;
      }
      start -= Character.charCount(c);
    }
    return start < e ? new Word(start, e, s.substring(start, e)) : null;
  }

  static boolean isWordChar(int c) {
    return Character.isLetter(c) || c == '\'' || c == '\u2019' || c == '.' || c == '-';
  }

  /** The final line terminators before which {@code $} also matches. */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
