package org.casefunnel.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.casefunnel.analysis.Snapshots.stage;

import java.util.List;
import org.casefunnel.model.Selection;
import org.junit.jupiter.api.Test;

/**
 * The extrapolations and projection checks as a function of a hand-built snapshot, one test per
 * defect of issue 14: a full review is a complete count, the seed leads with logical bounds, a
 * projection is compared only with the stage it declares (whatever the order of the stages), and a
 * review of a review is not extrapolated. Expected values are hand-derived or taken from the
 * statistics package's own reference-tested classes.
 */
class StatisticsCalculatorExtrapolationTest {

  private static final double E = 1e-12;

  @Test
  void aFullReviewIsExactAndItsOverallConversionIsNotCalledALowerBound() {
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel()
                .count("identified", null, 500)
                .review("reviewed", "identified", 500, Selection.UNKNOWN)
                .count("in_scope", "reviewed", 120)
                .build());

    StageStatisticsView inScope = stage(stats, "in_scope");
    assertThat(inScope.conversion().low()).isNull();
    assertThat(inScope.extrapolation().logicalBounds().low()).isEqualTo(120.0);
    assertThat(inScope.extrapolation().logicalBounds().high()).isEqualTo(120.0);
    assertThat(inScope.extrapolation().estimate().low()).isEqualTo(120.0);
    assertThat(inScope.extrapolation().estimate().high()).isEqualTo(120.0);
    // a complete count, not a hypergeometric interval at a confidence level
    assertThat(inScope.extrapolation().estimate().method()).isEqualTo("complete_count");
    assertThat(inScope.extrapolation().estimate().inputs())
        .containsOnlyKeys("population", "sample", "in_scope");
    assertThat(inScope.notes()).noneMatch(n -> n.contains("lower bound"));
    // a census: exact, in words too, with no sampling caveat
    assertThat(inScope.extrapolation().assumption()).isEqualTo("holds");
    assertThat(inScope.extrapolation().estimate().text())
        .isEqualTo("120 of the 500 'identified', exactly: every one was reviewed");
    assertThat(inScope.extrapolation().statement())
        .isEqualTo(
            "Every one of the 500 'identified' was reviewed ('reviewed'), so exactly 120 of them"
                + " are 'in_scope': a complete count, with no sampling error and no assumption"
                + " about how they were chosen.")
        .doesNotContain("about 120", "may be", "random sample");
  }

  @Test
  void theSeedLeadsWithLogicalBoundsAndComparesTheProjectionWithThem() {
    List<StageStatisticsView> stats = StatisticsCalculator.compute(seed().build());

    ExtrapolationView e = stage(stats, "in_scope").extrapolation();
    assertThat(e.logicalBounds().method()).isEqualTo("logical_bounds");
    assertThat(e.logicalBounds().value()).isNull();
    assertThat(e.logicalBounds().low()).isEqualTo(1200.0);
    assertThat(e.logicalBounds().high()).isEqualTo(8000.0);
    assertThat(e.estimate().method()).isEqualTo("exact_hypergeometric");
    assertThat(e.statement())
        .startsWith("Without any assumption, 1,200 to 8,000 of the 9,000 'identified' may be");
    assertThat(e.estimate().text()).startsWith("about 4,900 of the 9,000 'identified' (exact 95%");
    ProjectionCheckView p = stage(stats, "reinvestigation_expected").projectionCheck();
    assertThat(p.extrapolatedStage()).isEqualTo("in_scope");
    assertThat(p.comparedWith()).isEqualTo("logical_bounds");
    assertThat(p.relation()).isEqualTo("overlaps");
    // 2,000 / 8,000 = 25%; at most 100%, since the reinvestigations are among those in scope
    assertThat(p.shareOfExtrapolation().low()).isCloseTo(0.25, within(E));
    assertThat(p.shareOfExtrapolation().high()).isEqualTo(1.0);
    assertThat(p.shareOfExtrapolation().value()).isNull();
  }

  @Test
  void oneFoundInOneReviewedAllowsTwentySixToAThousand() {
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel()
                .count("identified", null, 1000)
                .review("reviewed", "identified", 1, Selection.RANDOM)
                .count("in_scope", "reviewed", 1)
                .build());

    DerivedView estimate = stage(stats, "in_scope").extrapolation().estimate();
    assertThat(estimate.low()).isEqualTo(26.0);
    assertThat(estimate.high()).isEqualTo(1000.0);
  }

  @Test
  void aProjectionIsComparedOnlyWithTheStageItDeclaresWhateverTheOrder() {
    Snapshots forward =
        seed().count("not_duplicate", "reviewed", 2100).count("sibling", "identified", 7000);
    List<StageStatisticsView> stats = StatisticsCalculator.compute(forward.build());

    assertThat(stage(stats, "reinvestigation_expected").projectionCheck().extrapolatedStage())
        .isEqualTo("in_scope");
    StageStatisticsView sibling = stage(stats, "sibling");
    assertThat(sibling.projectionCheck()).isNull();
    assertThat(sibling.notes()).anyMatch(n -> n.startsWith("Not compared with any extrapolation"));
  }

  @Test
  void aProjectionAboveItsExtrapolationGetsItsTrueRatio() {
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel()
                .count("identified", null, 9000)
                .review("reviewed", "identified", 2200, Selection.UNKNOWN)
                .count("in_scope", "reviewed", 1200)
                .projection("expected", "identified", 8500, 8800, "in_scope")
                .build());

    ProjectionCheckView p = stage(stats, "expected").projectionCheck();
    assertThat(p.relation()).isEqualTo("above");
    // hand-derived against the logical bounds 1,200 to 8,000: 8,500/8,000 to 8,800/1,200
    assertThat(p.shareOfExtrapolation().low()).isCloseTo(8500.0 / 8000, within(E));
    assertThat(p.shareOfExtrapolation().high()).isCloseTo(8800.0 / 1200, within(E));
  }

  @Test
  void aReviewOfAReviewIsNotExtrapolated() {
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel()
                .count("identified", null, 9000)
                .review("reviewed", "identified", 2200, Selection.UNKNOWN)
                .review("second_review", "reviewed", 100, Selection.RANDOM)
                .build());

    StageStatisticsView second = stage(stats, "second_review");
    assertThat(second.extrapolation()).isNull();
    assertThat(second.notes()).anyMatch(n -> n.contains("'second_review' is itself a selection"));
  }

  @Test
  void theProjectionVerdictDoesNotDependOnWhichExtrapolatedStageIsListedFirst() {
    Snapshots duplicatesFirst =
        Snapshots.funnel()
            .count("identified", null, 9000)
            .review("reviewed", "identified", 2200, Selection.UNKNOWN)
            .count("not_duplicate", "reviewed", 2100)
            .count("in_scope", "reviewed", 1200)
            .projection("expected", "identified", 2000, 3000, "in_scope");
    Snapshots scopeFirst =
        Snapshots.funnel()
            .count("identified", null, 9000)
            .review("reviewed", "identified", 2200, Selection.UNKNOWN)
            .count("in_scope", "reviewed", 1200)
            .count("not_duplicate", "reviewed", 2100)
            .projection("expected", "identified", 2000, 3000, "in_scope");

    ProjectionCheckView a =
        stage(StatisticsCalculator.compute(duplicatesFirst.build()), "expected").projectionCheck();
    ProjectionCheckView b =
        stage(StatisticsCalculator.compute(scopeFirst.build()), "expected").projectionCheck();
    assertThat(a).isEqualTo(b);
    assertThat(a.extrapolatedStage()).isEqualTo("in_scope");
    assertThat(a.relation()).isEqualTo("overlaps");
  }

  @Test
  void aReviewOfAReviewIsNamedWithItsOwnBase() {
    // i = 1,000; r = 200 of i (not random); r2 = 50 of r (random); s = 20 found in r2
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel()
                .count("i", null, 1000)
                .review("r", "i", 200, Selection.NOT_RANDOM)
                .review("r2", "r", 50, Selection.RANDOM)
                .count("s", "r2", 20)
                .build());

    assertThat(stage(stats, "s").notes())
        .contains(
            "The overall conversion counts only what was found among the 'r2' (a partial review"
                + " of the 'r'), so it is a lower bound: the share among all the 'i' may be"
                + " higher (see the extrapolation, where there is one).")
        .noneMatch(n -> n.contains("a partial review of the 'i'"));
  }

  @Test
  void aReviewNotChosenAtRandomGivesItsSamplingFigureAsAnIllustrationInOneSentence() {
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel()
                .count("i", null, 1000)
                .review("r", "i", 200, Selection.NOT_RANDOM)
                .count("s", "r", 50)
                .build());

    assertThat(stage(stats, "s").extrapolation().statement())
        .contains(
            " not selected at random, so no sampling interval applies. For illustration only:"
                + " only if they were a random sample would ")
        .doesNotContain("only: Only");
  }

  @Test
  void aReviewOfMoreThanItsBaseIsNotCalledPossiblyPartial() {
    // 650 reviewed of 500 identified: stage_exceeds_base's matter, not a lower bound's
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel()
                .count("i", null, 500)
                .review("r", "i", 650, Selection.UNKNOWN)
                .count("s", "r", 320)
                .build());

    assertThat(stage(stats, "s").notes()).noneMatch(n -> n.contains("may not have covered all"));
  }

  /** The seed funnel's case chain, as the article gives it. */
  private static Snapshots seed() {
    return Snapshots.funnel()
        .count("identified", null, 9000)
        .review("reviewed", "identified", 2200, Selection.UNKNOWN)
        .count("in_scope", "reviewed", 1200)
        .projection("reinvestigation_expected", "identified", 2000, 3000, "in_scope");
  }
}
