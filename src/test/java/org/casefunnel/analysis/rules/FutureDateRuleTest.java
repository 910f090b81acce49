package org.casefunnel.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.analysis.Snapshots.fig;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.casefunnel.analysis.Snapshots;
import org.casefunnel.analysis.WarningView;
import org.casefunnel.model.FigureStatus;
import org.junit.jupiter.api.Test;

class FutureDateRuleTest {

  /** 2026-03-10 at noon UTC: the latest date anywhere (UTC+14) is 2026-03-11. */
  private final FutureDateRule rule =
      new FutureDateRule(Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC));

  @Test
  void aReportedFigureAsOfADateStillToComeIsWarnedAndKept() {
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .stage("a", null, fig(100).asOf("2999-01-01"))
                    .stage("b", "a", fig(50).asOf("2026-03-12").status(FigureStatus.PROVISIONAL))))
        .extracting(WarningView::code, WarningView::stage)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("date_in_future", "a"),
            org.assertj.core.groups.Tuple.tuple("date_in_future", "b"));
    assertThat(
            RuleRun.check(rule, Snapshots.funnel().stage("a", null, fig(100).asOf("2999-01-01")))
                .getFirst()
                .message())
        .isEqualTo(
            "The figure of 'a' is reported as of 2999-01-01, after today (2026-03-11): a count"
                + " cannot be known for a date still to come (only a projected or estimated figure"
                + " may look ahead); the figure is kept as given.");
  }

  @Test
  void projectedAndEstimatedFiguresMayLookAheadAndTodayAnywhereIsNotTheFuture() {
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .stage("a", null, fig(100).asOf("2026-03-11"))
                    .stage("b", "a", fig(50).asOf("2999-01-01").status(FigureStatus.PROJECTED))
                    .stage("c", "a", fig(40).asOf("2030-01-01").status(FigureStatus.ESTIMATED))))
        .isEmpty();
  }

  @Test
  void statementsAndSourcesDatedInTheFutureAreWarnedOnce() {
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .stage(
                        "a",
                        null,
                        fig(100).asOf("2026-01-01").statedIn("2027-01-01", "2027-02-01", null))
                    .stage("b", "a", fig(50).statedIn("2026-01-01", "2026-01-02", "2028-01-01"))))
        .extracting(WarningView::code, WarningView::stage, WarningView::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "date_in_future",
                null,
                "Statement 'st1' is made on 2027-01-01, after today (2026-03-11), which cannot be;"
                    + " the date is kept as given."),
            org.assertj.core.groups.Tuple.tuple(
                "date_in_future",
                null,
                "Source 'src1' is published on 2027-02-01, after today (2026-03-11), which cannot"
                    + " be; the date is kept as given."),
            org.assertj.core.groups.Tuple.tuple(
                "date_in_future",
                null,
                "Source 'src1' is retrieved on 2028-01-01, after today (2026-03-11), which cannot"
                    + " be; the date is kept as given."));
  }
}
