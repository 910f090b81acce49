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
