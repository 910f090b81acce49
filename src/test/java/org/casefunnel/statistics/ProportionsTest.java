package org.casefunnel.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProportionsTest {

  private static final double TOLERANCE = 1e-12;

  /*
   * Reference values: computed with Python 3 standard library only, from the closed-form Wilson
   * formula written independently of the Java code, and cross-checked for (1200, 2200) by solving
   * the score-test inequality (p̂ - p0)² <= z²·p0(1 - p0)/n for p0 by bisection (agrees to 1e-15):
   *
   *   p = x/n; d = 1 + z²/n; c = (p + z²/(2n))/d; h = z*sqrt(p(1-p)/n + z²/(4n²))/d; (c-h, c+h)
   *
   * with z = 1.959964.
   */
  @ParameterizedTest(name = "wilson({0}, {1}) = {2} in [{3}, {4}]")
  @CsvSource({
    "0,    10,   0.0,               0.0,               0.277532803026058",
    "10,   10,   1.0,               0.722467196973942, 1.0",
    "1200, 2200, 0.545454545454545, 0.524586534186681, 0.566164095444146",
    "5,    20,   0.25,              0.111861700699976, 0.468700879392589",
    "1,    1,    1.0,               0.206549311791803, 1.0",
    "0,    1,    0.0,               0.0,               0.793450688208197",
    "50,   100,  0.5,               0.403831529635493, 0.596168470364507",
  })
  void wilsonMatchesIndependentlyComputedReferenceValues(
      long x, long n, double value, double low, double high) {
    Derivation wilson = Proportions.wilson(x, n, Proportions.Z_95);

    assertThat(wilson.value()).isCloseTo(value, within(TOLERANCE));
    assertThat(wilson.low()).isCloseTo(low, within(TOLERANCE));
    assertThat(wilson.high()).isCloseTo(high, within(TOLERANCE));
    assertThat(wilson.method()).isEqualTo(Methods.WILSON);
  }

  @Test
  void wilsonPinsTheBoundAtTheObservedExtreme() {
    assertThat(Proportions.wilson(0, 10, Proportions.Z_95).low()).isEqualTo(0.0);
    assertThat(Proportions.wilson(10, 10, Proportions.Z_95).high()).isEqualTo(1.0);
  }

  @Test
  void wilsonRecordsItsInputsSoTheReaderCanRecomputeIt() {
    Derivation wilson = Proportions.wilson(1200, 2200, Proportions.Z_95);

    assertThat(wilson.inputs())
        .containsExactly(entry("x", 1200L), entry("n", 2200L), entry("z", 1.959964));
  }

  @Test
  void wilsonForTheFunnelExampleRoundsTo52Point46To56Point62Percent() {
    Derivation wilson = Proportions.wilson(1200, 2200, Proportions.Z_95);

    assertThat(Math.round(wilson.low() * 10_000) / 100.0).isEqualTo(52.46);
    assertThat(Math.round(wilson.high() * 10_000) / 100.0).isEqualTo(56.62);
  }

  @ParameterizedTest(name = "wilson({0}, {1}) is rejected")
  @CsvSource({"0, 0", "1, 0", "0, -5", "-1, 10", "11, 10"})
  void wilsonRejectsImpossibleCounts(long x, long n) {
    assertThatThrownBy(() -> Proportions.wilson(x, n, Proportions.Z_95))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wilsonRejectsNonPositiveOrNonFiniteZ() {
    assertThatThrownBy(() -> Proportions.wilson(1, 2, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Proportions.wilson(1, 2, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ratioOfExactCountsHasNoBounds() {
    Derivation ratio = Proportions.ratio(1200, 2200);

    assertThat(ratio.value()).isCloseTo(1200.0 / 2200.0, within(TOLERANCE));
    assertThat(ratio.bounds()).isEmpty();
    assertThat(ratio.method()).isEqualTo(Methods.RATIO);
  }

  @Test
  void ratioRejectsZeroBase() {
    assertThatThrownBy(() -> Proportions.ratio(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void intervalRatioDividesLowByBaseHighAndHighByBaseLow() {
    // 2,000-3,000 expected out of about 9,000 identified (8,500-9,500):
    // [2000/9500, 3000/8500] = [0.210526315789474, 0.352941176470588], point 2500/9000.
    Derivation ratio =
        Proportions.intervalRatio(Estimate.ofRange(2000, 3000), Estimate.of(9000, 8500, 9500));

    assertThat(ratio.low()).isCloseTo(0.210526315789474, within(TOLERANCE));
    assertThat(ratio.high()).isCloseTo(0.352941176470588, within(TOLERANCE));
    assertThat(ratio.value()).isCloseTo(0.277777777777778, within(TOLERANCE));
    assertThat(ratio.method()).isEqualTo(Methods.INTERVAL_ARITHMETIC);
    assertThat(ratio.inputs())
        .containsKeys("part", "part.low", "part.high", "base", "base.low", "base.high");
  }

  @Test
  void intervalRatioOfIntervalsUsesMidpointsAsPointValues() {
    Derivation ratio = Proportions.intervalRatio(Interval.of(10, 30), Interval.of(80, 120));

    assertThat(ratio.value()).isCloseTo(0.2, within(TOLERANCE));
    assertThat(ratio.low()).isCloseTo(10.0 / 120, within(TOLERANCE));
    assertThat(ratio.high()).isCloseTo(30.0 / 80, within(TOLERANCE));
  }

  @Test
  void intervalRatioCapsAtOneWhenTheBaseMayBeZero() {
    Derivation ratio = Proportions.intervalRatio(Interval.of(0, 3), Interval.of(0, 5));

    assertThat(ratio.low()).isEqualTo(0.0);
    assertThat(ratio.high()).isEqualTo(1.0);
    assertThat(ratio.value()).isCloseTo(0.6, within(TOLERANCE));
  }

  @Test
  void intervalRatioHasNoPointValueWhenTheBasePointIsZero() {
    Derivation ratio = Proportions.intervalRatio(Estimate.exact(0), Estimate.of(0, 0, 5));

    assertThat(ratio.value()).isNull();
    assertThat(ratio.bounds()).contains(Interval.of(0, 1));
  }

  @Test
  void intervalRatioRejectsAnExactlyZeroBaseAndNegativeCounts() {
    assertThatThrownBy(() -> Proportions.intervalRatio(Interval.point(0), Interval.point(0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Proportions.intervalRatio(Interval.of(-1, 2), Interval.point(5)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
