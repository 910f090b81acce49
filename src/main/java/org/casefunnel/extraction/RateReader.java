package org.casefunnel.extraction;

import java.util.List;
import java.util.Set;

/**
 * Finds the period that makes a quantity a rate: "2,000 sexual offences every month", "500 a year",
 * "40 per week", "1,000 annually". It looks past the counted noun but not past a clause boundary,
 * another number or the end of the line.
 */
final class RateReader {

  private static final int MAX_WORDS_BEFORE_PERIOD = 6;
  private static final Set<String> STARTERS = Set.of("every", "each", "per", "a", "an");

  /** "once a year" and "for a year" are not rates of the number before them. */
  private static final Set<String> NOT_BEFORE_A = Set.of("for", "than", "of", "once", "within");

  private RateReader() {}

  /** The period after the phrase of tokens [start, from), or null. */
  static Rate read(String text, List<Token> tokens, int start, int from) {
    for (int k = from; k < tokens.size() && k <= from + MAX_WORDS_BEFORE_PERIOD; k++) {
      Token t = tokens.get(k);
      if (t.kind() != Token.Kind.WORD || t.newlineBefore()) {
        return null;
      }
      Rate rate = rateAt(text, tokens, start, k);
      if (rate != null) {
        return rate;
      }
      String w = t.lower();
      if (Lexicon.CLAUSE_WORDS.contains(w) || Refusals.isNumberish(t)) {
        return null;
      }
    }
    return null;
  }

  private static Rate rateAt(String text, List<Token> tokens, int start, int k) {
    Token t = tokens.get(k);
    RatePeriod adverb = Lexicon.PERIOD_ADVERBS.get(t.lower());
    if (adverb != null) {
      return new Rate(adverb, Span.of(text, t.start(), t.end()));
    }
    if (!STARTERS.contains(t.lower()) || k + 1 >= tokens.size()) {
      return null;
    }
    Token period = tokens.get(k + 1);
    RatePeriod p = period.kind() == Token.Kind.WORD ? Lexicon.PERIODS.get(period.lower()) : null;
    if (p == null) {
      return null;
    }
    if (k + 2 < tokens.size() && Lexicon.NOT_RATE_AFTER.contains(tokens.get(k + 2).lower())) {
      return null; // "a year ago"
    }
    boolean article = t.lower().startsWith("a");
    if (article && k > 0 && NOT_BEFORE_A.contains(tokens.get(k - 1).lower())) {
      return null;
    }
    if (article && p == RatePeriod.QUARTER && isShareOfQuarter(tokens, start, k + 2)) {
      return null;
    }
    return new Rate(p, Span.of(text, t.start(), period.end()));
  }

  /**
   * "a quarter of which", and a quarter after the whole it is taken from ("Of the 300 referrals a
   * quarter were charged"), are shares, not periods.
   */
  private static boolean isShareOfQuarter(List<Token> tokens, int start, int after) {
    return Refusals.isWordAt(tokens, after, "of") || Quarters.isWholeOfAShare(tokens, start);
  }
}
