package org.casefunnel.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.analysis.Snapshots.fig;
import static org.casefunnel.analysis.Snapshots.stage;

import java.time.LocalDate;
import java.util.List;
import org.casefunnel.model.Selection;
import org.junit.jupiter.api.Test;

/** Every number the statistics leave out says why, in the stage's notes. */
class AbsentNumbersTest {

  @Test
  void everyStageWithoutAFigureOrWithoutABaseFigureSaysWhy() {
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel()
                .empty("identified", null)
                .count("reviewed", "identified", 10)
                .build());

    assertThat(stage(stats, "identified").notes()).containsExactly("The stage has no figure.");
    assertThat(stage(stats, "reviewed").notes())
        .contains("No conversion or drop-off: the base stage 'identified' has no figure.")
        .anyMatch(n -> n.startsWith("No overall conversion"));
  }

  @Test
  void aStageWhoseFiguresAreAllDeprecatedSaysSoRatherThanNoFigure() {
    List<StageStatisticsView> now =
        StatisticsCalculator.compute(Snapshots.funnel().onlyDeprecated("identified", null).build());
    List<StageStatisticsView> dated =
        StatisticsCalculator.compute(
            Snapshots.funnel()
                .onlyDeprecated("identified", null)
                .asOf(LocalDate.of(2026, 3, 1))
                .build());

    assertThat(stage(now, "identified").notes())
        .containsExactly(
            "The stage has no figure in use: every figure recorded for it is ranked deprecated"
                + " (kept on record as wrong, not counted).");
    assertThat(stage(dated, "identified").notes())
        .containsExactly(
            "The stage has no figure in use dated on or before 2026-03-01: every figure it has up"
                + " to then, undated ones included, is ranked deprecated (kept on record as wrong,"
                + " not counted).");
  }

  @Test
  void aFirstStageSaysItHasNoStageBeforeItToConvertFrom() {
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(Snapshots.funnel().count("identified", null, 9000).build());

    assertThat(stage(stats, "identified").notes())
        .containsExactly(
            "No conversion, drop-off or overall conversion: this is the first stage of its chain,"
                + " with no base stage to convert from.");
  }

  @Test
  void aReviewSaysItsDropOffIsNoLossOfCases() {
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel()
                .count("identified", null, 9000)
                .review("reviewed", "identified", 2200, Selection.UNKNOWN)
                .build());

    assertThat(stage(stats, "reviewed").dropOff()).isNull();
    assertThat(stage(stats, "reviewed").notes())
        .containsExactly(
            "No drop-off: a review's drop-off is not a loss of cases; the 'identified' not"
                + " reviewed were not looked at, not ruled out (see the coverage).");
  }

  @Test
  void aStageOfAnotherUnitSaysWhyItHasNoOverallConversion() {
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel()
                .other("monthly", null, "sexual offence", fig(2000).approximate().period("month"))
                .other("csa", "monthly", "sexual offence", fig(1000).approximate().period("month"))
                .build());

    assertThat(stage(stats, "csa").conversion()).isNotNull();
    assertThat(stage(stats, "csa").overallConversion()).isNull();
    assertThat(stage(stats, "csa").notes())
        .contains(
            "No overall conversion: it is given only for stages counting the funnel's unit"
                + " (case), not a rate; this stage counts sexual offences per month.");
  }

  @Test
  void aStageWithEveryNumberItCanHaveHasNoNotes() {
    List<StageStatisticsView> stats =
        StatisticsCalculator.compute(
            Snapshots.funnel()
                .count("identified", null, 9000)
                .count("charged", "identified", 50)
                .build());

    assertThat(stage(stats, "charged").notes()).isEmpty();
  }
}
