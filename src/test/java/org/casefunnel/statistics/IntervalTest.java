package org.casefunnel.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalTest {

  @Test
  void rejectsLowAboveHighAndNonFiniteBounds() {
    assertThatThrownBy(() -> Interval.of(2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Interval.of(Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Interval.of(0, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void containsIncludesBothEnds() {
    Interval interval = Interval.of(2000, 3000);

    assertThat(interval.contains(2000)).isTrue();
    assertThat(interval.contains(3000)).isTrue();
    assertThat(interval.contains(3000.5)).isFalse();
    assertThat(interval.contains(Interval.of(2100, 2900))).isTrue();
    assertThat(interval.contains(Interval.of(1900, 2900))).isFalse();
  }

  @Test
  void sumAddsLowsAndHighs() {
    assertThat(Interval.of(1, 2).sum(Interval.of(10, 20))).isEqualTo(Interval.of(11, 22));
    assertThat(Interval.sumOf(List.of(Interval.of(1, 2), Interval.point(3), Interval.of(0, 5))))
        .isEqualTo(Interval.of(4, 10));
    assertThat(Interval.sumOf(List.of())).isEqualTo(Interval.point(0));
  }

  @Test
  void minusSubtractsTheOppositeBounds() {
    assertThat(Interval.of(8500, 9500).minus(Interval.of(2000, 3000)))
        .isEqualTo(Interval.of(5500, 7500));
  }

  @Test
  void midpointAndWidth() {
    assertThat(Interval.of(2000, 3000).midpoint()).isEqualTo(2500.0);
    assertThat(Interval.of(2000, 3000).width()).isEqualTo(1000.0);
    assertThat(Interval.point(7).isPoint()).isTrue();
  }

  @Test
  void clampToUnitKeepsBoundsInsideZeroAndOne() {
    assertThat(Interval.of(-0.1, 1.3).clampToUnit()).isEqualTo(Interval.of(0, 1));
    assertThat(Interval.of(0.2, 0.4).clampToUnit()).isEqualTo(Interval.of(0.2, 0.4));
  }

  @Test
  void floorAtRaisesNegativeBounds() {
    assertThat(Interval.of(-500, 200).floorAt(0)).isEqualTo(Interval.of(0, 200));
    assertThat(Interval.of(-500, -200).floorAt(0)).isEqualTo(Interval.point(0));
  }

  @Test
  void estimateRejectsAValueOutsideItsRange() {
    assertThatThrownBy(() -> Estimate.of(10, 0, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Estimate.ofRange(2000, 3000).value()).isEqualTo(2500.0);
    assertThat(Estimate.exact(9000).isExact()).isTrue();
  }

  @ParameterizedTest(name = "[{0}, {1}] within [{2}, {3}]: [{4}, {5}]")
  @CsvSource({
    // each end to its own two significant digits, outward
    "4483, 5358, 1200, 8500, 4400, 5400",
    "23, 4010, 1, 8000, 23, 4100",
    "95, 150, 0, 1000, 95, 150",
    "96, 151, 0, 1000, 96, 160",
    // below 100 an end is already two digits
    "3, 17, 0, 100, 3, 17",
    // never past what the counts allow with no assumption
    "7950, 7955, 1200, 7960, 7900, 7960",
    "1260, 1290, 1250, 8000, 1250, 1300",
    // ends already on their step stay
    "4400, 5400, 0, 9000, 4400, 5400",
    "0, 0, 0, 10, 0, 0",
  })
  void countIntervalsAreRoundedOutwardToTheirSignificantDigits(
      double low,
      double high,
      double lowest,
      double highest,
      double roundedLow,
      double roundedHigh) {
    Interval rounded = Interval.of(low, high).roundedOutward(2, Interval.of(lowest, highest));
    assertThat(rounded).isEqualTo(Interval.of(roundedLow, roundedHigh));
    assertThat(rounded.contains(Interval.of(low, high))).isTrue();
  }
}
