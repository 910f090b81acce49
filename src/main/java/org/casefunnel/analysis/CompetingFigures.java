package org.casefunnel.analysis;

import java.util.List;
import org.casefunnel.analysis.FunnelSnapshot.FigureSnapshot;
import org.casefunnel.model.FigureCompetition;
import org.casefunnel.model.FigureRank;

/**
 * The current figures of one stage when more than one competes (docs/competing-figures.md), in
 * recording order, and which of them the statistics use and why. Part of a {@link FunnelSnapshot}.
 */
public record CompetingFigures(
    String stage, long chosenId, FigureCompetition.Reason reason, List<Claimant> figures) {

  public CompetingFigures {
    figures = List.copyOf(figures);
  }

  /** One competing figure: its value, rank and the speakers of the statements it rests on. */
  public record Claimant(
      FigureSnapshot figure, FigureRank rank, String rankReason, List<String> speakers) {

    public Claimant {
      speakers = List.copyOf(speakers);
    }
  }

  /** The claimant the statistics use. */
  public Claimant chosen() {
    return figures.stream().filter(c -> c.figure().id() == chosenId).findFirst().orElseThrow();
  }
}
