package org.casefunnel.extraction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The grammar of one quantity phrase: [hedge] (share | magnitude | range | number) [hedge]. */
final class PhraseReader {

  /** A phrase found: the quantity and the token after it, where scanning resumes. */
  record Found(Quantity quantity, int next) {}

  /** Words after a bare "one" that make it a pronoun or idiom: "one of", "one day". */
  private static final Set<String> NOT_AFTER_ONE =
      Set.of(
          "of", "another", "other", "day", "time", "way", "thing", "point", "hand", "side", "who",
          "which", "that", "such", "off", "else", "and", "or", "in", "on", "at", "to", "is", "was",
          "has", "had", "would", "could", "will", "can", "may", "might", "should", "must");

  private static final Set<String> NOT_BEFORE_ONE =
      Set.of(
          "no",
          "any",
          "every",
          "each",
          "the",
          "this",
          "that",
          "which",
          "someone",
          "anyone",
          "everyone",
          "no-one",
          "per");

  /** The least value of a number whose whole part has more than NumeralReader.MAX_DIGITS digits. */
  static final BigDecimal TOO_LONG_LOW = BigDecimal.TEN.pow(NumeralReader.MAX_DIGITS);

  private static final Set<String> RANGE_JOINERS = Set.of("or", "to", "-", "\u2013", "\u2014");

  private final String text;
  private final List<Token> tokens;
  private final NumeralReader numerals;
  private final ShareReader shares;
  private final MagnitudeReader magnitudes;

  PhraseReader(String text, List<Token> tokens, boolean[] blocked) {
    this.text = text;
    this.tokens = tokens;
    this.numerals = new NumeralReader(tokens, blocked);
    this.shares = new ShareReader(tokens, numerals);
    this.magnitudes = new MagnitudeReader(tokens);
  }

  Found readAt(int i) {
    Hedge before = Hedge.before(tokens, i);
    int j = before == null ? i : before.to();
    Body body = body(j);
    if (body == null || MoneyAndMeasureRefusals.isMoneyNounAt(tokens, body.to())) {
      return null; // "thousands of pounds": the blocked digits cannot tell, the words after can
    }
    Hedge after = Hedge.after(tokens, body.to());
    if (after != null && after.type() == Hedge.Type.AT_LEAST && "plus".equals(word(after.to()))) {
      after = null;
    }
    if (before == null && after == null && isPronounOne(body)) {
      return null;
    }
    int from = before == null ? body.from() : before.from();
    int to = after == null ? body.to() : after.to();
    Span span = Span.of(text, tokens.get(from).start(), tokens.get(to - 1).end());
    Rate rate = RateReader.read(text, tokens, from, to);
    return new Found(Combiner.combine(span, body, before, after, rate), to);
  }

  private Body body(int j) {
    Body body = shares.read(j);
    if (body == null) {
      body = magnitudes.read(j);
    }
    if (body == null) {
      body = rangeOrNumber(j);
    }
    return body;
  }

  private Body rangeOrNumber(int j) {
    if (isWord(j, "between")) {
      return explicitRange(j, "and");
    }
    if (isWord(j, "from")) {
      return isChangeVerb(j - 1) ? null : explicitRange(j, "to");
    }
    if (numerals.isTooLong(j)) {
      // Only the length of its digits is read: it is at least 10^100.
      return new Body(new Interval(TOO_LONG_LOW, null), false, BoundKind.AT_LEAST, j, j + 1);
    }
    Numeral first = numerals.read(j);
    if (first == null) {
      return null;
    }
    int afterFirst = percentEnd(first.to());
    int k = afterFirst < 0 ? first.to() : afterFirst;
    boolean fromBefore = isWord(j - 1, "from");
    if (k < tokens.size() && RANGE_JOINERS.contains(tokens.get(k).lower()) && !fromBefore) {
      Body range = range(j, first, afterFirst >= 0, k + 1);
      if (range != null) {
        return range;
      }
    }
    BigDecimal value = first.value();
    if (afterFirst >= 0) {
      return new Body(Interval.exactly(value.movePointLeft(2)), true, BoundKind.EXACT, j, k);
    }
    return new Body(Interval.exactly(value), false, BoundKind.EXACT, j, k, first.rounded());
  }

  /** "between 900 and 1,400", "from 2,000 to 3,000". */
  private Body explicitRange(int j, String joiner) {
    Numeral first = numerals.read(j + 1);
    if (first == null) {
      return null;
    }
    int afterFirst = percentEnd(first.to());
    int k = afterFirst < 0 ? first.to() : afterFirst;
    boolean joined = isWord(k, joiner) || "to".equals(joiner) && isSymbol(k, "-\u2013");
    return joined ? range(j, first, afterFirst >= 0, k + 1) : null;
  }

  /** The second end starts at token k; a shared scale or percent sign applies to both ends. */
  private Body range(int from, Numeral first, boolean firstPercent, int k) {
    Numeral second = numerals.read(k);
    if (second == null) {
      return null;
    }
    int afterSecond = percentEnd(second.to());
    boolean share = firstPercent || afterSecond >= 0;
    BigDecimal low = first.value();
    BigDecimal high = second.value();
    if (!first.scaled() && second.scaled()) {
      BigDecimal shared = low.multiply(BigDecimal.valueOf(second.scale()));
      if (shared.compareTo(high) < 0) {
        low = shared; // "2 to 3 million"
      }
    }
    if (low.compareTo(high) >= 0) {
      return null; // "9,000 or 1,200" is two figures
    }
    if (share) {
      low = low.movePointLeft(2);
      high = high.movePointLeft(2);
    }
    int to = afterSecond < 0 ? second.to() : afterSecond;
    return new Body(new Interval(low, high), share, BoundKind.RANGE, from, to);
  }

  /** The token after a percent marker at k ("%", "per cent", "percent"), or -1. */
  private int percentEnd(int k) {
    if (isSymbol(k, "%")) {
      return k + 1;
    }
    if (isWord(k, "percent") || isWord(k, "pc")) {
      return k + 1;
    }
    if (isWord(k, "per") && isWord(k + 1, "cent")) {
      return k + 2;
    }
    return -1;
  }

  /** A lone "one" is usually a pronoun: "no one", "one of the", "the one". */
  private boolean isPronounOne(Body body) {
    if (body.to() - body.from() != 1 || !tokens.get(body.from()).isWord("one")) {
      return false;
    }
    if (body.from() > 0 && NOT_BEFORE_ONE.contains(tokens.get(body.from() - 1).lower())) {
      return true;
    }
    Token next = body.to() < tokens.size() ? tokens.get(body.to()) : null;
    return next == null
        || next.kind() != Token.Kind.WORD
        || next.isCapitalised()
        || next.newlineBefore()
        || NOT_AFTER_ONE.contains(next.lower());
  }

  private boolean isChangeVerb(int k) {
    return k >= 0 && Lexicon.CHANGE_VERBS.contains(tokens.get(k).lower());
  }

  private boolean isWord(int k, String w) {
    return k >= 0 && k < tokens.size() && tokens.get(k).isWord(w);
  }

  private boolean isSymbol(int k, String symbols) {
    return k >= 0 && k < tokens.size() && tokens.get(k).isSymbol(symbols);
  }

  private String word(int k) {
    return k >= 0 && k < tokens.size() ? tokens.get(k).lower() : "";
  }
}
