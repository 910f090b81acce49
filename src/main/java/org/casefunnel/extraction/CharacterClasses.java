package org.casefunnel.extraction;

/** The tokenizer's alphabet: which characters are digits, numerals, spaces and group separators. */
final class CharacterClasses {

  private CharacterClasses() {}

  static final int NONE = 0;
  static final int COMMA = 1;
  static final int TYPOGRAPHIC = 2;
  static final int OTHER_SPACE = 3;

  /**
   * What separates digit groups: a comma; a typographic space (no-break, figure, thin, narrow
   * no-break: set between groups on purpose); or any other space, which may also separate two
   * numbers.
   */
  static int separatorKind(char c) {
    if (c == ',') {
      return COMMA;
    }
    if (c == '\u00A0' || c == '\u2007' || c == '\u2009' || c == '\u202F') {
      return TYPOGRAPHIC;
    }
    return Character.getType(c) == Character.SPACE_SEPARATOR ? OTHER_SPACE : NONE;
  }

  /** {@code \d} of java.util.regex: ASCII digits only. */
  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /** {@code \p{N}}: any numeric character, Roman numerals and superscripts included. */
  static boolean isNumeric(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * {@code [\s\p{Zs}]}: the ASCII whitespace characters and Unicode's space separators (a no-break
   * space between two words is a space, not a symbol).
   */
  static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\u000B'
        || c == '\f'
        || c == '\r'
        || Character.getType(c) == Character.SPACE_SEPARATOR;
  }
}
