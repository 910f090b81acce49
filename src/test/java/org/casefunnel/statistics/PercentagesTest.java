package org.casefunnel.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentagesTest {

  @ParameterizedTest(name = "{0} of {1} -> {2}")
  @CsvSource({
    "1200, 2200, 54.55%",
    "1, 1, 100.00%",
    "0, 5, 0.00%",
    "1000, 1000000000, 0.00010%",
    "1, 3000, 0.033%",
    "1, 1000, 0.10%",
    "3, 2, 150.00%",
    "999999, 1000000, 99.99990%",
    "999999999999, 1000000000000, 99.99999999990%",
    "1999, 2000, 99.950%",
    "999, 1000, 99.90%",
    "1000001, 1000000, 100.00010%",
  })
  void keepTwoSignificantDigitsOfSmallSharesAndOfTheirDistanceFromAll(
      long part, long whole, String text) {
    assertThat(Percentages.format((double) part / whole)).isEqualTo(text);
  }
}
