package org.casefunnel.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
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

  /** Reference: the width in points and the decimals a tenth of it allows, by hand. */
  @ParameterizedTest(name = "{0} to {1} -> {2} decimals")
  @CsvSource({
    "0.2, 1.0, 0", // 80 points
    "0.2222, 0.3333, 0", // 11.1 points
    "0.5227, 0.5682, 1", // 4.55 points
    "0.50, 0.5099, 2", // 0.99 points
    "0.5, 0.5, 2", // no width: a ratio of counts
    "0.1, 0.125, 1", // 2.5 points
    "0.00004, 0.00006, 4", // 0.002 points
  })
  void anIntervalGetsTheDecimalsItsWidthAllows(double low, double high, int decimals) {
    assertThat(Percentages.justifiedWithin(low, high)).isEqualTo(decimals);
  }

  @ParameterizedTest(name = "{0} with {1} decimals -> {2}")
  @CsvSource({
    "0.7, 0, 70%",
    "1.375, 0, 138%",
    "0.54545, 1, 54.5%",
    // rounding would say none or all: one decimal more where that is enough, else their digits
    "0.0003, 0, 0.03%",
    "0.9997, 0, 99.97%",
    "0.004, 0, 0.4%",
    "0.9986, 0, 99.9%",
    "0.9996, 1, 99.96%",
    "1.0004, 0, 100.04%",
    "0.99944, 2, 99.94%",
    // closer still than two decimals show: no digits the interval's width does not allow
    "0.999999999999, 0, just under 100%",
    "0.99999, 2, just under 100%",
    "0.00001, 1, just over 0%",
    "1.00001, 0, just over 100%",
    "1.0, 0, 100%",
    "0.0, 1, 0.0%",
  })
  void aShareIsNeverRoundedToNoneOrAllWhenItIsNot(double fraction, int decimals, String text) {
    assertThat(Percentages.format(fraction, decimals)).isEqualTo(text);
  }

  /** "About 5" (4 to 6) of exactly 100,000: an interval 0.002 points wide. */
  @Test
  void aSmallShareOfANarrowIntervalKeepsTwoSignificantDigits() {
    int justified = Percentages.justifiedWithin(0.00004, 0.00006);
    assertThat(Percentages.format(0.00005, justified)).isEqualTo("0.0050%");
    assertThat(Percentages.format(0.00004, justified)).isEqualTo("0.0040%");
    assertThat(Percentages.format(0.00006, justified)).isEqualTo("0.0060%");
    // two decimals would state 0.01%, twice the share
    assertThat(Percentages.format(0.00005, justified)).isNotEqualTo("0.01%");
    // a wide interval justifies no such digits: the words say how close it is
    assertThat(Percentages.format(0.000012, Percentages.justifiedWithin(0, 0.3)))
        .isEqualTo("just over 0%");
  }

  @Test
  void aNumberThatIsNotFiniteIsRefusedWhateverTheDecimals() {
    assertThatThrownBy(() -> Percentages.format(Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percentages.format(Double.POSITIVE_INFINITY, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
