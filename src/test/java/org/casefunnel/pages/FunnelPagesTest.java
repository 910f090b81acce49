package org.casefunnel.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.analysis.Snapshots.fig;

import java.time.LocalDate;
import java.util.List;
import org.casefunnel.analysis.FunnelReading;
import org.casefunnel.analysis.FunnelSnapshot;
import org.casefunnel.analysis.FunnelStatisticsView;
import org.casefunnel.analysis.Snapshots;
import org.casefunnel.analysis.StageStatisticsView;
import org.casefunnel.analysis.StatisticsCalculator;
import org.casefunnel.analysis.WarningView;
import org.casefunnel.model.Selection;
import org.junit.jupiter.api.Test;

/** The funnel page as a function of a hand-built snapshot and its statistics: no Quarkus. */
class FunnelPagesTest {

  private static FunnelReading reading(FunnelSnapshot snapshot, List<WarningView> warnings) {
    List<StageStatisticsView> stages = StatisticsCalculator.compute(snapshot);
    return new FunnelReading(
        snapshot,
        new FunnelStatisticsView(
            snapshot.funnelId(),
            snapshot.title(),
            snapshot.unit(),
            snapshot.asOf(),
            0.95,
            stages,
            warnings),
        1);
  }

  @Test
  void rowsShowTheFiguresTheStatisticsAndTheEvidenceOfTheSnapshot() {
    FunnelSnapshot snapshot =
        Snapshots.funnel()
            .count("identified", null, 9000)
            .review("reviewed", "identified", 2200, Selection.UNKNOWN)
            .stage("in_scope", "reviewed", fig(1200).quote("1,200 remained in scope"))
            .projection("expected", "identified", 2000, 3000, "in_scope")
            .asOf(LocalDate.parse("2026-01-31"))
            .build();

    PageModels.FunnelPage page =
        FunnelPages.page(
            reading(
                snapshot, List.of(new WarningView("approximate_input", "expected", "A range."))),
            null);

    assertThat(page.chartUrl()).isEqualTo("/api/funnels/f/chart.svg?asOf=2026-01-31");
    // every download of the page shows the figures it shows
    assertThat(page.jsonUrl()).isEqualTo("/api/funnels/f?asOf=2026-01-31");
    assertThat(page.csvUrl()).isEqualTo("/api/funnels/f?format=csv&asOf=2026-01-31");
    assertThat(page.stages())
        .extracting(PageModels.StageRow::value)
        .containsExactly("9,000", "2,200", "1,200", "about 2,000\u20133,000");
    PageModels.StageRow inScope = page.stages().get(2);
    assertThat(inScope.baseLabel()).isEqualTo("reviewed");
    assertThat(inScope.conversion()).isEqualTo("54.55%");
    assertThat(inScope.interval()).startsWith("Without any assumption, 1,200 to 8,000");
    assertThat(inScope.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.quote()).isEqualTo("1,200 remained in scope");
              assertThat(e.sourceTitle()).isEqualTo("Source 1");
              assertThat(e.sourceApiUrl()).isEqualTo("/api/sources/1");
            });
    // the projection's verdict leads its notes
    assertThat(page.stages().get(3).notes().get(0)).contains("in_scope");
    assertThat(page.warnings()).extracting(PageModels.Warning::stage).containsExactly("expected");
  }

  @Test
  void aStageWithoutAFigureHasNoValueAndSaysWhy() {
    PageModels.FunnelPage page =
        FunnelPages.page(
            reading(Snapshots.funnel().empty("identified", null).build(), List.of()), null);

    PageModels.StageRow row = page.stages().get(0);
    assertThat(row.hasFigure()).isFalse();
    assertThat(row.evidence()).isEmpty();
    assertThat(row.notes()).containsExactly("The stage has no figure.");
    assertThat(page.chartUrl()).isEqualTo("/api/funnels/f/chart.svg");
  }

  @Test
  void warningsOfOneCodeAreOneGroupListingTheirStagesCollapsedFromThree() {
    PageModels.FunnelPage page =
        FunnelPages.page(
            reading(
                Snapshots.funnel().empty("identified", null).build(),
                List.of(
                    new WarningView("unknown_as_of", "a", "No date."),
                    new WarningView("small_denominator", "b", "Small."),
                    new WarningView("unknown_as_of", "b", "No date."),
                    new WarningView("unknown_as_of", "c", "No date."))),
            null);

    assertThat(page.warningGroups())
        .extracting(PageModels.WarningGroup::code)
        .containsExactly("unknown_as_of", "small_denominator");
    PageModels.WarningGroup dates = page.warningGroups().get(0);
    assertThat(dates.stages()).containsExactly("a", "b", "c");
    assertThat(dates.collapsed()).isTrue();
    assertThat(page.warningGroups().get(1).collapsed()).isFalse();
  }
}
