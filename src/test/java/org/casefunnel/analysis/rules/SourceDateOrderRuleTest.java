package org.casefunnel.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.casefunnel.analysis.Snapshots.fig;

import org.casefunnel.analysis.Snapshots;
import org.casefunnel.analysis.WarningView;
import org.casefunnel.model.FigureStatus;
import org.junit.jupiter.api.Test;

class SourceDateOrderRuleTest {

  private final SourceDateOrderRule rule = new SourceDateOrderRule();

  @Test
  void aReportedFigureDatedAfterEverySourceItRestsOnIsWarned() {
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .stage(
                        "a",
                        null,
                        fig(100)
                            .asOf("2026-05-01")
                            .statedIn(null, "2026-01-15", null)
                            .statedIn(null, "2026-02-15", null))))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo("figure_dated_after_source");
              assertThat(w.stage()).isEqualTo("a");
              assertThat(w.message())
                  .isEqualTo(
                      "The figure of 'a' is reported as of 2026-05-01, after every source it rests"
                          + " on was published (the latest on 2026-02-15): a source cannot report"
                          + " a count for a later date; the figure is kept as given.");
            });
  }

  @Test
  void aFigureDatedOnOrBeforeASourceOrProjectedOrWithAnUndatedSourceIsNotWarned() {
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .stage(
                        "a", null, fig(100).asOf("2026-02-15").statedIn(null, "2026-02-15", null))
                    .stage(
                        "b",
                        "a",
                        fig(50)
                            .asOf("2026-05-01")
                            .statedIn(null, "2026-01-15", null)
                            .statedIn(null, null, null))
                    .stage(
                        "c",
                        "a",
                        fig(40, 60)
                            .asOf("2027-01-01")
                            .status(FigureStatus.PROJECTED)
                            .statedIn(null, "2026-01-15", null))))
        .isEmpty();
  }

  @Test
  void aStatementMadeAfterItsSourceAndASourceRetrievedBeforeItsPublicationAreWarned() {
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .stage(
                        "a",
                        null,
                        fig(100)
                            .statedIn("2026-01-16", "2026-01-15", "2026-01-14")
                            .statedIn("2026-01-15", "2026-01-15", "2026-01-15"))))
        .extracting(WarningView::code, WarningView::stage, WarningView::message)
        .containsExactly(
            tuple(
                "statement_after_source",
                null,
                "Statement 'st1' is made on 2026-01-16, after its source 'src1' was published"
                    + " (2026-01-15), which cannot report it; the dates are kept as given."),
            tuple(
                "retrieved_before_published",
                null,
                "Source 'src1' is retrieved on 2026-01-14, before it was published (2026-01-15);"
                    + " the dates are kept as given."));
  }
}
