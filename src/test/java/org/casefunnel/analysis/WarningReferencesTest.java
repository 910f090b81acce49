package org.casefunnel.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casefunnel.analysis.rules.StageExceedsBaseRule;
import org.casefunnel.model.Selection;
import org.junit.jupiter.api.Test;

/**
 * A note that points to a warning points to one that the same answer contains: the calculators and
 * the stage_exceeds_base rule run on hand-built snapshots, without Quarkus or entities.
 */
class WarningReferencesTest {

  private static final String POINTER = "see the warning stage_exceeds_base";

  @Test
  void everyNotePointingToStageExceedsBaseHasThatWarning() {
    List<FunnelSnapshot> funnels =
        List.of(
            Snapshots.funnel().count("base", null, 100).count("part", "base", 150).build(),
            Snapshots.funnel()
                .count("identified", null, 9000)
                .review("reviewed", "identified", 100, Selection.RANDOM)
                .count("in_scope", "reviewed", 130)
                .build(),
            Snapshots.funnel()
                .count("identified", null, 90)
                .review("reviewed", "identified", 100, Selection.RANDOM)
                .count("in_scope", "reviewed", 10)
                .build(),
            Snapshots.funnel()
                .range("identified", null, 90, 200)
                .review("reviewed", "identified", 100, Selection.RANDOM)
                .count("in_scope", "reviewed", 10)
                .build());
    int pointers = 0;
    for (FunnelSnapshot funnel : funnels) {
      List<StageStatisticsView> stats = StatisticsCalculator.compute(funnel);
      List<WarningView> warnings = new StageExceedsBaseRule().check(context(funnel, stats));
      for (StageStatisticsView s : stats) {
        for (String note : s.notes()) {
          if (note.contains(POINTER)) {
            pointers++;
            // the warning stands on the stage named after "on", else on the stage itself
            int on = note.indexOf(POINTER + " on '");
            String stage =
                on < 0
                    ? s.key()
                    : note.substring(
                        on + POINTER.length() + 5, note.indexOf('\'', on + POINTER.length() + 5));
            assertThat(warnings)
                .as("warning for %s, pointed to by: %s", stage, note)
                .anyMatch(w -> w.code().equals("stage_exceeds_base") && stage.equals(w.stage()));
          }
        }
      }
    }
    // the cases above point to the warning: a part above its base, more found than reviewed, more
    // reviewed than identified
    assertThat(pointers).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aReviewThatMayExceedARangedPopulationPointsToItsMayBeLargerWarning() {
    // 100 reviewed of 90 to 200 identified: as read, the review may exceed the population
    FunnelSnapshot funnel =
        Snapshots.funnel()
            .range("identified", null, 90, 200)
            .review("reviewed", "identified", 100, Selection.RANDOM)
            .count("in_scope", "reviewed", 10)
            .build();
    List<StageStatisticsView> stats = StatisticsCalculator.compute(funnel);

    assertThat(new StageExceedsBaseRule().check(context(funnel, stats)))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.stage()).isEqualTo("reviewed");
              assertThat(w.message()).contains("may be larger");
            });
    assertThat(Snapshots.stage(stats, "in_scope").notes())
        .anyMatch(
            n ->
                n.contains(
                    "more may have been reviewed than there are to review (see the warning"
                        + " stage_exceeds_base on 'reviewed')."));
  }

  @Test
  void aReviewLargerThanAnyValueOfItsPopulationIsSaidToBeLargerNotThatItMayBe() {
    // 650 reviewed of 500 identified: certainly more than there are
    FunnelSnapshot funnel =
        Snapshots.funnel()
            .count("identified", null, 500)
            .review("reviewed", "identified", 650, Selection.RANDOM)
            .count("in_scope", "reviewed", 100)
            .build();
    List<StageStatisticsView> stats = StatisticsCalculator.compute(funnel);

    assertThat(Snapshots.stage(stats, "in_scope").notes())
        .anyMatch(
            n ->
                n.contains(
                    "more were reviewed than there are to review (see the warning"
                        + " stage_exceeds_base on 'reviewed')."))
        .noneMatch(n -> n.contains("may have been reviewed"));
  }

  private static StatisticsContext context(FunnelSnapshot funnel, List<StageStatisticsView> stats) {
    return StatisticsContext.of(funnel, stats);
  }
}
