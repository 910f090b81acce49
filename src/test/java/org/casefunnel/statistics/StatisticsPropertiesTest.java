package org.casefunnel.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class StatisticsPropertiesTest {

  @Property
  void wilsonEstimateLiesWithinItsBoundsInsideTheUnitInterval(
      @ForAll @LongRange(min = 1, max = 1_000_000) long n, @ForAll("fractions") double fraction) {
    long x = Math.round(fraction * n);

    Derivation wilson = Proportions.wilson(x, n, Proportions.Z_95);

    assertThat(wilson.low()).isBetween(0.0, 1.0);
    assertThat(wilson.high()).isBetween(0.0, 1.0);
    assertThat(wilson.low()).isLessThanOrEqualTo(wilson.value());
    assertThat(wilson.value()).isLessThanOrEqualTo(wilson.high());
  }

  @Property
  void intervalRatioStaysInsideTheUnitIntervalAndAroundItsPoint(
      @ForAll("counts") Estimate part, @ForAll("counts") Estimate base) {
    Assume.that(base.high() > 0);

    Derivation ratio = Proportions.intervalRatio(part, base);

    assertThat(ratio.low()).isBetween(0.0, 1.0);
    assertThat(ratio.high()).isBetween(0.0, 1.0);
    if (ratio.value() != null) {
      assertThat(ratio.value()).isBetween(ratio.low(), ratio.high());
    }
  }

  @Property
  void conversionStaysInsideTheUnitIntervalAndAroundItsPoint(
      @ForAll("counts") Estimate part, @ForAll("counts") Estimate base) {
    Assume.that(base.high() > 0);

    Derivation conversion = Proportions.conversion(part, base, Proportions.Z_95);

    assertThat(conversion.low()).isBetween(0.0, 1.0);
    assertThat(conversion.high()).isBetween(0.0, 1.0);
    if (conversion.value() != null) {
      assertThat(conversion.value()).isBetween(conversion.low(), conversion.high());
    }
  }

  @Property
  void breakdownWhosePointsSumToTheWholeAddsUpAndItsSharesLieInTheUnitInterval(
      @ForAll("countLists") List<Estimate> parts) {
    Map<String, Estimate> byCategory = new LinkedHashMap<>();
    double pointSum = 0;
    for (int i = 0; i < parts.size(); i++) {
      byCategory.put("c" + i, parts.get(i));
      pointSum += parts.get(i).value();
    }
    Assume.that(!byCategory.isEmpty());

    Breakdowns.Check check = Breakdowns.check(Estimate.exact(pointSum), byCategory);

    assertThat(check.addsUp()).isTrue();
    assertThat(check.sum().bounds().orElseThrow().contains(pointSum)).isTrue();
    check
        .shares()
        .values()
        .forEach(
            share -> {
              assertThat(share.value() == null ? 0.0 : share.value()).isBetween(0.0, 1.0);
              if (share.low() != null) {
                assertThat(share.low()).isBetween(0.0, 1.0);
                assertThat(share.high()).isBetween(0.0, 1.0);
              }
            });
  }

  @Property
  void intervalComparisonAgreesWithWhetherTheRangesShareAPoint(
      @ForAll("counts") Estimate a, @ForAll("counts") Estimate b) {
    IntervalComparison relation = IntervalComparison.of(a.range(), b.range());
    boolean share = Math.max(a.low(), b.low()) <= Math.min(a.high(), b.high());

    assertThat(relation == IntervalComparison.OVERLAPS).isEqualTo(share);
    assertThat(IntervalComparison.of(b.range(), a.range()))
        .isEqualTo(
            switch (relation) {
              case BELOW -> IntervalComparison.ABOVE;
              case ABOVE -> IntervalComparison.BELOW;
              case OVERLAPS -> IntervalComparison.OVERLAPS;
            });
  }

  @Property
  void intervalSumContainsTheSumOfPointsChosenInsideEachInterval(
      @ForAll("countLists") List<Estimate> terms) {
    List<Interval> ranges = new ArrayList<>();
    double pointSum = 0;
    for (Estimate term : terms) {
      ranges.add(term.range());
      pointSum += term.value();
    }

    assertThat(Interval.sumOf(ranges).contains(pointSum)).isTrue();
  }

  @Property
  void rollUpValueLiesWithinItsBounds(@ForAll("countLists") List<Estimate> terms) {
    Map<String, Estimate> named = new LinkedHashMap<>();
    for (int i = 0; i < terms.size(); i++) {
      named.put("term" + i, terms.get(i));
    }

    Derivation sum = IntervalArithmetic.sum(named);

    assertThat(sum.value()).isBetween(sum.low(), sum.high());
  }

  @Property
  void dropOffIsNonNegativeAndContainsThePointDifference(
      @ForAll("counts") Estimate base, @ForAll("counts") Estimate stage) {
    Derivation dropOff = IntervalArithmetic.dropOff(base, stage);

    assertThat(dropOff.low()).isGreaterThanOrEqualTo(0.0);
    assertThat(dropOff.value()).isBetween(dropOff.low(), dropOff.high());
    assertThat(Interval.of(dropOff.low(), dropOff.high()).contains(base.value() - stage.value()))
        .isEqualTo(base.value() >= stage.value());
  }

  @Property
  void fpcEstimateLiesWithinLogicallyPossibleBounds(@ForAll("samples") long[] sample) {
    long population = sample[0];
    long n = sample[1];
    long x = sample[2];

    FpcExtrapolation result = Extrapolations.fpc(population, n, x, Proportions.Z_95);

    assertThat(result.low()).isGreaterThanOrEqualTo(x);
    assertThat(result.high()).isLessThanOrEqualTo(population - (n - x));
    assertThat(result.estimate()).isBetween(result.low(), result.high());
  }

  @Property
  void fpcIntervalNarrowsAsTheSampleApproachesThePopulation(
      @ForAll @IntRange(min = 2, max = 1000) int populationHundreds,
      @ForAll("fractions") double smaller,
      @ForAll("fractions") double larger,
      @ForAll @IntRange(min = 0, max = 100) int percentInScope) {
    // Samples are multiples of 100 so that x = p·n is a whole number for p = k/100: the
    // proportion stays fixed and only the sample size changes.
    long population = 100L * populationHundreds;
    long hundreds = 1 + Math.round(smaller * (populationHundreds - 1));
    long moreHundreds = hundreds + Math.round(larger * (populationHundreds - hundreds));
    long n = 100 * hundreds;
    long nLarger = 100 * moreHundreds;

    Interval before =
        Extrapolations.fpc(population, n, n / 100 * percentInScope, Proportions.Z_95).interval();
    Interval after =
        Extrapolations.fpc(population, nLarger, nLarger / 100 * percentInScope, Proportions.Z_95)
            .interval();

    assertThat(after.width()).isLessThanOrEqualTo(before.width());
    if (nLarger == population) {
      assertThat(after.width()).isZero();
    }
  }

  @Property
  void fpcOverAnApproximatePopulationCoversEveryPopulationInItsRange(
      @ForAll("samples") long[] sample,
      @ForAll @IntRange(min = 0, max = 5000) int spread,
      @ForAll("fractions") double position) {
    long lowPopulation = sample[0];
    long n = sample[1];
    long x = sample[2];
    long highPopulation = lowPopulation + spread;
    long inside = lowPopulation + Math.round(position * spread);

    FpcExtrapolation ranged =
        Extrapolations.fpc(Estimate.ofRange(lowPopulation, highPopulation), n, x, Proportions.Z_95);
    FpcExtrapolation single = Extrapolations.fpc(inside, n, x, Proportions.Z_95);

    assertThat(ranged.interval().contains(single.interval())).isTrue();
  }

  @Provide
  Arbitrary<Double> fractions() {
    return Arbitraries.doubles().between(0, 1);
  }

  @Provide
  Arbitrary<Estimate> counts() {
    Arbitrary<Long> low = Arbitraries.longs().between(0, 1_000_000);
    Arbitrary<Long> width = Arbitraries.longs().between(0, 100_000);
    return Combinators.combine(low, width, fractions())
        .as((l, w, f) -> Estimate.of(l + Math.round(f * w), l, l + w));
  }

  @Provide
  Arbitrary<List<Estimate>> countLists() {
    return counts().list().ofMaxSize(20);
  }

  /** {population N, sample n, in scope x} with 0 <= x <= n <= N, n >= 1. */
  @Provide
  Arbitrary<long[]> samples() {
    return Combinators.combine(Arbitraries.longs().between(1, 1_000_000), fractions(), fractions())
        .as(
            (population, sampleShare, inScopeShare) -> {
              long n = Math.max(1, Math.round(sampleShare * population));
              long x = Math.round(inScopeShare * n);
              return new long[] {population, n, x};
            });
  }
}
