package org.casefunnel.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.distribution.HypergeometricDistribution;

class StatisticsPropertiesTest {

  @Property
  void subsetRatioBoundsContainItsPointAndEveryRatioOfValuesASubsetAllows(
      @ForAll("counts") Estimate part,
      @ForAll("counts") Estimate base,
      @ForAll("fractions") double partAt,
      @ForAll("fractions") double baseAt) {
    Assume.that(base.low() > 0);

    Derivation ratio = Proportions.subsetRatio(part, base);

    double somePart = part.low() + partAt * part.range().width();
    double someBase = base.low() + baseAt * base.range().width();
    boolean above = IntervalComparison.of(part.range(), base.range()) == IntervalComparison.ABOVE;
    assertThat(ratio.low()).isGreaterThanOrEqualTo(0.0);
    if (above) {
      assertThat(ratio.high()).isGreaterThan(1.0);
    } else {
      assertThat(ratio.high()).isLessThanOrEqualTo(1.0);
    }
    if (ratio.value() != null) {
      assertThat(ratio.value()).isBetween(ratio.low(), ratio.high());
    }
    if (above || somePart <= someBase) {
      assertThat(somePart / someBase)
          .isBetween(ratio.low() * (1 - 1e-12), ratio.high() * (1 + 1e-12));
    }
  }

  @Property
  void dropOffIsNonNegativeAndContainsThePointDifference(
      @ForAll("counts") Estimate base, @ForAll("counts") Estimate stage) {
    Derivation dropOff = IntervalArithmetic.dropOff(base, stage);

    assertThat(dropOff.low()).isGreaterThanOrEqualTo(0.0);
    // a point only where the stage's point is not above its base's (a subset is never larger)
    assertThat(dropOff.value() == null).isEqualTo(stage.value() > base.value());
    if (dropOff.value() != null) {
      assertThat(dropOff.value()).isBetween(dropOff.low(), dropOff.high());
    }
    assertThat(Interval.of(dropOff.low(), dropOff.high()).contains(base.value() - stage.value()))
        .isEqualTo(base.value() >= stage.value());
  }

  @Property(tries = 300)
  void hypergeometricTailsMatchCommonsMath(@ForAll("draws") int[] draw) {
    int population = draw[0];
    int marked = draw[1];
    int sample = draw[2];
    int x = draw[3];
    HypergeometricDistribution reference =
        new HypergeometricDistribution(null, population, marked, sample);

    Hypergeometric tails = new Hypergeometric(population, marked, sample);

    assertThat(tails.upperTail(x)).isCloseTo(reference.upperCumulativeProbability(x), within(1e-9));
    assertThat(tails.lowerTail(x)).isCloseTo(reference.cumulativeProbability(x), within(1e-9));
  }

  @Property(tries = 300)
  void extrapolationLiesWithinTheLogicalBounds(@ForAll("samples") long[] sample) {
    long population = sample[0];
    long n = sample[1];
    long x = sample[2];

    Extrapolation result = Extrapolations.of(population, n, x, 0.95);

    assertThat(result.logical()).isEqualTo(Interval.of(x, population - (n - x)));
    assertThat(result.logical().contains(result.sampling())).isTrue();
    assertThat(result.estimate()).isBetween(result.sampling().low(), result.sampling().high());
    // N·x/n is a fraction, the exact bounds whole numbers: the clamp moves it by less than one case
    // (e.g. N = 85, n = 84, x = 1 gives 1.012 against [1, 1]), never across a whole case
    double ratio = (double) population * x / n;
    assertThat(ratio).isStrictlyBetween(result.sampling().low() - 1, result.sampling().high() + 1);
    assertThat(result.estimate())
        .isEqualTo(Interval.clamp(ratio, result.sampling().low(), result.sampling().high()));
  }

  @Property(tries = 200)
  void extrapolationOverAnApproximatePopulationCoversEveryPopulationInItsRange(
      @ForAll("samples") long[] sample,
      @ForAll @IntRange(min = 0, max = 5000) int spread,
      @ForAll("fractions") double position) {
    long lowPopulation = sample[0];
    long n = sample[1];
    long x = sample[2];
    long highPopulation = lowPopulation + spread;
    long inside = lowPopulation + Math.round(position * spread);

    Extrapolation ranged =
        Extrapolations.of(Estimate.ofRange(lowPopulation, highPopulation), n, x, 0.95);
    Extrapolation single = Extrapolations.of(inside, n, x, 0.95);

    assertThat(ranged.sampling().contains(single.sampling())).isTrue();
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

  /** {N, K, n, x} with 0 <= K, n <= N <= 5000 and x within the support. */
  @Provide
  Arbitrary<int[]> draws() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 5000), fractions(), fractions(), fractions())
        .as(
            (population, markedShare, sampleShare, at) -> {
              int marked = (int) Math.round(markedShare * population);
              int sample = (int) Math.round(sampleShare * population);
              int lo = Math.max(0, sample - (population - marked));
              int hi = Math.min(sample, marked);
              return new int[] {population, marked, sample, lo + (int) Math.round(at * (hi - lo))};
            });
  }

  /** {population N, sample n, in scope x} with 0 <= x <= n <= N, n >= 1. */
  @Provide
  Arbitrary<long[]> samples() {
    return Combinators.combine(Arbitraries.longs().between(1, 100_000), fractions(), fractions())
        .as(
            (population, sampleShare, inScopeShare) -> {
              long n = Math.max(1, Math.round(sampleShare * population));
              long x = Math.round(inScopeShare * n);
              return new long[] {population, n, x};
            });
  }
}
