package org.casefunnel.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.casefunnel.analysis.Snapshots;
import org.casefunnel.model.Selection;
import org.junit.jupiter.api.Test;

class RepresentativenessRuleTest {

  private final RepresentativenessRule rule = new RepresentativenessRule();

  private static Snapshots review(Selection selection) {
    return Snapshots.funnel()
        .count("identified", null, 9000)
        .review("reviewed", "identified", 2200, selection)
        .count("in_scope", "reviewed", 1200);
  }

  @Test
  void anExtrapolationFromAReviewNotKnownToBeRandomIsWarnedWithTheStatement() {
    assertThat(RuleRun.check(rule, review(Selection.UNKNOWN)))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo("representativeness_not_established");
              assertThat(w.stage()).isEqualTo("in_scope");
              assertThat(w.message()).startsWith("Without any assumption, 1,200 to 8,000");
            });
    assertThat(RuleRun.check(rule, review(Selection.NOT_RANDOM))).hasSize(1);
  }

  @Test
  void aRandomReviewIsNotWarned() {
    assertThat(RuleRun.check(rule, review(Selection.RANDOM))).isEmpty();
  }

  @Test
  void aReviewOfEveryCaseIsNotWarnedHoweverTheyWereChosen() {
    for (Selection selection : Selection.values()) {
      assertThat(
              RuleRun.check(
                  rule,
                  Snapshots.funnel()
                      .count("identified", null, 100)
                      .review("reviewed", "identified", 100, selection)
                      .count("in_scope", "reviewed", 30)))
          .as("%s", selection)
          .isEmpty();
    }
  }

  @Test
  void noExtrapolationNoWarning() {
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .count("identified", null, 9000)
                    .count("in_scope", "identified", 12)))
        .isEmpty();
  }
}
