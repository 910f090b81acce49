package org.casefunnel.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.analysis.Snapshots.fig;

import org.casefunnel.analysis.Snapshots;
import org.junit.jupiter.api.Test;

class BreakdownRuleTest {

  private final BreakdownRule rule = new BreakdownRule();

  @Test
  void partsThatCannotAddUpToTheWholeAreWarned() {
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .stage("cases", null, fig(100).part("type", "a", 30).part("type", "b", 40))))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo("breakdown_does_not_add_up");
              assertThat(w.stage()).isEqualTo("cases");
              assertThat(w.message())
                  .startsWith("The parts of 'cases' by type (")
                  .endsWith(") cannot add up to the whole (100); they are kept as given.");
            });
  }

  @Test
  void partsThatAddUpOrMayAddUpAreNotWarned() {
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .stage("exact", null, fig(100).part("type", "a", 60).part("type", "b", 40))
                    .stage(
                        "ranged",
                        null,
                        fig(100).part("type", "a", 50).partRange("type", "b", 20, 60))))
        .isEmpty();
  }

  @Test
  void aFigureWithoutBreakdownIsNotWarned() {
    assertThat(RuleRun.check(rule, Snapshots.funnel().count("cases", null, 100))).isEmpty();
  }
}
