package org.casefunnel.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProportionsTest {

  private static final double TOLERANCE = 1e-12;

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
  void aSubsetRatioDividesLowByBaseHighAndHighByBaseLow() {
    // 2,000-3,000 expected out of about 9,000 identified (8,500-9,500):
    // [2000/9500, 3000/8500] = [0.210526315789474, 0.352941176470588], point 2500/9000.
    Derivation ratio =
        Proportions.subsetRatio(Estimate.ofRange(2000, 3000), Estimate.of(9000, 8500, 9500));

    assertThat(ratio.low()).isCloseTo(0.210526315789474, within(TOLERANCE));
    assertThat(ratio.high()).isCloseTo(0.352941176470588, within(TOLERANCE));
    assertThat(ratio.value()).isCloseTo(0.277777777777778, within(TOLERANCE));
    assertThat(ratio.method()).isEqualTo(Methods.INTERVAL_ARITHMETIC);
    assertThat(ratio.inputs())
        .containsKeys("part", "part.low", "part.high", "base", "base.low", "base.high");
  }

  @Test
  void aRangesPointValueIsItsMidpoint() {
    Derivation ratio = Proportions.subsetRatio(Estimate.ofRange(10, 30), Estimate.ofRange(80, 120));

    assertThat(ratio.value()).isCloseTo(0.2, within(TOLERANCE));
    assertThat(ratio.low()).isCloseTo(10.0 / 120, within(TOLERANCE));
    assertThat(ratio.high()).isCloseTo(30.0 / 80, within(TOLERANCE));
  }

  @Test
  void aPartAboveAWholeThatMayBeZeroHasNoBoundsAndNoPoint() {
    // 6-8 of 0-5: the ratio is unbounded above (8/0), so no bounds rather than a made-up figure
    Derivation ratio = Proportions.subsetRatio(Estimate.ofRange(6, 8), Estimate.ofRange(0, 5));

    assertThat(ratio.bounds()).isEmpty();
    assertThat(ratio.value()).isNull();
  }

  @Test
  void noneOfAWholeThatMayBeZeroIsNone() {
    Derivation ratio = Proportions.subsetRatio(Estimate.exact(0), Estimate.of(0, 0, 5));

    assertThat(ratio.value()).isZero();
    assertThat(ratio.low()).isZero();
    assertThat(ratio.high()).isZero();
  }

  @Test
  void whereTheRangesOverlapTheLargestShareIsAllAndAnImpossiblePointIsNotStated() {
    // a projection of 2,000-3,000 against 2,040-2,540 (hand-derived): [2000/2540, 1]; the point
    // 2500/2290 would put the part above its whole
    Derivation ratio =
        Proportions.subsetRatio(Estimate.ofRange(2000, 3000), Estimate.ofRange(2040, 2540));

    assertThat(ratio.low()).isCloseTo(2000.0 / 2540, within(TOLERANCE));
    assertThat(ratio.high()).isEqualTo(1.0);
    assertThat(ratio.value()).isNull();
  }

  @Test
  void aPartEntirelyAboveItsWholeKeepsItsTrueRatioForTheCallerToWarn() {
    Derivation ratio =
        Proportions.subsetRatio(Estimate.ofRange(3000, 4000), Estimate.ofRange(2040, 2540));

    assertThat(ratio.low()).isCloseTo(3000.0 / 2540, within(TOLERANCE));
    assertThat(ratio.high()).isCloseTo(4000.0 / 2040, within(TOLERANCE));
    assertThat(ratio.value()).isCloseTo(3500.0 / 2290, within(TOLERANCE));
  }

  @Test
  void shareOfExactCountsIsAPlainRatioWithoutASamplingInterval() {
    // 1,200 of the 2,200 reviewed is a count of what was counted, not a draw
    Derivation d = Proportions.share(Estimate.exact(1200), Estimate.exact(2200));

    assertThat(d.method()).isEqualTo(Methods.RATIO);
    assertThat(d.value()).isCloseTo(1200.0 / 2200, within(1e-15));
    assertThat(d.bounds()).isEmpty();
  }

  @Test
  void shareAboveItsWholeKeepsItsTrueRatio() {
    Derivation d = Proportions.share(Estimate.exact(150), Estimate.exact(100));

    assertThat(d.value()).isEqualTo(1.5);
  }

  @Test
  void shareOfAnApproximateCountKeepsTheReadingsWidth() {
    // "about 1,200" (1,150-1,250) of an exact 2,200: [1150/2200, 1250/2200], point 1200/2200
    Derivation d = Proportions.share(ApproximateCount.read(1200), Estimate.exact(2200));

    assertThat(d.method()).isEqualTo(Methods.INTERVAL_ARITHMETIC);
    assertThat(d.low()).isCloseTo(1150.0 / 2200, within(TOLERANCE));
    assertThat(d.high()).isCloseTo(1250.0 / 2200, within(TOLERANCE));
    assertThat(d.value()).isCloseTo(1200.0 / 2200, within(TOLERANCE));
  }

  @Test
  void aSubsetRatioRejectsAnExactlyZeroBaseAndNegativeCounts() {
    assertThatThrownBy(() -> Proportions.subsetRatio(Estimate.exact(0), Estimate.exact(0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Proportions.subsetRatio(Estimate.ofRange(-1, 2), Estimate.exact(5)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSubsetRatioStatesBoundsEvenOfExactCountsAndIsAtMostOneWhereTheRangesOverlap() {
    // a roll-up's sums: 120 of 180 exactly, and "about 7" (6 to 8) of "about 10" (5 to 15)
    Derivation exact = Proportions.subsetRatio(Estimate.exact(120), Estimate.exact(180));
    Derivation overlapping = Proportions.subsetRatio(Estimate.of(7, 6, 8), Estimate.of(10, 5, 15));

    assertThat(exact.method()).isEqualTo("interval_arithmetic");
    assertThat(exact.value()).isCloseTo(120.0 / 180, within(1e-12));
    assertThat(overlapping.low()).isCloseTo(6.0 / 15, within(1e-12));
    assertThat(overlapping.high()).isEqualTo(1.0);
  }
}
