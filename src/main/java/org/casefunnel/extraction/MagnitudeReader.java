package org.casefunnel.extraction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reads vague magnitudes. The convention: a plural magnitude means at least two of the unit and
 * fewer than the next power of ten: "hundreds of" is [200, 999]. See {@link QuantityParser}.
 */
final class MagnitudeReader {

  private record Range(long low, long high, long unit) {}

  private static final Map<String, Range> PLURALS =
      Map.of(
          "tens", new Range(20, 99, 10),
          "dozens", new Range(24, 143, 12),
          "hundreds", new Range(200, 999, 100),
          "thousands", new Range(2_000, 9_999, 1_000),
          "millions", new Range(2_000_000, 9_999_999, 1_000_000),
          "billions", new Range(2_000_000_000L, 9_999_999_999L, 1_000_000_000L));

  private final List<Token> tokens;

  MagnitudeReader(List<Token> tokens) {
    this.tokens = tokens;
  }

  Body read(int i) {
    Body body = plural(i);
    return body != null ? body : several(i);
  }

  /** "tens of", "hundreds of", "tens of thousands of". The final "of" is left to the noun. */
  private Body plural(int i) {
    Range first = PLURALS.get(lower(i));
    if (first == null || !isWord(i + 1, "of")) {
      return null;
    }
    Range second = PLURALS.get(lower(i + 2));
    if (second != null && second.unit() >= 1000 && isWord(i + 3, "of")) {
      // tens of thousands: [20 * 1000, 100 * 1000 - 1]
      long low = first.low() * second.unit();
      long high = (first.high() + 1) * second.unit() - 1;
      return vague(low, high, i, i + 3);
    }
    return vague(first.low(), first.high(), i, i + 1);
  }

  /** "several hundred" is [300, 900]; "a few thousand" is [2,000, 5,000]. */
  private Body several(int i) {
    int k;
    long low;
    long high;
    if (isWord(i, "several")) {
      k = i + 1;
      low = 3;
      high = 9;
    } else if (isWord(i, "a") && isWord(i + 1, "few")) {
      k = i + 2;
      low = 2;
      high = 5;
    } else {
      return null;
    }
    Long scale = Lexicon.SCALES.get(lower(k));
    if (scale == null || scale < 100) {
      return null;
    }
    return vague(low * scale, high * scale, i, k + 1);
  }

  private static Body vague(long low, long high, int from, int to) {
    Interval interval = new Interval(BigDecimal.valueOf(low), BigDecimal.valueOf(high));
    return new Body(interval, false, BoundKind.VAGUE, from, to);
  }

  private boolean isWord(int k, String w) {
    return k < tokens.size() && tokens.get(k).isWord(w);
  }

  private String lower(int k) {
    return k < tokens.size() ? tokens.get(k).lower() : "";
  }
}
