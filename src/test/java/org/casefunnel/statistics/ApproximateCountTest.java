package org.casefunnel.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApproximateCountTest {

  // the rule written out by hand: plus or minus half a unit of the last non-zero digit, at least 1
  @ParameterizedTest(name = "about {0} -> {1} to {2}")
  @CsvSource({
    "1200, 1150, 1250",
    "2000, 1500, 2500",
    "9000, 8500, 9500",
    "1000, 500,  1500",
    "150,  145,  155",
    "1250, 1245, 1255",
    "10,   5,    15",
    "7,    6,    8",
    "1,    0,    2",
    "0,    0,    1",
  })
  void readsARoundNumberToThePrecisionItIsGivenTo(long count, long low, long high) {
    Estimate reading = ApproximateCount.read(count);

    assertThat(reading.low()).isEqualTo(low);
    assertThat(reading.high()).isEqualTo(high);
    assertThat(reading.value()).isEqualTo(count);
  }
}
