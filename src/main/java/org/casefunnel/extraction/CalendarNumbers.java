package org.casefunnel.extraction;

import java.util.List;
import java.util.Set;

/**
 * Numbers that are points in time, not counts: clock times, years, year spans and days of a month.
 * {@link Refusals} asks; the rules for the calendar live here.
 */
final class CalendarNumbers {

  private CalendarNumbers() {}

  /**
   * Parts of a year before "of" and a year: "the end of 2023", "the start of 2024", "the rest of
   * 2023".
   */
  private static final Set<String> PARTS_OF_A_YEAR =
      Set.of("end", "start", "beginning", "middle", "close", "turn", "rest", "remainder");

  /** Words that make "half of" a year a part of it: "the second half of 2023". */
  private static final Set<String> HALVES = Set.of("first", "second", "latter", "last", "final");

  /** Dashes that glue a word to a year: "end-2023", "mid\u20112024", "end\u20132023". */
  private static final String DASHES = "-\u2010\u2011\u2013";

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

  /** "10:30", "10am" (caught as a suffix), "10 pm", "at 10.30". */
  static boolean isTime(List<Token> tokens, int i) {
    Token next = Refusals.at(tokens, i + 1);
    if (next != null && next.isSymbol(":") && Refusals.adjacent(tokens, i + 1)) {
      Token after = Refusals.at(tokens, i + 2);
      return after != null && after.kind() == Token.Kind.NUMBER && Refusals.adjacent(tokens, i + 2);
    }
    if (next != null && next.kind() == Token.Kind.WORD) {
      String w = next.lower();
      boolean dotted = (w.equals("a") || w.equals("p")) && Refusals.isSymbolAt(tokens, i + 2, ".");
      if (Lexicon.TIME_WORDS.contains(w) || dotted) {
        return true;
      }
    }
    Token prev = Refusals.at(tokens, i - 1);
    String digits = tokens.get(i).digits();
    boolean clock = isClock(digits);
    return clock && prev != null && prev.isWord("at");
  }

  /** "2014-19", "2019/20", "2014-2019". */
  static boolean isYearSpan(List<Token> tokens, int i) {
    if (!looksLikeYear(tokens.get(i)) || i + 2 >= tokens.size()) {
      return false;
    }
    Token joiner = tokens.get(i + 1);
    Token other = tokens.get(i + 2);
    return joiner.isSymbol("-/\u2013")
        && Refusals.adjacent(tokens, i + 1)
        && Refusals.adjacent(tokens, i + 2)
        && other.kind() == Token.Kind.NUMBER
        && (other.text().length() <= 2 || looksLikeYear(other));
  }

  static boolean isYear(List<Token> tokens, int i) {
    if (!looksLikeYear(tokens.get(i))) {
      return false;
    }
    Token prev = wordGluedBefore(tokens, i);
    String before = prev != null && prev.kind() == Token.Kind.WORD ? prev.lower() : null;
    if (before != null
        && (Lexicon.STRONG_YEAR_WORDS.contains(before) || Lexicon.MONTHS.contains(before))) {
      return true;
    }
    if (Quarters.isYearOfAQuarter(tokens, i) || isYearOfAPartOfAYear(tokens, i)) {
      return true; // "the first quarter of 2024 saw a rise", "by the end of 2023 officers made"
    }
    boolean weakOrNone = before == null || Lexicon.WEAK_YEAR_WORDS.contains(before);
    if (!weakOrNone) {
      return false; // "around 2000 cases", "some 1999 victims"
    }
    Token next = Refusals.at(tokens, i + 1);
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

  /**
   * The token before the number at i, or the word before a dash glued to both ("mid\u20112024",
   * "end\u20132023"), so that a typographic dash makes the same date as a hyphen.
   */
  private static Token wordGluedBefore(List<Token> tokens, int i) {
    Token prev = Refusals.at(tokens, i - 1);
    Token word = Refusals.at(tokens, i - 2);
    boolean glued =
        prev != null
            && prev.isSymbol(DASHES)
            && Refusals.adjacent(tokens, i)
            && Refusals.adjacent(tokens, i - 1)
            && word != null
            && word.kind() == Token.Kind.WORD;
    return glued ? word : prev;
  }

  /**
   * "the end of 2023", "the rest of 2023", "the second half of 2023": the year is a date even when
   * a noun follows it.
   */
  private static boolean isYearOfAPartOfAYear(List<Token> tokens, int i) {
    Token part = Refusals.at(tokens, i - 2);
    return Refusals.isWordAt(tokens, i - 1, "of")
        && part != null
        && part.kind() == Token.Kind.WORD
        && (PARTS_OF_A_YEAR.contains(part.lower()) || isHalfOfAYear(tokens, i - 2));
  }

  /**
   * Whether "half" at k is a half of a year: "the second half of 2023"; a share of nothing, and its
   * year a date.
   */
  static boolean isHalfOfAYear(List<Token> tokens, int k) {
    Token year = Refusals.at(tokens, k + 2);
    Token before = Refusals.at(tokens, k - 1);
    return Refusals.isWordAt(tokens, k, "half")
        && Refusals.isWordAt(tokens, k + 1, "of")
        && year != null
        && looksLikeYear(year)
        && before != null
        && HALVES.contains(before.lower());
  }

  static boolean looksLikeYear(Token t) {
    if (t.kind() != Token.Kind.NUMBER || t.text().length() != 4 || !allDigits(t.text(), 0, 4)) {
      return false;
    }
    int value = Integer.parseInt(t.text());
    return value >= 1800 && value <= 2099;
  }

  /** "25 November", "25 of November", "November 25": a day, not "in March 200 cases". */
  static boolean isDate(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.kind() == Token.Kind.NUMBER && !isDay(t.text())) {
      return false;
    }
    Token next = Refusals.at(tokens, i + 1);
    if (isMonth(next)) {
      return true;
    }
    if (next != null && next.isWord("of") && isMonth(Refusals.at(tokens, i + 2))) {
      return true;
    }
    return isMonth(Refusals.at(tokens, i - 1));
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
}
