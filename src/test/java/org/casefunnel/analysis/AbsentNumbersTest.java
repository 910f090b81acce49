package org.casefunnel.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.analysis.Snapshots.stage;

import java.time.LocalDate;
import java.util.List;
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
        .contains("No conversion: the base stage 'identified' has no figure.")
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
}
