package org.casefunnel.extraction;

import java.util.List;
import java.util.Set;

/**
 * "Quarter" is a share ("a quarter of cases", "three quarters of victims") and a quarter of a year
 * ("300 referrals a quarter", "the first quarter of 2024", "in one quarter", "Q1 2024", "quarter
 * 3"). Police and government statistics are often quarterly, so the readers ask here which one the
 * words around it make it: read as a share of a count, a quarter of a year would state a figure (75
 * of 300) the text never gives.
 */
final class Quarters {

  private Quarters() {}

  /** Words right before "quarter" that make it a quarter of a year: "the first quarter". */
  private static final Set<String> BEFORE_QUARTER =
      Set.of(
          "the",
          "first",
          "second",
          "third",
          "fourth",
          "1st",
          "2nd",
          "3rd",
          "4th",
          "last",
          "final",
          "previous",
          "next",
          "past",
          "same",
          "this",
          "that",
          "current",
          "latest",
          "financial",
          "fiscal",
          "calendar",
          "each",
          "every",
          "per");

  /**
   * Words before "a quarter", "one quarter", "two quarters" that make it a span of time: "once a
   * quarter", "in one quarter", "the last two quarters". Not "over" or "than": "over a quarter" and
   * "more than a quarter" are shares.
   */
  private static final Set<String> BEFORE_COUNTED_QUARTER =
      Set.of(
          "once",
          "twice",
          "thrice",
          "in",
          "for",
          "within",
          "during",
          "per",
          "every",
          "each",
          "the",
          "last",
          "past",
          "previous",
          "next",
          "first",
          "final",
          "recent",
          "these",
          "those");

  /** Words before a count that make it the whole a share is taken from: "of the 300 referrals". */
  private static final Set<String> BEFORE_WHOLE = Set.of("of", "among", "amongst");

  /**
   * Words before "of" that are already the part taken of the whole: in "one of 300 referrals a
   * quarter" the part is "one", so "a quarter" after the count is its period, not a second share.
   */
  private static final Set<String> PARTS_BEFORE_OF =
      Set.of("none", "each", "any", "some", "many", "several", "few", "most", "all", "both");

  private static final Set<String> DETERMINERS =
      Set.of("the", "these", "those", "its", "their", "all");

  /** What starts a period phrase "a quarter", "per quarter": "each quarter 4 officers join". */
  private static final Set<String> PERIOD_STARTERS = Set.of("a", "an", "per", "every", "each");

  private static final Set<String> QUARTER_NAMES = Set.of("q1", "q2", "q3", "q4");

  private static final Set<String> QUARTER_NUMBERS =
      Set.of("1", "2", "3", "4", "one", "two", "three", "four");

  static boolean isQuarterWord(Token t) {
    return t != null && (t.isWord("quarter") || t.isWord("quarters"));
  }

  /** "Q1" to "Q4". */
  static boolean isQuarterName(Token t) {
    return t != null && t.kind() == Token.Kind.WORD && QUARTER_NAMES.contains(t.lower());
  }

  /**
   * Whether "quarter(s)" at k is a quarter of a year by the words before it: "the first quarter",
   * "once a quarter", "in one quarter", "the last two quarters"; not "a quarter", "over a quarter".
   */
  static boolean isTimeBefore(List<Token> tokens, int k) {
    String before = lower(tokens, k - 1);
    if (BEFORE_QUARTER.contains(before)) {
      return true;
    }
    Integer unit = Lexicon.UNITS.get(before);
    boolean counted = before.equals("a") || before.equals("an") || unit != null && unit > 0;
    return counted && BEFORE_COUNTED_QUARTER.contains(lower(tokens, k - 2));
  }

  /**
   * Whether a share "a quarter" or "two quarters" ending with the quarter word at k is a span of
   * time instead: by the words before it, unless "of" something other than a year follows ("in a
   * quarter of cases" is a share, "the last two quarters of 2024" is not).
   */
  static boolean isTimeNotShare(List<Token> tokens, int k) {
    if (!isQuarterWord(Refusals.at(tokens, k)) || !isTimeBefore(tokens, k)) {
      return false;
    }
    Token after = Refusals.at(tokens, k + 1);
    if (after == null || !after.isWord("of")) {
      return true;
    }
    Token whole = Refusals.at(tokens, k + 2);
    return whole != null && CalendarNumbers.looksLikeYear(whole);
  }

  /**
   * Whether the year at i follows a quarter of a year, with or without "of": "the first quarter of
   * 2024", "Q1 of 2024", "the fourth quarter 2023", "quarter 3 of 2023", "Quarter 2 2024". A year
   * there is a date even when a noun follows ("quarter 3 of 2023 officers made 80 arrests").
   */
  static boolean isYearOfAQuarter(List<Token> tokens, int i) {
    int k = Refusals.isWordAt(tokens, i - 1, "of") ? i - 2 : i - 1;
    Token t = Refusals.at(tokens, k);
    if (t == null) {
      return false;
    }
    return isQuarterName(t)
        || isQuarterWord(t) && isTimeBefore(tokens, k)
        || isNumberedQuarter(tokens, k);
  }

  /** Whether the number at i names a quarter of a year: "in quarter 3", "Quarter 2 saw". */
  static boolean isNumberedQuarter(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return Refusals.isWordAt(tokens, i - 1, "quarter")
        && QUARTER_NUMBERS.contains(t.lower())
        && !PERIOD_STARTERS.contains(lower(tokens, i - 2));
  }

  /**
   * Whether the count whose phrase starts at token {@code start} is the whole a share is taken from
   * ("Of the 300 referrals a quarter were charged"), so a "quarter" after it is that share and not
   * the count's period. Not when a part stands before the "of" ("one of 300 referrals a quarter"):
   * the whole already has its part, and the quarter is the count's period.
   */
  static boolean isWholeOfAShare(List<Token> tokens, int start) {
    int k = start - 1;
    if (DETERMINERS.contains(lower(tokens, k))) {
      k--;
    }
    return BEFORE_WHOLE.contains(lower(tokens, k)) && !isPartBefore(tokens, k);
  }

  /** "one", "two", "12", "none", "each" before the "of" at k, on its line: the part taken. */
  private static boolean isPartBefore(List<Token> tokens, int k) {
    Token t = Refusals.at(tokens, k - 1);
    return t != null
        && !tokens.get(k).newlineBefore()
        && (Refusals.isNumberish(t) || PARTS_BEFORE_OF.contains(t.lower()));
  }

  private static String lower(List<Token> tokens, int k) {
    Token t = Refusals.at(tokens, k);
    return t == null ? "" : t.lower();
  }
}
