package org.casefunnel.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The notes a series point keeps: those explaining its value, conversion, coverage or
 * extrapolation; never those about the overall conversion, drop-off, projection check or breakdown,
 * which a point does not carry.
 */
class StageNotesTest {

  @Test
  void notesAboutMembersAPointLacksAreLeftOut() {
    List<String> stageOnly =
        List.of(
            Wording.noDropOffForReview("identified"),
            Wording.noDropOffAboveBase("identified"),
            OverallWording.noOverallBaseMissing("gone"),
            OverallWording.noOverallNotComparable("offences per month", "case"),
            OverallWording.noOverallRootNotComparable("root", "case"),
            OverallWording.noOverallRatioRootMayBeZero("root"),
            OverallWording.noOverallPointZeroRoot("root"),
            OverallWording.noOverallRootWithoutFigure("root"),
            OverallWording.noOverallScale("root"),
            OverallWording.noOverallZero("root"),
            OverallWording.overallAboveRoot("root"),
            OverallWording.overallPointAboveRoot("root"),
            OverallWording.overallLowerBound("reviewed", "identified", "root", true),
            OverallWording.overallLowerBound("reviewed", "identified", "root", false),
            Wording.noBreakdownShares(),
            Wording.notDeclared("in_scope"),
            Wording.reviewNotCompared("reviewed", "identified"),
            Wording.declaredWithoutExtrapolation("in_scope", "identified"));
    assertThat(StageNotes.onAPoint(stageOnly)).isEmpty();
  }

  @Test
  void notesAboutMembersAPointCarriesAreKeptInOrder() {
    List<String> kept =
        List.of(
            Wording.firstStage(),
            Wording.noConversionBaseMissing("gone"),
            Wording.noConversionZeroBase(),
            Wording.aboveBase("identified"),
            Wording.pointAboveBase("identified", false),
            Wording.pointAboveBase("identified", true),
            Wording.noRatioBaseMayBeZero("identified"),
            Wording.noPointZeroBase("identified"),
            Wording.undatedInDatedView(LocalDate.of(2026, 1, 12)),
            Wording.laterUndatedIsCurrent("500", LocalDate.of(2026, 1, 12)),
            ExtrapolationWording.reviewWithoutBase("reviewed"),
            ExtrapolationWording.selectionNotExtrapolated("reviewed"));
    assertThat(StageNotes.onAPoint(kept)).containsExactlyElementsOf(kept);
    List<String> mixed =
        List.of(Wording.firstStage(), Wording.noDropOffForReview("x"), Wording.aboveBase("x"));
    assertThat(StageNotes.onAPoint(mixed))
        .containsExactly(Wording.firstStage(), Wording.aboveBase("x"));
  }
}
