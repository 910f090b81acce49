package org.casefunnel.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntervalArithmeticTest {

  @Test
  void sumRollsUpValuesAndBoundsInInputOrder() {
    Map<String, Estimate> sites = new LinkedHashMap<>();
    sites.put("north", Estimate.exact(1200));
    sites.put("south", Estimate.ofRange(2000, 3000));
    sites.put("east", Estimate.of(900, 800, 1000));

    Derivation total = IntervalArithmetic.sum(sites);

    // By hand: 1200 + 2500 + 900 = 4600; [1200 + 2000 + 800, 1200 + 3000 + 1000].
    assertThat(total.value()).isEqualTo(4600.0);
    assertThat(total.bounds()).contains(Interval.of(4000, 5200));
    assertThat(total.method()).isEqualTo(Methods.SUM);
    assertThat(total.inputs().keySet())
        .containsExactly(
            "north", "south", "south.low", "south.high", "east", "east.low", "east.high");
  }

  @Test
  void differenceMayBeNegativeWhenRangesOverlap() {
    Derivation difference =
        IntervalArithmetic.difference(Estimate.of(1000, 900, 1100), Estimate.ofRange(950, 1050));

    // By hand: [900 - 1050, 1100 - 950] = [-150, 150], value 1000 - 1000 = 0.
    assertThat(difference.bounds()).contains(Interval.of(-150, 150));
    assertThat(difference.value()).isEqualTo(0.0);
    assertThat(difference.method()).isEqualTo(Methods.DIFFERENCE);
  }

  @Test
  void dropOffSubtractsTheStageFromTheBaseWithOppositeBounds() {
    Derivation dropOff =
        IntervalArithmetic.dropOff(Estimate.of(9000, 8500, 9500), Estimate.exact(2200));

    // By hand: [8500 - 2200, 9500 - 2200] = [6300, 7300], value 6800.
    assertThat(dropOff.value()).isEqualTo(6800.0);
    assertThat(dropOff.bounds()).contains(Interval.of(6300, 7300));
    assertThat(dropOff.inputs())
        .containsExactly(
            entry("base", 9000L),
            entry("base.low", 8500L),
            entry("base.high", 9500L),
            entry("stage", 2200L));
  }

  @Test
  void dropOffIsFlooredAtZeroAndHasNoPointWhereTheStagesPointIsAboveItsBases() {
    Derivation dropOff =
        IntervalArithmetic.dropOff(Estimate.of(1000, 900, 1100), Estimate.of(1050, 950, 1150));

    // Raw [900 - 1150, 1100 - 950] = [-250, 150], floored to [0, 150]; the point 1000 - 1050 is
    // below zero, which a subset cannot lose: no point value, not a 0 the figures do not give
    assertThat(dropOff.bounds()).contains(Interval.of(0, 150));
    assertThat(dropOff.value()).isNull();
  }

  @Test
  void equalPointsDropNothingAtTheirPoint() {
    Derivation dropOff =
        IntervalArithmetic.dropOff(Estimate.of(1000, 900, 1100), Estimate.of(1000, 950, 1050));

    // By hand: [900 - 1050, 1100 - 950] = [-150, 150], floored to [0, 150]; value 1000 - 1000 = 0
    assertThat(dropOff.bounds()).contains(Interval.of(0, 150));
    assertThat(dropOff.value()).isEqualTo(0.0);
  }
}
