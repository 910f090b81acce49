package org.casefunnel.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Marks the tokens that look like numbers but are not quantities: dates, years, ages, ordinals,
 * times, phone numbers and identifiers ("COVID-19"); {@link LabelRefusals} and {@link
 * MoneyAndMeasureRefusals} add labels, codes, money and temperatures. The parser never reads a
 * marked token, so a refused figure cannot leak into a range or a hedge either.
 */
final class Refusals {

  /** What joins the two ends of a range of numbers: "12-14", "12\u201314", "12 to 14". */
  static final Set<String> RANGE_GLUE = Set.of("-", "\u2013", "\u2014", "to");

  private static final Set<String> AGE_RANGE_GLUE =
      Set.of("between", "and", "to", "or", "under", "over", "from", "-", "\u2013");

  /** A solidus, and the fraction and division slashes of "3\u20444". */
  private static final String SLASHES = "/\u2044\u2215";

  private static final Set<String> YEAR_WORDS = Set.of("year", "years", "yr", "yrs");

  private Refusals() {}

  static boolean[] blocked(List<Token> tokens) {
    boolean[] blocked = new boolean[tokens.size()];
    int phoneEnd = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == Token.Kind.CODE) {
        blocked[i] = true;
      } else if (t.kind() == Token.Kind.NUMBER && i < phoneEnd && isPhoneStart(tokens, i)) {
        // inside a phone number already blocked: its rest would be walked again, for every group
      } else if (t.kind() == Token.Kind.NUMBER) {
        phoneEnd = Math.max(phoneEnd, blockNumber(tokens, i, blocked));
      }
      if (isNumberish(t)) {
        blocked[i] |=
            CalendarNumbers.isDate(tokens, i) || isAgeBefore(tokens, i) || isSlashed(tokens, i);
      }
      if (t.kind() == Token.Kind.WORD && Lexicon.AGE_WORDS.contains(t.lower())) {
        blockAgeRange(tokens, i + 1, blocked);
      }
    }
    LabelRefusals.block(tokens, blocked);
    MoneyAndMeasureRefusals.block(tokens, blocked);
    return blocked;
  }

  static boolean isNumberish(Token t) {
    return t.kind() == Token.Kind.NUMBER
        || t.kind() == Token.Kind.WORD
            && (Lexicon.UNITS.containsKey(t.lower()) || Lexicon.TENS.containsKey(t.lower()));
  }

  /** Blocks what is not a count; returns the end of the phone number starting at i, else 0. */
  private static int blockNumber(List<Token> tokens, int i, boolean[] blocked) {
    Token t = tokens.get(i);
    if (!Lexicon.DIGIT_SUFFIXES.containsKey(t.suffix())) {
      blocked[i] = true; // ordinals (2nd), times (10am), decades (1990s), units (5km)
      return 0;
    }
    if (isPhoneStart(tokens, i)) {
      return blockPhone(tokens, i, blocked);
    }
    blocked[i] |=
        CalendarNumbers.isTime(tokens, i)
            || isGlued(tokens, i)
            || CalendarNumbers.isYear(tokens, i)
            || isNegative(tokens, i);
    blocked[i] |= isListNumber(tokens, i) || isPointedThousands(tokens, i);
    if (CalendarNumbers.isYearSpan(tokens, i)) {
      blocked[i] = true;
      blocked[i + 2] = true;
    }
    return 0;
  }

  /**
   * "9.000 cases", "1.250 historic cases": a point before exactly three digits separates thousands
   * in much of Europe and starts decimals in English, so 9 and 9,000 are both readings; taking
   * either would state a figure the text may not give. A scale ("1.250 million") or a suffix
   * ("2.500m") makes it a decimal, and "0.125" cannot be thousands.
   */
  private static boolean isPointedThousands(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!t.suffix().isEmpty() || !POINTED_THOUSANDS.matcher(t.text()).matches()) {
      return false;
    }
    Token next = at(tokens, i + 1);
    boolean scaled =
        next != null
            && (next.kind() == Token.Kind.WORD
                    && (Lexicon.SCALES.containsKey(next.lower())
                        || next.lower().equals("percent")
                        || next.lower().equals("per") && isWord(at(tokens, i + 2), "cent"))
                || next.isSymbol("%"));
    return !scaled;
  }

  private static boolean isWord(Token t, String word) {
    return t != null && t.kind() == Token.Kind.WORD && t.lower().equals(word);
  }

  private static final Pattern POINTED_THOUSANDS = Pattern.compile("[1-9]\\d{0,2}\\.\\d{3}");

  /** "1. Apologies", "2) Staffing": an item number at the start of a line. */
  private static boolean isListNumber(List<Token> tokens, int i) {
    boolean lineStart = i == 0 || tokens.get(i).newlineBefore();
    Token next = at(tokens, i + 1);
    return lineStart && next != null && next.isSymbol(".)") && adjacent(tokens, i + 1);
  }

  /** "020 7230 1212", "+44 20 7230 1212", "0800 555 111". */
  private static boolean isPhoneStart(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    boolean plainDigits = t.text().chars().allMatch(Character::isDigit);
    if (!plainDigits) {
      return false;
    }
    boolean leadingZero = t.text().length() >= 3 && t.text().charAt(0) == '0';
    boolean international = i > 0 && adjacent(tokens, i) && tokens.get(i - 1).isSymbol("+");
    return leadingZero || international;
  }

  /** Blocks the phone number starting at i; returns the token after it. */
  private static int blockPhone(List<Token> tokens, int i, boolean[] blocked) {
    int k = i;
    while (k < tokens.size()) {
      Token t = tokens.get(k);
      boolean digitGroup =
          t.kind() == Token.Kind.NUMBER
              && t.text().chars().allMatch(c -> Character.isDigit(c) || Character.isSpaceChar(c));
      if (!digitGroup && !t.isSymbol(")-")) { // not "(": "0300 123 4567 (24 hours)"
        return k;
      }
      if (k > i && t.newlineBefore()) {
        return k;
      }
      blocked[k++] = true;
    }
    return k;
  }

  /**
   * A number glued to a word is part of a name or code: "COVID-19" ("Q3" is a word already); the
   * minutes of a clock time are glued to its hour: "10:30".
   */
  private static boolean isGlued(List<Token> tokens, int i) {
    if (i == 0 || !adjacent(tokens, i)) {
      return false;
    }
    Token prev = tokens.get(i - 1);
    if (prev.kind() == Token.Kind.WORD) {
      return true;
    }
    if (i < 2 || !adjacent(tokens, i - 1)) {
      return false;
    }
    Token.Kind before = tokens.get(i - 2).kind();
    return prev.isSymbol("-/\u2010\u2011") && before == Token.Kind.WORD
        || prev.isSymbol(":") && before == Token.Kind.NUMBER;
  }

  /**
   * "-5", "(−12)": a minus sign glued to the number and to nothing before it. A count is never
   * negative, and reading the digits alone would state a figure the text does not give; "5-10" and
   * "COVID-19" glue the dash to what comes before, and are read elsewhere.
   */
  private static boolean isNegative(List<Token> tokens, int i) {
    return i > 0
        && adjacent(tokens, i)
        && tokens.get(i - 1).isSymbol("-\u2212")
        && (i < 2 || !adjacent(tokens, i - 1) || tokens.get(i - 2).isSymbol("(["));
  }

  /**
   * "24/7", "3/4", "1,200/2,200", "24 / 7": a number on either side of a slash is a schedule, a
   * fraction, a date or x out of y; read alone it would state a count the text does not give.
   */
  private static boolean isSlashed(List<Token> tokens, int i) {
    return isSlashTo(tokens, i - 1, i - 2) || isSlashTo(tokens, i + 1, i + 2);
  }

  private static boolean isSlashTo(List<Token> tokens, int slash, int other) {
    Token s = at(tokens, slash);
    Token o = at(tokens, other);
    return s != null
        && s.isSymbol(SLASHES)
        && o != null
        && o.kind() != Token.Kind.SYMBOL
        && CharacterClasses.isDigit(o.text().charAt(0));
  }

  /** "13-year-old", "13 year olds", "13 years old", "13 years of age". */
  private static boolean isAgeBefore(List<Token> tokens, int i) {
    int k = i + 1;
    if (isSymbolAt(tokens, k, "-")) {
      k++;
    }
    Token year = at(tokens, k);
    if (year == null || !YEAR_WORDS.contains(year.lower())) {
      return false;
    }
    k++;
    if (isSymbolAt(tokens, k, "-")) {
      k++;
    }
    Token old = at(tokens, k);
    if (old != null && old.isWord("of")) {
      Token age = at(tokens, k + 1);
      return age != null && age.isWord("age");
    }
    return old != null && (old.isWord("old") || old.isWord("olds"));
  }

  /** After "aged": "aged 13", "aged between 13 and 17", "aged under 18". */
  private static void blockAgeRange(List<Token> tokens, int from, boolean[] blocked) {
    for (int k = from; k < tokens.size() && k < from + 6; k++) {
      Token t = tokens.get(k);
      if (isNumberish(t)) {
        blocked[k] = true;
      } else if (!AGE_RANGE_GLUE.contains(t.lower())) {
        return;
      }
    }
  }

  static boolean adjacent(List<Token> tokens, int i) {
    return i > 0 && i < tokens.size() && tokens.get(i - 1).end() == tokens.get(i).start();
  }

  static boolean isSymbolAt(List<Token> tokens, int i, String symbol) {
    Token t = at(tokens, i);
    return t != null && t.isSymbol(symbol);
  }

  static boolean isWordAt(List<Token> tokens, int i, String word) {
    Token t = at(tokens, i);
    return t != null && t.isWord(word);
  }

  static Token at(List<Token> tokens, int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
  }
}
