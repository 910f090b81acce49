package org.casefunnel.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BreakdownsTest {

  private static Map<String, Estimate> parts(Object... kv) {
    Map<String, Estimate> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (Estimate) kv[i + 1]);
    }
    return m;
  }

  @Test
  void exactPartsThatAddUpGiveExactShares() {
    Breakdowns.Check check =
        Breakdowns.check(
            Estimate.exact(80), parts("group", Estimate.exact(20), "family", Estimate.exact(60)));

    assertThat(check.addsUp()).isTrue();
    assertThat(check.sum().value()).isEqualTo(80.0);
    assertThat(check.shares().get("group").value()).isEqualTo(0.25);
    assertThat(check.shares().get("group").method()).isEqualTo(Methods.RATIO);
    assertThat(check.shares().get("family").value()).isEqualTo(0.75);
    assertThat(check.shares().keySet()).containsExactly("group", "family");
  }

  @Test
  void exactPartsThatFallShortDoNotAddUp() {
    Breakdowns.Check check =
        Breakdowns.check(
            Estimate.exact(80), parts("group", Estimate.exact(20), "family", Estimate.exact(50)));

    assertThat(check.addsUp()).isFalse();
    assertThat(check.sum().value()).isEqualTo(70.0);
  }

  @Test
  void rangesAddUpWhenTheirSumCanReachTheWhole() {
    // [10, 30] + [40, 45] = [50, 75], which contains 70
    Breakdowns.Check check =
        Breakdowns.check(
            Estimate.exact(70),
            parts("a", Estimate.ofRange(10, 30), "b", Estimate.ofRange(40, 45)));

    assertThat(check.addsUp()).isTrue();
    assertThat(check.sum().low()).isEqualTo(50.0);
    assertThat(check.sum().high()).isEqualTo(75.0);
    Derivation a = check.shares().get("a");
    assertThat(a.method()).isEqualTo(Methods.INTERVAL_ARITHMETIC);
    assertThat(a.low()).isCloseTo(10.0 / 70, within(1e-12));
    assertThat(a.high()).isCloseTo(30.0 / 70, within(1e-12));
  }

  @Test
  void zeroWholeHasNoShares() {
    Breakdowns.Check check = Breakdowns.check(Estimate.exact(0), parts("a", Estimate.exact(0)));

    assertThat(check.addsUp()).isTrue();
    assertThat(check.shares()).isEmpty();
  }

  @Test
  void intervalComparisonPlacesRanges() {
    Interval projection = Interval.of(2000, 3000);

    assertThat(IntervalComparison.of(projection, Interval.of(4746, 5072)))
        .isEqualTo(IntervalComparison.BELOW);
    assertThat(IntervalComparison.of(Interval.of(5100, 5200), Interval.of(4746, 5072)))
        .isEqualTo(IntervalComparison.ABOVE);
    assertThat(IntervalComparison.of(projection, Interval.of(3000, 4000)))
        .isEqualTo(IntervalComparison.OVERLAPS);
  }
}
