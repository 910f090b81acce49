package org.casefunnel.extraction;

import java.util.Locale;

/**
 * A word, number or symbol of the input, with its UTF-16 offsets and its lower-case form (made
 * once: the readers ask for it many times per token).
 */
record Token(Kind kind, String text, int start, int end, boolean newlineBefore, String lower) {

  Token(Kind kind, String text, int start, int end, boolean newlineBefore) {
    this(kind, text, start, end, newlineBefore, text.toLowerCase(Locale.ROOT));
  }

  enum Kind {
    /** Digits with optional separators, decimals and an attached suffix: "9,000", "2.5m", "2nd". */
    NUMBER,
    /** Digit groups joined by dots, slashes or dashes: dates, versions ("2026-11-24", "1.2.3"). */
    CODE,
    WORD,
    SYMBOL,
    /** A word or number longer than {@link Tokenizer#MAX_TOKEN_LENGTH}: never read as either. */
    LONG,
    /** Digits in a notation the readers do not know ("2,5", "1.200.000", "1e6"): never a count. */
    UNREADABLE
  }

  boolean isWord(String word) {
    return kind == Kind.WORD && text.equalsIgnoreCase(word);
  }

  boolean isSymbol(String symbols) {
    return kind == Kind.SYMBOL && symbols.contains(text);
  }

  boolean isCapitalised() {
    return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
  }

  /** The digits of a NUMBER token without separators or suffix: "9,000" and "9 000" give "9000". */
  String digits() {
    StringBuilder digits = new StringBuilder(text.length());
    for (int i = 0; i < text.length() && !Character.isLetter(text.charAt(i)); i++) {
      char c = text.charAt(i);
      if (c == '.' || c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.toString();
  }

  /** The letters glued to a NUMBER token: "m" for "2.5m", "nd" for "2nd". */
  String suffix() {
    return text.substring(digitsLength()).toLowerCase(Locale.ROOT);
  }

  private int digitsLength() {
    int i = 0;
    while (i < text.length() && !Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
