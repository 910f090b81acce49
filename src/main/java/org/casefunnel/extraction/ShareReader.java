package org.casefunnel.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/** Reads shares: "half of which", "a third", "two-thirds", "one in five", "most of". */
final class ShareReader {

  /** Shares are reported to six decimal places: a third is 0.333333. */
  static final int SHARE_SCALE = 6;

  /** What may follow "a third" for it to be a share and not an ordinal ("a third suspect"). */
  private static final Set<String> AFTER_FRACTION =
      Set.of(
          "of", "the", "their", "its", "them", "these", "those", "all", "which", "were", "was",
          "are", "is", "had", "have", "did", "do", "will", "would", "could", "said", "and", "or");

  private static final Set<String> NOT_BEFORE_MOST =
      Set.of("the", "at", "a", "what", "how", "which", "for", "among", "is", "are", "was");

  private static final Set<String> VAST = Set.of("vast", "overwhelming", "great");
  private static final Set<String> SIZES = Set.of("large", "clear", "small", "tiny");

  private final List<Token> tokens;
  private final NumeralReader numerals;

  ShareReader(List<Token> tokens, NumeralReader numerals) {
    this.tokens = tokens;
    this.numerals = numerals;
  }

  Body read(int i) {
    Body body = oneInFive(i);
    if (body == null) {
      body = fraction(i);
    }
    if (body == null) {
      body = most(i);
    }
    if (body == null) {
      body = majority(i);
    }
    return body;
  }

  /** "one in five", "1 in 4", "one in every ten", "nine out of ten". */
  private Body oneInFive(int i) {
    Numeral n = numerals.read(i);
    if (n == null || n.scaled()) {
      return null;
    }
    int k = n.to();
    if (isWord(k, "in")) {
      k++;
      if (isWord(k, "every") || isWord(k, "each")) {
        k++;
      }
    } else if (isWord(k, "out") && isWord(k + 1, "of")) {
      k += 2;
    } else {
      return null;
    }
    Numeral m = numerals.read(k);
    if (m == null || m.scaled() || !n.isIntegral() || !m.isIntegral()) {
      return null;
    }
    if (m.value().compareTo(BigDecimal.valueOf(1000)) > 0 || n.value().compareTo(m.value()) >= 0) {
      return null; // "2,000 in 2019" is not a share; checked first, as the numbers may be huge
    }
    long num = n.value().longValueExact();
    long den = m.value().longValueExact();
    if (num < 1) {
      return null;
    }
    return point(divide(num, den), i, m.to());
  }

  /** "half of", "a third", "one quarter", "two thirds", "two-thirds", "three quarters". */
  private Body fraction(int i) {
    if (numerals.fractionOfScale(i) != null) {
      return null; // "a quarter of a million", "a third of a million" are numbers
    }
    int k = i;
    long numerator = 0;
    String first = lower(k);
    if (first.equals("a") || first.equals("an") || first.equals("one")) {
      numerator = 1;
      k++;
    } else if (Lexicon.UNITS.containsKey(first) && Lexicon.UNITS.get(first) > 1) {
      numerator = Lexicon.UNITS.get(first);
      k++;
    }
    if (numerator > 0 && k < tokens.size() && tokens.get(k).isSymbol("-")) {
      k++;
    }
    String word = lower(k);
    Integer denominator = Lexicon.FRACTIONS.get(word);
    if (denominator == null) {
      return null;
    }
    boolean plural = word.endsWith("s");
    if (numerator == 0) {
      if (!word.equals("half")) {
        return null; // a bare "third" is an ordinal
      }
      numerator = 1;
    } else if (plural != (numerator > 1)) {
      return null;
    }
    if (word.equals("half") && isWord(k + 1, "a")) {
      return null; // "half a million" is a number, read by NumeralReader
    }
    if (!plural && !fractionFollows(k + 1)) {
      return null;
    }
    if (numerator >= denominator) {
      return null;
    }
    if (Quarters.isTimeNotShare(tokens, k) || CalendarNumbers.isHalfOfAYear(tokens, k)) {
      return null; // "once a quarter", "in one quarter", "the second half of 2023"
    }
    return point(divide(numerator, denominator), i, k + 1);
  }

  private boolean fractionFollows(int k) {
    if (k >= tokens.size() || tokens.get(k).newlineBefore()) {
      return true;
    }
    Token t = tokens.get(k);
    return t.kind() == Token.Kind.SYMBOL || AFTER_FRACTION.contains(t.lower());
  }

  /** "most of the", "most victims"; not "the most", "most likely" or the chrome "Most Read". */
  private Body most(int i) {
    if (!isWord(i, "most")) {
      return null;
    }
    if (i > 0 && NOT_BEFORE_MOST.contains(tokens.get(i - 1).lower())) {
      return null;
    }
    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    if (next == null || next.kind() != Token.Kind.WORD || next.newlineBefore()) {
      return null;
    }
    String w = next.text();
    boolean pluralNoun =
        w.length() >= 4
            && Character.isLowerCase(w.charAt(0))
            && w.endsWith("s")
            && !w.endsWith("ss")
            && !w.endsWith("ous")
            && !NounFinder.isStopWord(w);
    if (!next.isWord("of") && !pluralNoun) {
      return null;
    }
    return vague(BigDecimal.valueOf(0.5), BigDecimal.ONE, i, i + 1);
  }

  /**
   * "the majority of" is more than half, "the vast majority of" at least three quarters, "a
   * minority of" less than half.
   */
  private Body majority(int i) {
    if (!isWord(i, "the") && !isWord(i, "a")) {
      return null;
    }
    int k = i + 1;
    boolean vast = false;
    if (VAST.contains(lower(k))) {
      vast = true;
      k++;
    } else if (SIZES.contains(lower(k))) {
      k++;
    }
    if (!isWord(k + 1, "of")) {
      return null;
    }
    if (isWord(k, "majority")) {
      BigDecimal low = vast ? new BigDecimal("0.75") : new BigDecimal("0.5");
      return vague(low, BigDecimal.ONE, i, k + 1);
    }
    if (isWord(k, "minority")) {
      return vague(BigDecimal.ZERO, new BigDecimal("0.5"), i, k + 1);
    }
    return null;
  }

  static BigDecimal divide(long numerator, long denominator) {
    return BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), SHARE_SCALE, RoundingMode.HALF_EVEN);
  }

  private static Body point(BigDecimal value, int from, int to) {
    return new Body(Interval.exactly(value), true, BoundKind.EXACT, from, to);
  }

  private static Body vague(BigDecimal low, BigDecimal high, int from, int to) {
    return new Body(new Interval(low, high), true, BoundKind.VAGUE, from, to);
  }

  private boolean isWord(int k, String w) {
    return k < tokens.size() && tokens.get(k).isWord(w);
  }

  private String lower(int k) {
    return k < tokens.size() ? tokens.get(k).lower() : "";
  }
}
