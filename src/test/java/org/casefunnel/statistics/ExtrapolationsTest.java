package org.casefunnel.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExtrapolationsTest {

  private static final double TOLERANCE = 1e-9;

  /*
   * Reference values: Python 3 standard library only, independent implementation of the Wilson
   * interval with effective sample size n' = n(N-1)/(N-n), z = 1.959964:
   *   centre = (p + z²/2n') / (1 + z²/n'), half = z·sqrt(p(1-p)/n' + z²/4n'²) / (1 + z²/n')
   *   [N(centre - half), N(centre + half)] clipped to [x, N - (n - x)]
   * (N=9000, n=2200, x=1200): estimate 4909.09090909091, interval [4745.87693284276,
   * 5071.22676969639].
   */
  @Test
  void fpcExtrapolationMatchesIndependentlyComputedReferenceValues() {
    FpcExtrapolation result = Extrapolations.fpc(9000, 2200, 1200, Proportions.Z_95);

    assertThat(result.estimate()).isCloseTo(4909.09090909091, within(TOLERANCE));
    assertThat(result.low()).isCloseTo(4745.87693284276, within(TOLERANCE));
    assertThat(result.high()).isCloseTo(5071.22676969639, within(TOLERANCE));
    assertThat(Extrapolations.effectiveSample(9000, 2200))
        .isCloseTo(2200.0 * 8999 / 6800, within(1e-9));
    assertThat(result.method()).isEqualTo(Methods.FPC_EXTRAPOLATION);
  }

  @Test
  void fpcExtrapolationCollapsesToTheObservedCountWhenTheWholePopulationWasReviewed() {
    FpcExtrapolation result = Extrapolations.fpc(2200, 2200, 1200, Proportions.Z_95);

    assertThat(result.estimate()).isEqualTo(1200.0);
    assertThat(result.low()).isEqualTo(1200.0);
    assertThat(result.high()).isEqualTo(1200.0);
  }

  @Test
  void fpcExtrapolationIsClippedToTheLogicallyPossibleCounts() {
    // N=9000, n=8999, x=1200 (Python reference): unclipped low would be below the 1,200 already
    // found, so low = 1200; high = 1200.79986969274 (< N - (n - x) = 1201).
    FpcExtrapolation result = Extrapolations.fpc(9000, 8999, 1200, Proportions.Z_95);

    assertThat(result.low()).isEqualTo(1200.0);
    assertThat(result.high()).isCloseTo(1200.79986969274, within(TOLERANCE));
    assertThat(result.high()).isLessThanOrEqualTo(9000 - (8999 - 1200));
  }

  @Test
  void fpcExtrapolationOverAnApproximatePopulationTakesTheWidestBounds() {
    // "About 9,000" as 9000 in [8500, 9500] (Python reference, single-N formula at each bound):
    // low at N=8500 is 4483.69335796772, high at N=9500 is 5354.40526216344, estimate at N=9000.
    FpcExtrapolation result =
        Extrapolations.fpc(Estimate.of(9000, 8500, 9500), 2200, 1200, Proportions.Z_95);

    assertThat(result.estimate()).isCloseTo(4909.09090909091, within(TOLERANCE));
    assertThat(result.low()).isCloseTo(4483.69335796772, within(TOLERANCE));
    assertThat(result.high()).isCloseTo(5354.40526216344, within(TOLERANCE));
  }

  @Test
  void noneOrAllInScopeInTheSampleStillLeavesAnInterval() {
    // Python reference (same formula): 0 of 2,200 from 9,000 -> [0, 11.85927206934]; all 2,200
    // -> [8988.14072793066, 9000]; 0 of 5 -> [0, 3909.35908904019]; 1 of 10 -> [160.99953920378,
    // 3635.79242120284]. A normal approximation would give [0, 0], [9000, 9000], [0, 0], [1, ...].
    FpcExtrapolation none = Extrapolations.fpc(9000, 2200, 0, Proportions.Z_95);
    FpcExtrapolation all = Extrapolations.fpc(9000, 2200, 2200, Proportions.Z_95);
    FpcExtrapolation noneOfFive = Extrapolations.fpc(9000, 5, 0, Proportions.Z_95);
    FpcExtrapolation oneOfTen = Extrapolations.fpc(9000, 10, 1, Proportions.Z_95);

    assertThat(none.estimate()).isZero();
    assertThat(none.low()).isZero();
    assertThat(none.high()).isCloseTo(11.85927206934, within(TOLERANCE));
    assertThat(all.low()).isCloseTo(8988.14072793066, within(TOLERANCE));
    assertThat(all.high()).isEqualTo(9000.0);
    assertThat(noneOfFive.high()).isCloseTo(3909.35908904019, within(TOLERANCE));
    // exactly the logical limits, not a rounding hair inside them (N=400, n=90 gave 1.4e-15)
    assertThat(Extrapolations.fpc(400, 90, 0, Proportions.Z_95).low()).isEqualTo(0.0);
    assertThat(Extrapolations.fpc(400, 90, 90, Proportions.Z_95).high()).isEqualTo(400.0);
    assertThat(oneOfTen.low()).isCloseTo(160.99953920378, within(TOLERANCE));
    assertThat(oneOfTen.high()).isCloseTo(3635.79242120284, within(TOLERANCE));
  }

  @Test
  void fpcExtrapolationDerivationNamesEveryInput() {
    Derivation derivation =
        Extrapolations.fpc(Estimate.of(9000, 8500, 9500), 2200, 1200, Proportions.Z_95)
            .toDerivation();

    assertThat(derivation.method()).isEqualTo("fpc_extrapolation");
    assertThat(derivation.inputs())
        .containsOnlyKeys(
            "population", "population.low", "population.high", "sample", "in_scope", "z");
    assertThat(derivation.inputs().get("population")).isEqualTo(9000L);
  }

  @Test
  void fpcExtrapolationRejectsInconsistentCounts() {
    assertThatThrownBy(() -> Extrapolations.fpc(100, 200, 10, Proportions.Z_95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Extrapolations.fpc(100, 0, 0, Proportions.Z_95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Extrapolations.fpc(100, 10, 11, Proportions.Z_95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Extrapolations.fpc(100, 10, -1, Proportions.Z_95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Extrapolations.fpc(Estimate.of(300, 150, 400), 200, 10, Proportions.Z_95))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
