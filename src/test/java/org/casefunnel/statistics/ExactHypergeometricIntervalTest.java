package org.casefunnel.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.stat.interval.ClopperPearsonInterval;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reference values come from Apache Commons Math (test scope only): the bounds are found by
 * scanning every K with {@link HypergeometricDistribution}'s own tails, a different algorithm from
 * the bisection over ratio-built tails under test; and, for N too large to scan, by hand or from
 * the binomial Clopper-Pearson interval that the hypergeometric one approaches as n/N goes to 0.
 */
class ExactHypergeometricIntervalTest {

  private static final double TAIL = 0.025;

  @ParameterizedTest(name = "N={0}, n={1}, x={2}")
  @CsvSource({
    "9000, 2200, 1200", // the seed
    "9000, 2200, 0", //   none in scope
    "9000, 2200, 2200", // all in scope
    "997,  1,    1", //   one reviewed (N = 1000 puts a tail exactly on 2.5%: see below)
    "997,  1,    0",
    "1000, 20,   1", //   one in twenty
    "500,  500,  120", // everything reviewed
    "30,   7,    3",
    "2,    1,    1",
    "1,    1,    0",
    "20000, 19999, 7",
  })
  void matchesAScanOfEveryCountWithCommonsMath(int population, int sample, int inScope) {
    Interval interval = ExactHypergeometricInterval.of(population, sample, inScope, 0.95);

    assertThat(interval.low()).isEqualTo(scannedLow(population, sample, inScope));
    assertThat(interval.high()).isEqualTo(scannedHigh(population, sample, inScope));
  }

  @Test
  void oneCaseFoundInOneReviewedAllowsTwentySixToAThousand() {
    // hand-derived: P(X >= 1 | K) = K/1000 > 0.025 first at K = 26; x = n leaves K up to N
    assertThat(ExactHypergeometricInterval.of(1000, 1, 1, 0.95)).isEqualTo(Interval.of(26, 1000));
    // P(X <= 0 | K) = (1000 - K)/1000 > 0.025 last at K = 974
    assertThat(ExactHypergeometricInterval.of(1000, 1, 0, 0.95)).isEqualTo(Interval.of(0, 974));
  }

  @Test
  void oneInTwentyOfFourHundredKeepsTheOneAlreadyFound() {
    // hand-derived: with K = 1, P(X >= 1) = n/N = 20/400 = 5% > 2.5%, so K = 1 stays in
    Interval interval = ExactHypergeometricInterval.of(400, 20, 1, 0.95);

    assertThat(interval.low()).isEqualTo(1.0);
  }

  @Test
  void aFullReviewLeavesExactlyTheCount() {
    assertThat(ExactHypergeometricInterval.of(500, 500, 120, 0.95)).isEqualTo(Interval.point(120));
    assertThat(ExactHypergeometricInterval.of(500, 500, 0, 0.95)).isEqualTo(Interval.point(0));
    assertThat(ExactHypergeometricInterval.of(500, 500, 500, 0.95)).isEqualTo(Interval.point(500));
  }

  @Test
  void aTrillionWithOneReviewedIsExactByHand() {
    long n = 1_000_000_000_000L;
    // P(X >= 1 | K) = K/N > 0.025  <=>  K > 2.5e10
    assertThat(ExactHypergeometricInterval.of(n, 1, 1, 0.95))
        .isEqualTo(Interval.of(25_000_000_001L, n));
    // P(X <= 0 | K) = (N - K)/N > 0.025  <=>  K < 9.75e11
    assertThat(ExactHypergeometricInterval.of(n, 1, 0, 0.95))
        .isEqualTo(Interval.of(0, 974_999_999_999L));
  }

  @Test
  void aTrillionWithASampleApproachesTheBinomialClopperPearsonInterval() {
    long n = 1_000_000_000_000L;
    ConfidenceInterval reference = new ClopperPearsonInterval().createInterval(2200, 1200, 0.95);

    Interval interval = ExactHypergeometricInterval.of(n, 2200, 1200, 0.95);

    // n/N = 2.2e-9: the two distributions differ far below the tolerance
    assertThat(interval.low() / n).isCloseTo(reference.getLowerBound(), within(1e-7));
    assertThat(interval.high() / n).isCloseTo(reference.getUpperBound(), within(1e-7));
  }

  @Property(tries = 40)
  void theNormalApproximationsBracketChangesNoBound(
      @ForAll @LongRange(min = 100_000_000L, max = 1_000_000_000_000L) long population,
      @ForAll @LongRange(min = 25_000_000L, max = 40_000_000L) long sample,
      @ForAll @DoubleRange(min = 0.05, max = 0.95) double found) {
    // spreads of X from about 900 to 3,000: the bracket is used, and plain bisection stays cheap
    long inScope = Math.round(found * sample);

    assertThat(ExactHypergeometricInterval.compute(population, sample, inScope, 0.95, true))
        .isEqualTo(ExactHypergeometricInterval.compute(population, sample, inScope, 0.95, false));
  }

  @Test
  void keepsTheIntervalOfTheSameInputs() {
    Interval first =
        ExactHypergeometricInterval.of(9_000_000_000L, 2_200_000_000L, 1_200_000_000L, 0.95);

    assertThat(ExactHypergeometricInterval.of(9_000_000_000L, 2_200_000_000L, 1_200_000_000L, 0.95))
        .isSameAs(first)
        .isEqualTo(
            ExactHypergeometricInterval.compute(
                9_000_000_000L, 2_200_000_000L, 1_200_000_000L, 0.95, false));
  }

  @Test
  void rejectsImpossibleCounts() {
    assertThatThrownBy(() -> ExactHypergeometricInterval.of(100, 200, 10, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExactHypergeometricInterval.of(100, 0, 0, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExactHypergeometricInterval.of(100, 10, 11, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExactHypergeometricInterval.of(100, 10, 1, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Smallest K (scanning up from x) with P(X >= x | K) > 2.5%. */
  static long scannedLow(int population, int sample, int inScope) {
    for (int k = inScope; k <= population - (sample - inScope); k++) {
      if (new HypergeometricDistribution(null, population, k, sample)
              .upperCumulativeProbability(inScope)
          > TAIL) {
        return k;
      }
    }
    throw new AssertionError("no lower bound");
  }

  /** Largest K (scanning down from N - (n - x)) with P(X <= x | K) > 2.5%. */
  static long scannedHigh(int population, int sample, int inScope) {
    for (int k = population - (sample - inScope); k >= inScope; k--) {
      if (new HypergeometricDistribution(null, population, k, sample).cumulativeProbability(inScope)
          > TAIL) {
        return k;
      }
    }
    throw new AssertionError("no upper bound");
  }
}
