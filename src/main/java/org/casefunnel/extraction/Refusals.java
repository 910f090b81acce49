package org.casefunnel.extraction;

import java.util.List;
import java.util.Set;

/**
 * Marks the tokens that look like numbers but are not quantities: dates, years, ages, ordinals,
 * times, phone numbers, labels ("section 5") and identifiers ("COVID-19"). The parser never reads a
 * marked token, so a refused figure cannot leak into a range or a hedge either.
 */
final class Refusals {

  private static final Set<String> AGE_RANGE_GLUE =
      Set.of("between", "and", "to", "or", "under", "over", "from", "-", "\u2013");

  private static final Set<String> YEAR_WORDS = Set.of("year", "years", "yr", "yrs");

  private Refusals() {}

  /** "10.30": one or two digits, a dot, two digits. */
  private static boolean isClock(String digits) {
    int dot = digits.indexOf('.');
    return (dot == 1 || dot == 2)
        && digits.length() == dot + 3
        && allDigits(digits, 0, dot)
        && allDigits(digits, dot + 1, dot + 3);
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

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
        blocked[i] |= isDate(tokens, i) || isLabel(tokens, i) || isAgeBefore(tokens, i);
      }
      if (t.kind() == Token.Kind.WORD && Lexicon.AGE_WORDS.contains(t.lower())) {
        blockAgeRange(tokens, i + 1, blocked);
      }
    }
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
        isTime(tokens, i) || isGlued(tokens, i) || isYear(tokens, i) || isNegative(tokens, i);
    blocked[i] |= isListNumber(tokens, i);
    if (isYearSpan(tokens, i)) {
      blocked[i] = true;
      blocked[i + 2] = true;
    }
    return 0;
  }

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

  /** "10:30", "10am" (caught as a suffix), "10 pm", "at 10.30". */
  private static boolean isTime(List<Token> tokens, int i) {
    Token next = at(tokens, i + 1);
    if (next != null && next.isSymbol(":") && adjacent(tokens, i + 1)) {
      Token after = at(tokens, i + 2);
      return after != null && after.kind() == Token.Kind.NUMBER && adjacent(tokens, i + 2);
    }
    if (next != null && next.kind() == Token.Kind.WORD) {
      String w = next.lower();
      boolean dotted = (w.equals("a") || w.equals("p")) && isSymbolAt(tokens, i + 2, ".");
      if (Lexicon.TIME_WORDS.contains(w) || dotted) {
        return true;
      }
    }
    Token prev = at(tokens, i - 1);
    String digits = tokens.get(i).digits();
    boolean clock = isClock(digits);
    return clock && prev != null && prev.isWord("at");
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
    return prev.isSymbol("-/") && before == Token.Kind.WORD
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

  /** "2014-19", "2019/20", "2014-2019". */
  private static boolean isYearSpan(List<Token> tokens, int i) {
    if (!looksLikeYear(tokens.get(i)) || i + 2 >= tokens.size()) {
      return false;
    }
    Token joiner = tokens.get(i + 1);
    Token other = tokens.get(i + 2);
    return joiner.isSymbol("-/\u2013")
        && adjacent(tokens, i + 1)
        && adjacent(tokens, i + 2)
        && other.kind() == Token.Kind.NUMBER
        && (other.text().length() <= 2 || looksLikeYear(other));
  }

  private static boolean isYear(List<Token> tokens, int i) {
    if (!looksLikeYear(tokens.get(i))) {
      return false;
    }
    Token prev = at(tokens, i - 1);
    String before = prev != null && prev.kind() == Token.Kind.WORD ? prev.lower() : null;
    if (before != null
        && (Lexicon.STRONG_YEAR_WORDS.contains(before) || Lexicon.MONTHS.contains(before))) {
      return true;
    }
    boolean weakOrNone = before == null || Lexicon.WEAK_YEAR_WORDS.contains(before);
    if (!weakOrNone) {
      return false; // "around 2000 cases", "some 1999 victims"
    }
    Token next = at(tokens, i + 1);
    boolean nounFollows =
        next != null
            && next.kind() == Token.Kind.WORD
            && !next.isCapitalised()
            && !NounFinder.isStopWord(next.lower());
    if ("the".equals(before)) {
      return !nounFollows || !next.lower().endsWith("s"); // "the 2019 review"
    }
    return !nounFollows;
  }

  static boolean looksLikeYear(Token t) {
    if (t.kind() != Token.Kind.NUMBER || t.text().length() != 4 || !allDigits(t.text(), 0, 4)) {
      return false;
    }
    int value = Integer.parseInt(t.text());
    return value >= 1800 && value <= 2099;
  }

  /** "25 November", "25 of November", "November 25": a day, not "in March 200 cases". */
  private static boolean isDate(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.kind() == Token.Kind.NUMBER && !isDay(t.text())) {
      return false;
    }
    Token next = at(tokens, i + 1);
    if (isMonth(next)) {
      return true;
    }
    if (next != null && next.isWord("of") && isMonth(at(tokens, i + 2))) {
      return true;
    }
    return isMonth(at(tokens, i - 1));
  }

  private static boolean isDay(String text) {
    return text.length() <= 2
        && allDigits(text, 0, text.length())
        && Integer.parseInt(text) >= 1
        && Integer.parseInt(text) <= 31;
  }

  private static boolean isMonth(Token t) {
    // Capitalised only, so the modal "may" and the verb "march" stay words.
    return t != null && t.isCapitalised() && Lexicon.MONTHS.contains(t.lower());
  }

  private static boolean isLabel(List<Token> tokens, int i) {
    Token prev = at(tokens, i - 1);
    if (prev == null) {
      return false;
    }
    if (prev.isSymbol(".") && i >= 2 && tokens.get(i - 2).text().equals("No")) {
      return true;
    }
    if (prev.kind() != Token.Kind.WORD) {
      return false;
    }
    String w = prev.lower();
    return w.equals("no") ? prev.text().equals("No") : Lexicon.LABELS.contains(w);
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

  private static boolean isSymbolAt(List<Token> tokens, int i, String symbol) {
    Token t = at(tokens, i);
    return t != null && t.isSymbol(symbol);
  }

  private static Token at(List<Token> tokens, int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
  }
}
