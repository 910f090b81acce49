package org.casefunnel.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.casefunnel.analysis.Snapshots.stage;

import java.util.List;
import org.casefunnel.model.Selection;
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
    // 1,210 of "about 1,200" (1,150 to 1,250): the point ratio is above 100%, which a stage within
    // its base cannot be; as read it may be all of the base, so 96.8% to 100%, no point value
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel().about("base", null, 1200).count("part", "base", 1210).build());

    StageStatisticsView part = stage(stats, "part");
    assertThat(part.conversion().value()).isNull();
    assertThat(part.conversion().low()).isCloseTo(1210.0 / 1250, within(E));
    assertThat(part.conversion().high()).isEqualTo(1.0);
    assertThat(part.conversion().text())
        .isEqualTo("96.8% to 100.0% (by interval arithmetic over the ranges given or read)");
    assertThat(part.notes())
        .contains(
            "The point values put the stage above its base 'base', yet as read their ranges"
                + " overlap (see the warning stage_exceeds_base): a stage within its base is at"
                + " most all of it, so the conversion (up to 100%) and the drop-off (from 0) are"
                + " the ranges the figures allow, with no point value.")
        .noneMatch(n -> n.contains("the stage is larger than"));
    assertThat(part.dropOff().value()).isNull();
    assertThat(part.dropOff().low()).isEqualTo(0.0);
    assertThat(part.dropOff().high()).isEqualTo(40.0);
    assertThat(part.overallConversion().text()).startsWith("96.8% to 100.0% (");
    assertThat(part.notes())
        .contains(
            "The point values put the stage above 'base', yet as read their ranges overlap: a"
                + " stage within it is at most all of it, so the overall conversion is the range"
                + " the figures allow, up to 100%, with no point value.");
  }

  @Test
  void aStageWithinItsBaseIsAtMostAllOfItWhereTheRangesOverlap() {
    // "about 7" (6 to 8) of "about 10" (5 to 15): 6/15 = 40% at least; 8/5 = 160% would need more
    // cases in the stage than in its base, so the largest share is 100% (as the drop-off's 0)
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel().about("base", null, 10).about("part", "base", 7).build());

    DerivedView c = stage(stats, "part").conversion();
    assertThat(c.value()).isCloseTo(0.7, within(E));
    assertThat(c.low()).isCloseTo(0.4, within(E));
    assertThat(c.high()).isEqualTo(1.0);
    assertThat(c.text())
        .isEqualTo("70% (40% to 100% by interval arithmetic over the ranges given or read)");
    assertThat(stage(stats, "part").dropOff().low()).isEqualTo(0.0);
  }

  @Test
  void aRangeAboveItsBaseKeepsItsTruePointValueRatio() {
    // 110 to 150 of 100: every value read is above the base, so the data contradict the subset and
    // the true ratios stand (the midpoint 130 gives 130%), with the warning
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel().count("base", null, 100).range("part", "base", 110, 150).build());

    DerivedView c = stage(stats, "part").conversion();
    assertThat(c.value()).isCloseTo(1.3, within(E));
    assertThat(c.low()).isCloseTo(1.1, within(E));
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

  @Test
  void noneOfABaseThatMayBeZeroIsNoneAndOneOfAboutNoneIsAll() {
    // exactly 0 of "about 0" (0 to 1): none of anything is none; exactly 1 of "about 0": the only
    // value the figures allow is all of it
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel()
                .about("base", null, 0)
                .count("none", "base", 0)
                .count("one", "base", 1)
                .build());

    assertThat(stage(stats, "none").conversion().value()).isEqualTo(0.0);
    assertThat(stage(stats, "none").conversion().text()).isEqualTo("0.00%");
    assertThat(stage(stats, "one").conversion().value()).isEqualTo(1.0);
    assertThat(stage(stats, "one").conversion().text()).isEqualTo("100.00%");
  }

  @Test
  void aConversionOverARangeStatesItsBoundsAloneNeverARatioOfTheMidpoint() {
    // "between 300 and 400" identified, 120 of them reviewed: 30% to 40%, not "34% (...)"
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel()
                .range("identified", null, 300, 400)
                .review("reviewed", "identified", 120, Selection.RANDOM)
                .count("in_scope", "reviewed", 45)
                .build());

    DerivedView c = stage(stats, "reviewed").conversion();
    assertThat(c.text())
        .isEqualTo("30% to 40% (by interval arithmetic over the ranges given or read)");
    assertThat(c.value()).isCloseTo(120.0 / 350, within(1e-12));
    assertThat(c.pointIsMidpoint()).isTrue();
    // an exact ratio rests on no midpoint
    assertThat(stage(stats, "in_scope").conversion().pointIsMidpoint()).isFalse();
    assertThat(stage(stats, "in_scope").conversion().text()).isEqualTo("37.50%");

    ExtrapolationView x = stage(stats, "in_scope").extrapolation();
    assertThat(x.estimate().pointIsMidpoint()).isTrue();
    assertThat(x.estimate().text())
        .startsWith("93 to 190 of the 300 to 400 'identified' (95% interval")
        .contains("no point estimate, as the population is given only as a range")
        .doesNotContain("about 1");
    assertThat(x.statement()).doesNotContain("about 130", "about 131");
  }

  @Test
  void anApproximateCountKeepsItsPointAsItsSourceGaveIt() {
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel()
                .about("identified", null, 1100)
                .review("reviewed", "identified", 300, Selection.RANDOM)
                .count("in_scope", "reviewed", 87)
                .build());

    DerivedView c = stage(stats, "reviewed").conversion();
    assertThat(c.pointIsMidpoint()).isFalse();
    assertThat(c.text()).startsWith("27.3% (26.1% to 28.6%");
    assertThat(stage(stats, "in_scope").extrapolation().estimate().text()).startsWith("about ");
  }

  @Test
  void anIntervalTenPointsWideGetsWholePercentages() {
    // 90 to 110 of exactly 100: 90% to 100% (a subset); 1.0 - 0.9 is 0.0999... in binary
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel().count("base", null, 100).range("part", "base", 90, 110).build());

    assertThat(stage(stats, "part").conversion().text())
        .isEqualTo("90% to 100% (by interval arithmetic over the ranges given or read)");
  }

  @Test
  void aRangeWithEqualEndsIsShownAsTheCountItIs() {
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel().stage("base", null, Snapshots.fig(10, 10).unhedged()).build());

    ValueView v = stage(stats, "base").value();
    assertThat(v.point()).isEqualTo(10.0);
    assertThat(v.pointIsMidpoint()).isFalse();
    assertThat(v.approximate()).isFalse();
    assertThat(v.method()).isEqualTo("as_reported");
  }

  @Test
  void aStageAboveABaseThatMayBeZeroHasNeitherBoundsNorAPoint() {
    // 2,000 to 3,000 of 0 to 5: any ratio would rest on a base the figures do not fix
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel().range("base", null, 0, 5).range("part", "base", 2000, 3000).build());

    DerivedView c = stage(stats, "part").conversion();
    assertThat(c.value()).isNull();
    assertThat(c.low()).isNull();
    assertThat(c.text()).isEqualTo("no point value (no bounds: the base may be zero)");
  }
}
