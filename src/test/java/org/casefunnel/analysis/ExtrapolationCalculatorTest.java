package org.casefunnel.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.analysis.Snapshots.stage;

import org.casefunnel.analysis.rules.InputQualityRule;
import org.casefunnel.model.FigureStatus;
import org.casefunnel.model.Selection;
import org.junit.jupiter.api.Test;

/**
 * The extrapolation's words when the population is itself approximate: "about 9,000" reads 8,500 to
 * 9,500 (ApproximateCount), so 6,300 to 7,300 were not reviewed (hand-derived), and the interval
 * joins the exact intervals over those sizes (Extrapolations, checked in ExtrapolationsTest).
 */
class ExtrapolationCalculatorTest {

  private static ExtrapolationView extrapolation(Selection selection) {
    return stage(
            StatisticsCalculator.compute(
                Snapshots.funnel()
                    .about("identified", null, 9000)
                    .review("reviewed", "identified", 2200, selection)
                    .count("in_scope", "reviewed", 1200)
                    .build()),
            "in_scope")
        .extrapolation();
  }

  @Test
  void anApproximatePopulationIsNeitherExactNorSamplingErrorOnly() {
    ExtrapolationView e = extrapolation(Selection.RANDOM);

    assertThat(e.estimate().method()).isEqualTo("hypergeometric_over_range");
    assertThat(e.estimate().text())
        .startsWith("about 4,900 of about 9,000 (read as 8,500 to 9,500) 'identified' (95%")
        // 4,482 to 5,356 computed over the reading: its unit digits are the reading's, no source's
        .contains("(95% interval 4,400 to 5,400, joining the exact intervals")
        .contains(", joining the exact intervals for every population size read)")
        .doesNotContain("exact 95%");
    assertThat(e.statement())
        .contains(
            "; that interval counts sampling error and the population's width as read (8,500 to"
                + " 9,500), nothing else.")
        .endsWith(
            "1,200 to 8,500 of about 9,000 (read as 8,500 to 9,500) 'identified' may be"
                + " 'in_scope': at least the 1,200 found, at most those plus the 6,300 to 7,300"
                + " not reviewed.")
        .doesNotContain("sampling error only")
        .doesNotContain("exact 95%");
  }

  @Test
  void anExactPopulationKeepsItsExactIntervalAndOneCountNotReviewed() {
    ExtrapolationView e =
        stage(
                StatisticsCalculator.compute(
                    Snapshots.funnel()
                        .count("identified", null, 9000)
                        .review("reviewed", "identified", 2200, Selection.UNKNOWN)
                        .count("in_scope", "reviewed", 1200)
                        .build()),
                "in_scope")
            .extrapolation();

    assertThat(e.estimate().method()).isEqualTo("exact_hypergeometric");
    assertThat(e.statement())
        .contains("at most those plus the 6,800 not reviewed.")
        .endsWith(
            "(exact 95% interval 4,744 to 5,073) be 'in_scope'; that interval counts sampling error only.");
  }

  @Test
  void aProjectionUnderAReviewIsNotExtrapolatedAsIfFound() {
    // 500 'projected' among 2,200 reviewed is no finding of the review: no "at least the 500
    // found", no sampling interval
    StageStatisticsView s =
        stage(
            StatisticsCalculator.compute(
                Snapshots.funnel()
                    .count("identified", null, 9000)
                    .review("reviewed", "identified", 2200, Selection.RANDOM)
                    .stage(
                        "in_scope", "reviewed", Snapshots.fig(500).status(FigureStatus.PROJECTED))
                    .build()),
            "in_scope");

    assertThat(s.extrapolation()).isNull();
    assertThat(s.notes())
        .contains(
            "No extrapolation to 'identified': the figure of 'in_scope' is projected, not a count"
                + " of what the review found or covered.");
  }

  @Test
  void anEstimatedNumberReviewedIsNoSampleEither() {
    StageStatisticsView s =
        stage(
            StatisticsCalculator.compute(
                Snapshots.funnel()
                    .count("identified", null, 9000)
                    .review(
                        "reviewed",
                        "identified",
                        Snapshots.fig(2200).status(FigureStatus.ESTIMATED),
                        Selection.RANDOM)
                    .count("in_scope", "reviewed", 1200)
                    .build()),
            "in_scope");

    assertThat(s.extrapolation()).isNull();
    assertThat(s.notes())
        .contains(
            "No extrapolation to 'identified': the figure of 'reviewed' is estimated, not a count"
                + " of what the review found or covered.");
  }

  private static ExtrapolationView randomReview(long population, long reviewed, long found) {
    return stage(
            StatisticsCalculator.compute(
                Snapshots.funnel()
                    .count("identified", null, population)
                    .review("reviewed", "identified", reviewed, Selection.RANDOM)
                    .count("in_scope", "reviewed", found)
                    .build()),
            "in_scope")
        .extrapolation();
  }

  @Test
  void oneCaseReviewedLeadsWithTheIntervalNotWithAllOfThem() {
    // 1 of 1 reviewed of 1,000: K/1000 > 2.5% first at K = 26 (docs/statistics.md)
    ExtrapolationView e = randomReview(1000, 1, 1);

    assertThat(e.statement())
        .startsWith(
            "The 1 'reviewed' was selected at random, so 26 to 1,000 of the 1,000 'identified'"
                + " (exact 95% interval; point estimate about 1,000) are 'in_scope';")
        .doesNotContain("so about 1,000");
  }

  @Test
  void noneFoundIsNotSaidAsAboutNone() {
    ExtrapolationView e = randomReview(9000, 2200, 0);

    assertThat(e.estimate().text()).startsWith("0 to ").contains("point estimate 0)");
    assertThat(e.statement())
        .contains("none found, at most the 6,800 not reviewed")
        .doesNotContain("about 0")
        .doesNotContain("the 0 found");
  }

  @Test
  void aPointIntervalIsGivenAsItsTwoEnds() {
    // 1 in scope of 84 reviewed of 85: the interval is [1, 1] (ExtrapolationsTest)
    ExtrapolationView e = randomReview(85, 84, 1);

    assertThat(e.estimate().text()).contains("(exact 95% interval 1 to 1)");
    assertThat(e.statement()).contains(" is 'in_scope'");
  }

  @Test
  void aRangeWithEqualEndsIsReadAsTheCountItIs() {
    // "10 to 10" of 20 reviewed at random of 100: the same numbers as a count of 10 everywhere
    StatisticsContext context =
        StatisticsContext.of(
            Snapshots.funnel()
                .count("identified", null, 100)
                .review("reviewed", "identified", 20, Selection.RANDOM)
                .stage("in_scope", "reviewed", Snapshots.fig(10, 10).unhedged())
                .build());
    StageStatisticsView s = context.stage("in_scope").orElseThrow().statistics();
    ExtrapolationView asCount = randomReview(100, 20, 10);

    assertThat(s.conversion().method()).isEqualTo("ratio");
    assertThat(s.extrapolation()).isEqualTo(asCount);
    assertThat(new InputQualityRule().check(context))
        .noneMatch(w -> w.code().equals("approximate_input"));
  }

  @Test
  void theVerbAgreesWithTheCountTheTextLeadsWith() {
    // 1 in scope of 2 reviewed of 3: "about 2 ... are", never "is"
    assertThat(randomReview(3, 2, 1).statement()).contains(" are 'in_scope'");
  }

  private static ExtrapolationView oneFoundIn(long population, boolean approximate, long found) {
    Snapshots funnel = Snapshots.funnel();
    funnel =
        approximate
            ? funnel.about("identified", null, population)
            : funnel.count("identified", null, population);
    return stage(
            StatisticsCalculator.compute(
                funnel
                    .review("reviewed", "identified", 1000, Selection.RANDOM)
                    .count("in_scope", "reviewed", found)
                    .build()),
            "in_scope")
        .extrapolation();
  }

  @Test
  void aPointEstimateIsNeverRoundedAwayFromItsOwnFirstDigit() {
    // 1 of 1,000 reviewed of 40,000: N·x/n = 40 in an interval of 2 to 220 (hand-derived point;
    // the interval's width alone would round it to the hundreds, "about 0")
    assertThat(oneFoundIn(40_000, false, 1).estimate().text())
        .contains("point estimate about 40)")
        .doesNotContain("about 0");
    assertThat(oneFoundIn(4_000_000, false, 1).estimate().text())
        .contains("point estimate about 4,000)");
    // 3 of 1,000 of about 2,000,000: 6,000, not "about 10,000"
    assertThat(oneFoundIn(2_000_000, true, 3).estimate().text()).contains("about 6,000");
  }
}
