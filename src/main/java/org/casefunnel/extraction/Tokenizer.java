package org.casefunnel.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers and single symbols; whitespace is dropped. A hand-written scanner
 * rather than a regular expression: a Java regex repeats a group by recursion, so one word of a few
 * thousand letters overflowed the stack. Each character is looked at a bounded number of times.
 *
 * <p>The grammar, tried in this order at each non-space character:
 *
 * <ul>
 *   <li>code: {@code \d{1,4}[./-]\d{1,2}[./-]\d{1,4}} not followed by a digit ("2026-11-24");
 *   <li>number: {@code \d{1,3}(,\d{3})+} or {@code [1-9]\d{0,2}(S\d{3})+} (S one of the typographic
 *       group separators: no-break, figure, thin, narrow no-break space) not followed by a digit
 *       and, for S, not glued to {@code + / -} or an en dash before it; or {@code \d+}; then an
 *       optional {@code .\d+} and any letters ("9,000", "9 000", "2.5m", "2nd");
 *   <li>unreadable: digits grouped the same way by any other space ("9 000" with a plain space, or
 *       "March 3 200": nine thousand, or a day and a count), or a number followed by {@code
 *       [,.]\d}, by letters and a digit, or by an exponent ("2,5", "1.200.000", "1x6", "1e-6"),
 *       with the rest of its letters, digits, points and commas before digits, and exponent signs:
 *       a notation the readers cannot read for sure, so no part of it is taken for a count;
 *   <li>word: a letter, then letters and digits, with an apostrophe only between letters, so a
 *       closing quote is not swallowed ("cases'");
 *   <li>symbol: any other single character.
 * </ul>
 *
 * A word or number longer than {@link #MAX_TOKEN_LENGTH} chars becomes one {@link Token.Kind#LONG}
 * token, which the readers never take for a word or a count.
 */
final class Tokenizer {

  /** Longest word or number read as such; longer runs are LONG tokens. */
  static final int MAX_TOKEN_LENGTH = 100;

  private final String text;
  private final int from;
  private final int limit;
  private int p;

  private Tokenizer(String text, int from, int limit) {
    this.text = text;
    this.from = from;
    this.p = from;
    this.limit = limit;
  }

  static List<Token> tokenize(String text) {
    return tokenize(text, 0, text.length(), Integer.MAX_VALUE);
  }

  /**
   * The first {@code maxTokens} tokens of {@code text[from, limit)}, with offsets into the whole
   * text; the text past {@code limit} is not looked at, as if the text ended there.
   */
  static List<Token> tokenize(String text, int from, int limit, int maxTokens) {
    return new Tokenizer(text, from, limit).run(maxTokens);
  }

  private List<Token> run(int maxTokens) {
    List<Token> tokens = new ArrayList<>();
    while (tokens.size() < maxTokens) {
      boolean newline = false;
      while (p < limit && CharacterClasses.isSpace(text.charAt(p))) {
        newline |= text.charAt(p) == '\n';
        p++;
      }
      if (p >= limit) {
        break;
      }
      int start = p;
      Token.Kind kind = scan();
      if ((kind == Token.Kind.WORD || kind == Token.Kind.NUMBER) && p - start > MAX_TOKEN_LENGTH) {
        kind = Token.Kind.LONG;
      }
      tokens.add(new Token(kind, text.substring(start, p), start, p, newline));
    }
    return tokens;
  }

  /** Reads one token at p, moving p past it. */
  private Token.Kind scan() {
    int c = codePointAt(p);
    if (CharacterClasses.isDigit(c)) {
      int code = code(p);
      if (code >= 0) {
        p = code;
        return Token.Kind.CODE;
      }
      int spaced = spacedGroups(p);
      int end = number(p);
      if (spaced > end || isUnreadableAfter(end)) {
        p = unreadable(Math.max(spaced, end));
        return Token.Kind.UNREADABLE;
      }
      p = letters(end);
      return Token.Kind.NUMBER;
    }
    if (Character.isLetter(c)) {
      p = word(p);
      return Token.Kind.WORD;
    }
    p += Character.charCount(c);
    return Token.Kind.SYMBOL;
  }

  /** The end of a code at i, or -1: each digit group is a whole run, so no backtracking. */
  private int code(int i) {
    int a = digits(i);
    if (a - i < 1 || a - i > 4 || !isCodeSeparator(a)) {
      return -1;
    }
    int b = digits(a + 1);
    if (b - a - 1 < 1 || b - a - 1 > 2 || !isCodeSeparator(b)) {
      return -1;
    }
    int c = digits(b + 1);
    return c - b - 1 >= 1 && c - b - 1 <= 4 ? c : -1;
  }

  /** The end of the digits, groups and decimals of a number at i, before any letters. */
  private int number(int i) {
    int end = groupedDigits(i);
    if (end < 0 || spacedGroups(i) > 0) {
      end = digits(i);
    }
    if (end + 1 < limit && text.charAt(end) == '.' && isDigitAt(end + 1)) {
      end = digits(end + 1);
    }
    return end;
  }

  /**
   * Whether the number ending at k runs on in a notation of its own: "2,5", "1.200.000", "1e6",
   * "1e-6" (an exponent: one e and a signed digit; "5m-10m" is a range of two numbers).
   */
  private boolean isUnreadableAfter(int k) {
    if (k + 1 < limit && (text.charAt(k) == ',' || text.charAt(k) == '.') && isDigitAt(k + 1)) {
      return true;
    }
    int j = letters(k);
    boolean exponent = j == k + 1 && (text.charAt(k) == 'e' || text.charAt(k) == 'E');
    return j > k && (isDigitAt(j) || exponent && isSignAt(j) && isDigitAt(j + 1));
  }

  /** The end of the letters, digits, points and commas before digits, and exponent signs from k. */
  private int unreadable(int k) {
    while (k < limit) {
      int c = codePointAt(k);
      if (Character.isLetter(c) || CharacterClasses.isDigit(c)) {
        k += Character.charCount(c);
      } else if ((c == ',' || c == '.') && isDigitAt(k + 1)) {
        k++;
      } else if (isSignAt(k)
          && (text.charAt(k - 1) == 'e' || text.charAt(k - 1) == 'E')
          && isDigitAt(k + 1)) {
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  /**
   * The end of digits grouped by a space that is not a typographic group separator ("9 000" with a
   * plain space: nine thousand, or "March 3 200 cases": a day and a count), or -1. Which one the
   * writer meant cannot be told, so such a number is read as neither.
   */
  private int spacedGroups(int i) {
    int end = groupedDigits(i);
    return end > 0
            && CharacterClasses.separatorKind(text.charAt(digits(i)))
                == CharacterClasses.OTHER_SPACE
        ? end
        : -1;
  }

  private boolean isSignAt(int k) {
    return k < limit && (text.charAt(k) == '+' || text.charAt(k) == '-');
  }

  /**
   * "9,000,000", "9 000 000": 1-3 digits then the most groups of a separator (of one {@link
   * CharacterClasses#separatorKind} throughout) and three digits, not followed by a digit; or -1.
   * Digits are not grouped by spaces when they start with 0 ("020 7230 1212" is a phone number) or
   * are glued to a sign, slash or dash before them ("+1 202 555 0143", "2019/20 350 referrals").
   */
  private int groupedDigits(int i) {
    int lead = digits(i);
    if (lead - i > 3 || lead >= limit) {
      return -1;
    }
    int kind = CharacterClasses.separatorKind(text.charAt(lead));
    boolean glued = i > from && "+/-\u2013".indexOf(text.charAt(i - 1)) >= 0;
    if (kind == CharacterClasses.NONE
        || kind != CharacterClasses.COMMA && (text.charAt(i) == '0' || glued)) {
      return -1;
    }
    int end = lead;
    int groups = 0;
    int previous = lead;
    while (end + 3 < limit
        && CharacterClasses.separatorKind(text.charAt(end)) == kind
        && isDigitAt(end + 1)
        && isDigitAt(end + 2)
        && isDigitAt(end + 3)) {
      previous = end;
      end += 4;
      groups++;
    }
    if (groups > 0 && isDigitAt(end)) {
      end = previous; // the last group runs on into more digits: give it back
      groups--;
    }
    return groups > 0 ? end : -1;
  }

  private int word(int i) {
    int k = i + Character.charCount(codePointAt(i));
    while (k < limit) {
      int c = codePointAt(k);
      if (Character.isLetter(c) || Character.isDigit(c) || CharacterClasses.isNumeric(c)) {
        k += Character.charCount(c);
      } else if ((c == '\'' || c == '\u2019')
          && k + 1 < limit
          && Character.isLetter(codePointAt(k + 1))) {
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  private int letters(int i) {
    int k = i;
    while (k < limit && Character.isLetter(codePointAt(k))) {
      k += Character.charCount(codePointAt(k));
    }
    return k;
  }

  /** The code point at k, as if the text ended at the limit. */
  private int codePointAt(int k) {
    char c = text.charAt(k);
    if (Character.isHighSurrogate(c) && k + 1 < limit) {
      char d = text.charAt(k + 1);
      if (Character.isLowSurrogate(d)) {
        return Character.toCodePoint(c, d);
      }
    }
    return c;
  }

  private int digits(int i) {
    int k = i;
    while (isDigitAt(k)) {
      k++;
    }
    return k;
  }

  private boolean isDigitAt(int k) {
    return k < limit && CharacterClasses.isDigit(text.charAt(k));
  }

  private boolean isCodeSeparator(int k) {
    return k < limit && "./-".indexOf(text.charAt(k)) >= 0;
  }
}
