package org.casefunnel.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.analysis.Snapshots.fig;

import org.casefunnel.analysis.Snapshots;
import org.casefunnel.analysis.WarningView;
import org.casefunnel.model.FigureStatus;
import org.junit.jupiter.api.Test;

class InputQualityRuleTest {

  private final InputQualityRule rule = new InputQualityRule();

  @Test
  void anApproximateCountSaysHowItIsReadAndThatTheWidthIsCarried() {
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .stage(
                        "a",
                        null,
                        fig(1200).approximate().wording("about 1,200").asOf("2025-01-31"))))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo("approximate_input");
              // the documented reading: given to the hundred, so plus or minus 50
              assertThat(w.message())
                  .isEqualTo(
                      "'a' is approximate (\"about 1,200\" read as 1,150 to 1,250): numbers"
                          + " derived from it carry that width, by interval arithmetic.");
            });
  }

  @Test
  void aRangeIsReadAsGiven() {
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .stage(
                        "a", null, fig(2000, 3000).wording("2,000 or 3,000").asOf("2025-01-31"))))
        .extracting(WarningView::message)
        .containsExactly(
            "'a' is a range (\"2,000 or 3,000\" read as 2,000 to 3,000): numbers derived from it"
                + " carry that width, by interval arithmetic.");
  }

  @Test
  void estimatesProjectionsAndProvisionalFiguresAreNotCounts() {
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .stage("e", null, fig(10).status(FigureStatus.ESTIMATED).asOf("2025-01-31"))
                    .stage("p", null, fig(10).status(FigureStatus.PROJECTED).asOf("2025-01-31"))
                    .stage("v", null, fig(10).status(FigureStatus.PROVISIONAL).asOf("2025-01-31"))))
        .allSatisfy(w -> assertThat(w.code()).isEqualTo("not_a_count"))
        .extracting(WarningView::stage)
        .containsExactly("e", "p", "v");
  }

  @Test
  void anUndatedFigureIsWarned() {
    assertThat(RuleRun.check(rule, Snapshots.funnel().count("a", null, 10)))
        .extracting(WarningView::code)
        .containsExactly("unknown_as_of");
  }

  @Test
  void anExactReportedDatedCountIsNotWarned() {
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel().stage("a", null, fig(10).asOf("2025-01-31")).empty("b", "a")))
        .isEmpty();
  }
}
