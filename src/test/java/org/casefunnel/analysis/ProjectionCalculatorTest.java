package org.casefunnel.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.casefunnel.analysis.Snapshots.stage;

import org.casefunnel.model.Selection;
import org.junit.jupiter.api.Test;

/**
 * A projection against the extrapolation it declares it estimates. The exact interval of 1,200 in
 * scope of 2,200 reviewed of 9,000 is 4,744 to 5,073 (docs/statistics.md, checked in
 * ExactHypergeometricIntervalTest); the logical bounds 1,200 to 8,000 are hand-derived.
 */
class ProjectionCalculatorTest {

  private static final double E = 1e-12;

  private static ProjectionCheckView check(Selection selection, long low, long high) {
    return check(Snapshots.funnel().count("identified", null, 9000), selection, low, high);
  }

  /** The seed's review of the given 'identified', and a projection of low to high. */
  private static ProjectionCheckView check(
      Snapshots identified, Selection selection, long low, long high) {
    return stage(
            StatisticsCalculator.compute(
                identified
                    .review("reviewed", "identified", 2200, selection)
                    .count("in_scope", "reviewed", 1200)
                    .projection("expected", "identified", low, high, "in_scope")
                    .build()),
            "expected")
        .projectionCheck();
  }

  @Test
  void aboveTheIntervalOfARandomReviewIsUnlikelyNotMoreThanTheDataAllow() {
    ProjectionCheckView p = check(Selection.RANDOM, 5200, 5500);

    assertThat(p.comparedWith()).isEqualTo("exact_interval");
    assertThat(p.relation()).isEqualTo("above");
    assertThat(p.relationToLogicalBounds()).isEqualTo("overlaps");
    // the share of what the counts allow, 5,200/8,000 to 100%, not of the interval's ends
    assertThat(p.shareOfExtrapolation().method()).isEqualTo("interval_arithmetic");
    assertThat(p.shareOfExtrapolation().low()).isCloseTo(5200.0 / 8000, within(E));
    assertThat(p.shareOfExtrapolation().high()).isEqualTo(1.0);
    assertThat(p.shareOfExtrapolation().value()).isNull();
    assertThat(p.shareOfExtrapolation().inputs()).containsEntry("whole.high", 8000L);
    assertThat(p.message())
        .isEqualTo(
            "The 5,200 to 5,500 'expected' lie above the exact 95% interval of 4,744 to 5,073"
                + " 'in_scope' among the 'identified': unlikely if the 2,200 'reviewed' were a"
                + " random sample, as declared, but not impossible: they are within the 1,200 to"
                + " 8,000 'in_scope' that the counts allow with no assumption, 65% to 100%"
                + " (by interval arithmetic over the ranges given or read) of them (at most 100%,"
                + " as they are among the 'in_scope').")
        .doesNotContain("more than the data allow")
        .doesNotContain("108.98%");
  }

  @Test
  void anApproximatePopulationsIntervalIsNotCalledExact() {
    ProjectionCheckView p =
        check(Snapshots.funnel().about("identified", null, 9000), Selection.RANDOM, 5200, 5500);

    assertThat(p.comparedWith()).isEqualTo("interval_over_range");
    assertThat(p.message()).contains("95% interval").doesNotContain("exact");
  }

  @Test
  void beyondTheLogicalBoundsOfARandomReviewIsMoreThanTheDataAllow() {
    ProjectionCheckView p = check(Selection.RANDOM, 8500, 8800);

    assertThat(p.relation()).isEqualTo("above");
    assertThat(p.relationToLogicalBounds()).isEqualTo("above");
    // 8,500/8,000 to 8,800/1,200, as for a review not known to be random
    assertThat(p.shareOfExtrapolation().low()).isCloseTo(8500.0 / 8000, within(E));
    assertThat(p.shareOfExtrapolation().high()).isCloseTo(8800.0 / 1200, within(E));
    assertThat(p.message())
        .startsWith(
            "The 8,500 to 8,800 'expected' exceed even the 1,200 to 8,000 'in_scope' that the"
                + " counts allow with no assumption, ")
        .endsWith(
            "and so the exact 95% interval of 4,744 to 5,073 'in_scope' among the 'identified':"
                + " more than the data allow, unless the definitions differ.");
  }

  @Test
  void partlyBeyondTheLogicalBoundsSaysWhichPart() {
    ProjectionCheckView p = check(Selection.RANDOM, 7900, 8200);

    assertThat(p.relationToLogicalBounds()).isEqualTo("overlaps");
    assertThat(p.message())
        .contains("but not impossible; in part they exceed even the 1,200 to 8,000 'in_scope'")
        .contains("(more than the data allow, unless the definitions differ)");
  }

  @Test
  void withinTheIntervalOfARandomReviewTheShareIsOfTheLogicalBounds() {
    ProjectionCheckView p = check(Selection.RANDOM, 2000, 3000);

    assertThat(p.relation()).isEqualTo("below");
    assertThat(p.relationToLogicalBounds()).isEqualTo("overlaps");
    assertThat(p.shareOfExtrapolation().low()).isCloseTo(0.25, within(E));
    assertThat(p.shareOfExtrapolation().high()).isEqualTo(1.0);
    assertThat(p.message())
        .isEqualTo(
            "The 2,000 to 3,000 'expected' lie below the exact 95% interval of 4,744 to 5,073"
                + " 'in_scope' among the 'identified' (random review); they are 25% to 100%"
                + " (by interval arithmetic over the ranges given or read) of the 1,200 to 8,000"
                + " 'in_scope' that the counts allow with no assumption.");
  }

  @Test
  void aReviewNotKnownToBeRandomIsComparedWithTheLogicalBoundsAlone() {
    ProjectionCheckView p = check(Selection.UNKNOWN, 5200, 5500);

    assertThat(p.comparedWith()).isEqualTo("logical_bounds");
    assertThat(p.relation()).isEqualTo("overlaps");
    assertThat(p.relationToLogicalBounds()).isEqualTo("overlaps");
    assertThat(p.message())
        .isEqualTo(
            "The 5,200 to 5,500 'expected' overlap the 1,200 to 8,000 'in_scope' logically"
                + " possible among the 'identified' (the random-sample assumption is not"
                + " established): they are 65% to 100% (by interval arithmetic over the"
                + " ranges given or read) of them (at most 100%, as they are among the"
                + " 'in_scope').");
  }

  @Test
  void aCensusIsComparedAsACompleteCountWithoutSamplingLanguage() {
    // 500 of 500 reviewed (selection unknown), 200 in scope: exactly 200, no assumption needed
    ProjectionCheckView p =
        stage(
                StatisticsCalculator.compute(
                    Snapshots.funnel()
                        .count("identified", null, 500)
                        .review("reviewed", "identified", 500, Selection.UNKNOWN)
                        .count("in_scope", "reviewed", 200)
                        .projection("expected", "identified", 250, 300, "in_scope")
                        .build()),
                "expected")
            .projectionCheck();

    assertThat(p.comparedWith()).isEqualTo("complete_count");
    assertThat(p.relation()).isEqualTo("above");
    assertThat(p.shareOfExtrapolation().value()).isCloseTo(275.0 / 200, within(E));
    assertThat(p.shareOfExtrapolation().low()).isCloseTo(250.0 / 200, within(E));
    assertThat(p.shareOfExtrapolation().high()).isCloseTo(300.0 / 200, within(E));
    assertThat(p.message())
        .isEqualTo(
            "The 250 to 300 'expected' exceed the 200 'in_scope' counted among the 'identified'"
                + " (every one was reviewed: a complete count): they are 125% to"
                + " 150% (by interval arithmetic over the ranges given or read) of them: more"
                + " than the data allow, unless the definitions differ.")
        .doesNotContain("random");
  }

  @Test
  void aProjectionIsComparedWithTheIntervalAsStatedAndSaysWhichRange() {
    // about 9,000 read as 8,500 to 9,500: computed 4,482 to 5,356, stated 4,400 to 5,400; a
    // projection of 5,370 to 5,390 overlaps what the text states, and the numbers say so
    ProjectionCheckView p =
        check(Snapshots.funnel().about("identified", null, 9000), Selection.RANDOM, 5370, 5390);
    assertThat(p.comparedWith()).isEqualTo("interval_over_range");
    assertThat(p.comparedLow()).isEqualTo(4400);
    assertThat(p.comparedHigh()).isEqualTo(5400);
    assertThat(p.relation()).isEqualTo("overlaps");
    assertThat(p.message()).contains("4,400 to 5,400");
    // against the logical bounds where the review was not random, and the exact interval
    ProjectionCheckView logical = check(Selection.UNKNOWN, 5370, 5390);
    assertThat(logical.comparedLow()).isEqualTo(1200);
    assertThat(logical.comparedHigh()).isEqualTo(8000);
    ProjectionCheckView exact = check(Selection.RANDOM, 5370, 5390);
    assertThat(exact.comparedLow()).isEqualTo(4744);
    assertThat(exact.comparedHigh()).isEqualTo(5073);
    assertThat(exact.relation()).isEqualTo("above");
  }
}
