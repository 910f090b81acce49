package org.casefunnel.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogicalBoundsTest {

  // hand-derived: at least x, at most x plus everything not reviewed
  @ParameterizedTest(name = "N={0}, n={1}, x={2} -> [{3}, {4}]")
  @CsvSource({
    "9000, 2200, 1200, 1200, 8000",
    "9000, 2200, 0,    0,    6800",
    "9000, 2200, 2200, 2200, 9000",
    "500,  500,  120,  120,  120",
    "1000, 1,    1,    1,    1000",
    "1000000000000, 1, 0, 0, 999999999999",
  })
  void areTheCountFoundAndTheCountFoundPlusEverythingNotReviewed(
      long population, long sample, long inScope, long low, long high) {
    assertThat(LogicalBounds.of(population, sample, inScope)).isEqualTo(Interval.of(low, high));
  }

  @ParameterizedTest(name = "N in [{0}, {1}], n={2}, x={3} -> high {4}")
  @CsvSource({"8500, 9500, 2200, 1200, 8500", "2200, 2300, 2200, 0, 100"})
  void useTheHighEndOfAnApproximatePopulation(
      long low, long high, long sample, long inScope, long expectedHigh) {
    Interval bounds = LogicalBounds.of(Estimate.ofRange(low, high), sample, inScope);

    assertThat(bounds).isEqualTo(Interval.of(inScope, expectedHigh));
  }
}
