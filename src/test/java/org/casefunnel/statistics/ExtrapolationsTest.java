package org.casefunnel.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExtrapolationsTest {

  @Test
  void theSeedLeadsWithLogicalBoundsAndGivesTheExactIntervalBesideThem() {
    // 1,200 in scope of 2,200 reviewed of 9,000: at least the 1,200 found, at most 1,200 plus the
    // 6,800 not reviewed (hand-derived); the exact interval by a Commons Math scan
    Extrapolation e = Extrapolations.of(9000, 2200, 1200, 0.95);

    assertThat(e.logical()).isEqualTo(Interval.of(1200, 8000));
    assertThat(e.estimate()).isCloseTo(9000.0 * 1200 / 2200, within(1e-9));
    assertThat(e.sampling().low())
        .isEqualTo(ExactHypergeometricIntervalTest.scannedLow(9000, 2200, 1200));
    assertThat(e.sampling().high())
        .isEqualTo(ExactHypergeometricIntervalTest.scannedHigh(9000, 2200, 1200));
  }

  @Test
  void aFullReviewCollapsesToTheObservedCount() {
    Extrapolation e = Extrapolations.of(2200, 2200, 1200, 0.95);

    assertThat(e.estimate()).isEqualTo(1200.0);
    assertThat(e.logical()).isEqualTo(Interval.point(1200));
    assertThat(e.sampling()).isEqualTo(Interval.point(1200));
  }

  @Test
  void aFullReviewIsStatedAsACompleteCountNotAtAConfidenceLevel() {
    Derivation census = Extrapolations.of(2200, 2200, 1200, 0.95).estimateDerivation();

    assertThat(census.method()).isEqualTo(Methods.COMPLETE_COUNT);
    assertThat(census.value()).isEqualTo(1200.0);
    assertThat(census.low()).isEqualTo(1200.0);
    assertThat(census.high()).isEqualTo(1200.0);
    assertThat(census.inputs()).containsOnlyKeys("population", "sample", "in_scope");
    // a partial review, or an approximate population, is still a sample
    assertThat(Extrapolations.of(9000, 2200, 1200, 0.95).estimateDerivation().method())
        .isEqualTo(Methods.EXACT_HYPERGEOMETRIC);
    assertThat(
            Extrapolations.of(Estimate.of(2200, 2150, 2250), 2150, 1200, 0.95)
                .estimateDerivation()
                .method())
        .isEqualTo(Methods.HYPERGEOMETRIC_OVER_RANGE);
  }

  @Test
  void aRatioJustOutsideTheWholeNumberIntervalIsClampedIntoIt() {
    // 1 in scope of 84 reviewed of 85: K = 2 would leave P(X <= 1) = 2/85 < 0.025 (hand-derived),
    // so the interval is [1, 1]; 85 · 1 / 84 = 1.012 is reported as the 1 the interval allows
    Extrapolation e = Extrapolations.of(85, 84, 1, 0.95);

    assertThat(e.sampling()).isEqualTo(Interval.point(1));
    assertThat(e.estimate()).isEqualTo(1.0);
  }

  @Test
  void anApproximatePopulationTakesTheWidestOfItsEnds() {
    // "about 9,000" as 8,500 to 9,500: logical high uses 9,500; sampling bounds are the exact
    // bounds at N = 8,500 (low) and N = 9,500 (high), by a Commons Math scan
    Extrapolation e = Extrapolations.of(ApproximateCount.read(9000), 2200, 1200, 0.95);

    assertThat(e.logical()).isEqualTo(Interval.of(1200, 8500));
    assertThat(e.sampling().low())
        .isEqualTo(ExactHypergeometricIntervalTest.scannedLow(8500, 2200, 1200));
    assertThat(e.sampling().high())
        .isEqualTo(ExactHypergeometricIntervalTest.scannedHigh(9500, 2200, 1200));
    assertThat(e.estimate()).isCloseTo(9000.0 * 1200 / 2200, within(1e-9));
  }

  @Test
  void derivationsNameTheirMethodAndEveryInput() {
    Extrapolation e = Extrapolations.of(Estimate.of(9000, 8500, 9500), 2200, 1200, 0.95);

    Derivation logical = e.logicalDerivation();
    Derivation sampling = e.samplingDerivation();

    assertThat(logical.method()).isEqualTo("logical_bounds");
    assertThat(logical.value()).isNull();
    assertThat(logical.inputs())
        .containsOnlyKeys("population", "population.low", "population.high", "sample", "in_scope");
    assertThat(sampling.method()).isEqualTo("hypergeometric_over_range");
    assertThat(sampling.inputs()).containsEntry("confidence", 0.95).containsEntry("sample", 2200L);
  }

  @Test
  void onlyAnExactlyKnownPopulationGivesAnIntervalLabelledExact() {
    assertThat(Extrapolations.of(9000, 2200, 1200, 0.95).samplingDerivation().method())
        .isEqualTo("exact_hypergeometric");
    assertThat(
            Extrapolations.of(Estimate.of(9000, 8500, 9500), 2200, 1200, 0.95)
                .samplingDerivation()
                .method())
        .isEqualTo("hypergeometric_over_range");
  }

  @Test
  void rejectsInconsistentCounts() {
    assertThatThrownBy(() -> Extrapolations.of(100, 200, 10, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Extrapolations.of(100, 0, 0, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Extrapolations.of(100, 10, 11, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Extrapolations.of(Estimate.of(300, 150, 400), 200, 10, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
