package org.casefunnel.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExtrapolationsTest {

  private static final double TOLERANCE = 1e-9;

  /*
   * Reference values: Python 3 standard library only, independent implementation of
   *   p = x/n; se = sqrt(p(1-p)/n) * sqrt((N-n)/(N-1))   (0 when n == N)
   *   [max(x, N(p - z·se)), min(N - (n - x), N(p + z·se))],  z = 1.959964
   * (N=9000, n=2200, x=1200): estimate 4909.09090909091, se 0.00922813485062833,
   * interval [4746.30960024152, 5071.8722179403].
   */
  @Test
  void fpcExtrapolationMatchesIndependentlyComputedReferenceValues() {
    FpcExtrapolation result = Extrapolations.fpc(9000, 2200, 1200, Proportions.Z_95);

    assertThat(result.estimate()).isCloseTo(4909.09090909091, within(TOLERANCE));
    assertThat(result.low()).isCloseTo(4746.30960024152, within(TOLERANCE));
    assertThat(result.high()).isCloseTo(5071.8722179403, within(TOLERANCE));
    assertThat(Extrapolations.standardError(9000, 2200, 1200))
        .isCloseTo(0.00922813485062833, within(1e-15));
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
    // found, so low = 1200; high = 1200.79971315782 (< N - (n - x) = 1201).
    FpcExtrapolation result = Extrapolations.fpc(9000, 8999, 1200, Proportions.Z_95);

    assertThat(result.low()).isEqualTo(1200.0);
    assertThat(result.high()).isCloseTo(1200.79971315782, within(TOLERANCE));
    assertThat(result.high()).isLessThanOrEqualTo(9000 - (8999 - 1200));
  }

  @Test
  void fpcExtrapolationOverAnApproximatePopulationTakesTheWidestBounds() {
    // "About 9,000" as 9000 in [8500, 9500] (Python reference, single-N formula at each bound):
    // low at N=8500 is 4484.09516702689, high at N=9500 is 5355.09911884018, estimate at N=9000.
    FpcExtrapolation result =
        Extrapolations.fpc(Estimate.of(9000, 8500, 9500), 2200, 1200, Proportions.Z_95);

    assertThat(result.estimate()).isCloseTo(4909.09090909091, within(TOLERANCE));
    assertThat(result.low()).isCloseTo(4484.09516702689, within(TOLERANCE));
    assertThat(result.high()).isCloseTo(5355.09911884018, within(TOLERANCE));
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
