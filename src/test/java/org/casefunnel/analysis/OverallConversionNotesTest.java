package org.casefunnel.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.analysis.Snapshots.stage;

import java.util.List;
import org.casefunnel.model.Selection;
import org.junit.jupiter.api.Test;

/** When the overall conversion is, or may be, only a lower bound, and which review says why. */
class OverallConversionNotesTest {

  private static List<String> notes(Snapshots funnel, String key) {
    return stage(StatisticsCalculator.compute(funnel.build()), key).notes();
  }

  @Test
  void aFullReviewOfAPartialReviewStillLeavesALowerBound() {
    // 9,000 -> 2,200 reviewed -> all 2,200 reviewed again -> 1,200: only 2,200 of 9,000 were seen
    List<String> notes =
        notes(
            Snapshots.funnel()
                .count("i", null, 9000)
                .review("r", "i", 2200, Selection.UNKNOWN)
                .review("r2", "r", 2200, Selection.RANDOM)
                .count("s", "r2", 1200),
            "s");

    assertThat(notes)
        .contains(
            "The overall conversion counts only what was found among the 'r' (a partial review"
                + " of the 'i'), so it is a lower bound: the share among all the 'i' may be"
                + " higher (see the extrapolation, where there is one).");
  }

  @Test
  void aReviewOfEveryCaseCountedExactlyLeavesNoLowerBound() {
    List<String> notes =
        notes(
            Snapshots.funnel()
                .count("i", null, 2200)
                .review("r", "i", 2200, Selection.RANDOM)
                .count("s", "r", 1200),
            "s");

    assertThat(notes).noneMatch(n -> n.contains("lower bound"));
  }

  @Test
  void aReviewThatMayHaveCoveredAnApproximateBaseIsNotCalledPartial() {
    // 2,200 reviewed of "about 2,200" (2,150 to 2,250): perhaps all of them, perhaps not
    List<String> notes =
        notes(
            Snapshots.funnel()
                .about("i", null, 2200)
                .review("r", "i", 2200, Selection.RANDOM)
                .count("s", "r", 1200),
            "s");

    assertThat(notes)
        .contains(
            "The overall conversion counts only what was found among the 'r', which as read may"
                + " not have covered all of the 'i', so it may be a lower bound: the share among"
                + " all the 'i' may be higher (see the extrapolation, where there is one).")
        .noneMatch(n -> n.contains("a partial review"));
  }
}
