package org.casefunnel.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.casefunnel.analysis.Snapshots.stage;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The conversions as a function of a hand-built snapshot, one test per defect of issue 14: an
 * approximate count keeps its width, a stage above its base keeps its true ratio, a tiny share
 * keeps two significant digits, and a breakdown of a zero whole says why it has no shares. Expected
 * values are hand-derived (ratios, interval arithmetic). Extrapolations and projection checks are
 * in {@link StatisticsCalculatorExtrapolationTest}.
 */
class StatisticsCalculatorTest {

  private static final double E = 1e-12;

  @Test
  void anApproximateCountKeepsItsWidthAndAnExactCountGetsNoSamplingInterval() {
    List<StageStatisticsView> approx =
        StatisticsCalculator.compute(
            Snapshots.funnel()
                .count("reviewed", null, 2200)
                .about("in_scope", "reviewed", 1200)
                .build());
    List<StageStatisticsView> exact =
        StatisticsCalculator.compute(
            Snapshots.funnel()
                .count("reviewed", null, 2200)
                .count("in_scope", "reviewed", 1200)
                .build());

    DerivedView a = stage(approx, "in_scope").conversion();
    assertThat(a.method()).isEqualTo("interval_arithmetic");
    assertThat(a.low()).isCloseTo(1150.0 / 2200, within(E));
    assertThat(a.high()).isCloseTo(1250.0 / 2200, within(E));
    assertThat(a.text())
        .isEqualTo("54.5% (52.3% to 56.8% by interval arithmetic over the ranges given or read)");
    assertThat(stage(approx, "in_scope").value().low()).isEqualTo(1150);
    DerivedView x = stage(exact, "in_scope").conversion();
    assertThat(x.method()).isEqualTo("ratio");
    assertThat(x.low()).isNull();
    assertThat(x.text()).isEqualTo("54.55%");
  }

  @Test
  void aStageAboveItsBaseKeepsItsTrueRatioAndPointsToTheWarning() {
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel().count("base", null, 100).count("part", "base", 150).build());

    StageStatisticsView part = stage(stats, "part");
    assertThat(part.conversion().value()).isEqualTo(1.5);
    assertThat(part.conversion().text()).isEqualTo("150.00%");
    assertThat(part.notes()).anyMatch(n -> n.contains("see the warning stage_exceeds_base"));
    assertThat(part.dropOff()).isNull();
  }

  @Test
  void aStageListedBeforeItsBaseStillGetsItsOverallConversion() {
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel()
                .count("in_scope", "reviewed", 1200)
                .count("identified", null, 9000)
                .count("reviewed", "identified", 2200)
                .build());

    assertThat(stage(stats, "in_scope").overallConversion().value())
        .isCloseTo(1200.0 / 9000, within(E));
  }

  @Test
  void aTinyShareKeepsTwoSignificantDigits() {
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel().count("all", null, 1_000_000_000).count("few", "all", 1000).build());

    assertThat(stage(stats, "few").conversion().text()).isEqualTo("0.00010%");
  }

  @Test
  void halfOfAroundTwoThousandIsTwentyToOneHundredPercentNotFifty() {
    // "around 2,000" is read as 1,500 to 2,500, "half of which" (about 1,000) as 500 to 1,500:
    // by hand, 500 / 2,500 = 20% to 1,500 / 1,500 = 100%, point 1,000 / 2,000
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel()
                .about("offences", null, 2000)
                .about("abuse", "offences", 1000)
                .build());

    DerivedView c = stage(stats, "abuse").conversion();
    assertThat(c.method()).isEqualTo("interval_arithmetic");
    assertThat(c.value()).isCloseTo(0.5, within(E));
    assertThat(c.low()).isCloseTo(0.2, within(E));
    assertThat(c.high()).isCloseTo(1.0, within(E));
    assertThat(c.text()).doesNotContain("50% to 50%").contains("20% to 100%");
  }

  @Test
  void aStageWithinItsAboutBasesReadingIsNotSaidToBeLarger() {
    // 1,210 of "about 1,200" (1,150 to 1,250): the point ratio is above 100%, the bounds are not
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel().about("base", null, 1200).count("part", "base", 1210).build());

    StageStatisticsView part = stage(stats, "part");
    assertThat(part.conversion().low()).isCloseTo(1210.0 / 1250, within(E));
    assertThat(part.conversion().high()).isCloseTo(1210.0 / 1150, within(E));
    assertThat(part.notes())
        .contains(
            "The conversion's point value is above 100%, yet as read the stage need not be larger"
                + " than its base 'base': their ranges overlap (see the warning"
                + " stage_exceeds_base); the ratio is given as it is, not capped.")
        .noneMatch(n -> n.contains("the stage is larger than"));
    assertThat(part.dropOff().low()).isEqualTo(0.0);
    assertThat(part.dropOff().high()).isEqualTo(40.0);
    assertThat(part.overallConversion().text()).contains("100.8% (96.8% to 105.2%");
    assertThat(part.notes())
        .contains(
            "The overall conversion's point value is above 100%, yet as read the stage need not be"
                + " larger than 'base': their ranges overlap; the ratio is given as it is, not"
                + " capped.");
  }

  @Test
  void aRangeAboveItsBaseKeepsItsTruePointValueRatio() {
    // 90 to 150 of 100: the point value is the midpoint 120, so 120%, not a 100% cap
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel().count("base", null, 100).range("part", "base", 90, 150).build());

    DerivedView c = stage(stats, "part").conversion();
    assertThat(c.value()).isCloseTo(1.2, within(E));
    assertThat(c.low()).isCloseTo(0.9, within(E));
    assertThat(c.high()).isCloseTo(1.5, within(E));
  }

  @Test
  void aBreakdownOfAZeroWholeSaysWhyItHasNoShares() {
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel()
                .stage("cases", null, Snapshots.fig(0).part("type", "a", 0).part("type", "b", 0))
                .build());

    StageStatisticsView cases = stage(stats, "cases");
    assertThat(cases.breakdown().parts()).allSatisfy(p -> assertThat(p.share()).isNull());
    assertThat(cases.notes()).contains("No shares of the breakdown: the whole is zero.");
  }
}
