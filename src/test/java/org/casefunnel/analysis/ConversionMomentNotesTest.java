package org.casefunnel.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.analysis.Snapshots.fig;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A conversion says when its figure and its base are not known to hold at the same moment, so a
 * ratio of an undated "nearly half" to a dated base is never read as a share at one time.
 */
class ConversionMomentNotesTest {

  private static List<String> notesOf(Snapshots funnel, String key) {
    return Snapshots.stage(StatisticsCalculator.compute(funnel.build()), key).notes();
  }

  @Test
  void anUndatedFigureOverADatedBaseIsNotKnownToHoldAtTheSameMoment() {
    Snapshots funnel =
        Snapshots.funnel()
            .stage("reviewed", null, fig(655).asOf("2026-05-31"))
            .stage("multi_suspect", "reviewed", fig(190));

    assertThat(notesOf(funnel, "multi_suspect"))
        .contains(
            "The figure has no date and its base 'reviewed' holds as of 2026-05-31: they are not"
                + " known to hold at the same moment, so the conversion may compare different ones"
                + " (see the warning unknown_as_of).");
  }

  @Test
  void aDatedFigureOverAnUndatedBasePointsToTheBasesWarning() {
    Snapshots funnel =
        Snapshots.funnel()
            .stage("reviewed", null, fig(655))
            .stage("in_scope", "reviewed", fig(190).asOf("2026-05-31"));

    assertThat(notesOf(funnel, "in_scope"))
        .anyMatch(n -> n.startsWith("The figure holds as of 2026-05-31 and its base 'reviewed'"))
        .anyMatch(n -> n.endsWith("(see the warning unknown_as_of on 'reviewed')."));
  }

  @Test
  void figuresDatedDifferentlyCompareDifferentMoments() {
    Snapshots funnel =
        Snapshots.funnel()
            .stage("reviewed", null, fig(655).asOf("2026-05-31"))
            .stage("in_scope", "reviewed", fig(190).asOf("2026-02-28"));

    assertThat(notesOf(funnel, "in_scope"))
        .contains(
            "The figure holds as of 2026-02-28 and its base 'reviewed' as of 2026-05-31: the"
                + " conversion compares different moments (see the warning mixed_as_of_dates).");
  }

  @Test
  void figuresOfOneMomentOrBothUndatedGetNoSuchNote() {
    Snapshots sameDay =
        Snapshots.funnel()
            .stage("reviewed", null, fig(655).asOf("2026-05-31"))
            .stage("in_scope", "reviewed", fig(190).asOf("2026-05-31"));
    Snapshots undated =
        Snapshots.funnel()
            .stage("reviewed", null, fig(655))
            .stage("in_scope", "reviewed", fig(190));

    assertThat(notesOf(sameDay, "in_scope")).noneMatch(n -> n.contains("moment"));
    assertThat(notesOf(undated, "in_scope")).noneMatch(n -> n.contains("moment"));
  }
}
