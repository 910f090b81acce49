package org.casefunnel.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casefunnel.analysis.CompetingFigures;
import org.casefunnel.analysis.CompetingFigures.Claimant;
import org.casefunnel.analysis.FunnelSnapshot;
import org.casefunnel.analysis.Snapshots;
import org.casefunnel.analysis.Snapshots.Fig;
import org.casefunnel.analysis.WarningView;
import org.casefunnel.model.FigureCompetition.Reason;
import org.casefunnel.model.FigureRank;
import org.junit.jupiter.api.Test;

/** The conflicting_figures warning as a function of a snapshot: no database, no Quarkus. */
class ConflictingFiguresRuleTest {

  private static Fig figure(long id, long count, String wording) {
    return Snapshots.fig(count).id(id).asOf("2025-01-31").wording(wording);
  }

  private static FunnelSnapshot snapshot(Fig chosen, CompetingFigures... competing) {
    return Snapshots.funnel()
        .stage("reviewed", "Reviewed", null, chosen)
        .competing(competing)
        .build();
  }

  private final Fig force = figure(3, 9000, "9,000 cases");
  private final Fig inspectorate = figure(5, 8000, "8,000 cases");

  @Test
  void noCompetitionNoWarning() {
    assertThat(ConflictingFiguresRule.warnings(snapshot(force))).isEmpty();
  }

  @Test
  void namesEveryFigureWithItsValueAndSpeakersAndTheDefaultRule() {
    CompetingFigures c =
        new CompetingFigures(
            "reviewed",
            5,
            Reason.LATEST,
            List.of(
                new Claimant(force.build(), FigureRank.NORMAL, null, List.of("Sir Mark Rowley")),
                new Claimant(inspectorate.build(), FigureRank.NORMAL, null, List.of("HMICFRS"))));
    List<WarningView> warnings = ConflictingFiguresRule.warnings(snapshot(inspectorate, c));
    assertThat(warnings).hasSize(1);
    WarningView w = warnings.getFirst();
    assertThat(w.code()).isEqualTo("conflicting_figures");
    assertThat(w.stage()).isEqualTo("reviewed");
    assertThat(w.message())
        .contains("figure 3, 9,000", "Sir Mark Rowley", "figure 5, 8,000", "HMICFRS")
        .contains("all as of 2025-01-31")
        .contains("use figure 5 (8,000)")
        .contains("none is ranked preferred", "most recently recorded");
  }

  @Test
  void saysThePreferredFigureWasChosenAndWhy() {
    CompetingFigures c =
        new CompetingFigures(
            "reviewed",
            3,
            Reason.PREFERRED,
            List.of(
                new Claimant(
                    force.build(), FigureRank.PREFERRED, "Counted case by case", List.of("A")),
                new Claimant(inspectorate.build(), FigureRank.NORMAL, null, List.of("B", "C"))));
    String message = ConflictingFiguresRule.warnings(snapshot(force, c)).getFirst().message();
    assertThat(message)
        .contains("use figure 3 (9,000) because it is ranked preferred: 'Counted case by case'")
        .contains("said by B and C")
        .doesNotContain("most recently recorded");
  }

  @Test
  void namesTheRateOfEachFigureWithItsPeriod() {
    Fig weekly = figure(3, 300, "300 a week").period("week");
    Fig monthly = figure(5, 1200, "1,200 a month").period("month");
    CompetingFigures c =
        new CompetingFigures(
            "reviewed",
            5,
            Reason.LATEST,
            List.of(
                new Claimant(weekly.build(), FigureRank.NORMAL, null, List.of("A")),
                new Claimant(monthly.build(), FigureRank.NORMAL, null, List.of("B"))));
    String message = ConflictingFiguresRule.warnings(snapshot(monthly, c)).getFirst().message();
    // the statistics' notes say a rate so ("counts cases per week"): 300 is not 1,200 of a month
    assertThat(message)
        .contains("figure 3, 300 per week ('300 a week'")
        .contains("figure 5, 1,200 per month ('1,200 a month'")
        .contains("use figure 5 (1,200 per month)");
  }
}
