package org.casefunnel.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.casefunnel.analysis.Snapshots;
import org.casefunnel.model.Selection;
import org.junit.jupiter.api.Test;

class ProjectionExceedsExtrapolationRuleTest {

  private final ProjectionExceedsExtrapolationRule rule = new ProjectionExceedsExtrapolationRule();

  private static Snapshots review() {
    return Snapshots.funnel()
        .count("identified", null, 9000)
        .review("reviewed", "identified", 2200, Selection.UNKNOWN)
        .count("in_scope", "reviewed", 1200);
  }

  @Test
  void aProjectionAboveWhatTheDataAllowIsWarned() {
    // the logical bounds are 1,200 to 8,000: 8,500 to 8,800 lies wholly above them
    assertThat(
            RuleRun.check(
                rule, review().projection("expected", "identified", 8500, 8800, "in_scope")))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo("projection_exceeds_extrapolation");
              assertThat(w.stage()).isEqualTo("expected");
              assertThat(w.message()).contains("in_scope");
            });
  }

  @Test
  void aboveTheIntervalOfARandomReviewIsWarnedAsUnlikelyNotAsImpossible() {
    // 5,200 to 5,500 is above the exact interval 4,744 to 5,073, within 1,200 to 8,000
    Snapshots random =
        Snapshots.funnel()
            .count("identified", null, 9000)
            .review("reviewed", "identified", 2200, Selection.RANDOM)
            .count("in_scope", "reviewed", 1200)
            .projection("expected", "identified", 5200, 5500, "in_scope");

    assertThat(RuleRun.check(rule, random))
        .singleElement()
        .satisfies(
            w ->
                assertThat(w.message())
                    .contains("unlikely if the 2,200 'reviewed' were a random sample")
                    .contains("within the 1,200 to 8,000 'in_scope' that the counts allow")
                    .doesNotContain("more than the data allow"));
  }

  @Test
  void aProjectionWithinTheLogicalBoundsIsNotWarned() {
    assertThat(
            RuleRun.check(
                rule, review().projection("expected", "identified", 2000, 3000, "in_scope")))
        .isEmpty();
  }

  @Test
  void aProjectionThatDeclaresNoExtrapolationIsNotCompared() {
    assertThat(RuleRun.check(rule, review().projection("expected", "identified", 8500, 8800, null)))
        .isEmpty();
  }
}
