package org.casefunnel.figure;

import java.time.Instant;
import java.util.List;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureCompetition;

/**
 * Stores {@link FigureCompetition}'s answer for a stage: which of its figures stand ({@code
 * supersededAt} null) and which a later figure superseded. Run after every change of a stage's
 * figures or ranks, so the stored state is always the rule applied to the whole history.
 */
final class Standings {

  private Standings() {}

  /**
   * Marks each figure of {@code history} (the stage's figures in recording order) standing or
   * superseded, as {@link #apply} does. Returns, for each figure, the index of the one that
   * superseded it or -1.
   */
  static int[] settle(List<Figure> history, Instant now) {
    int[] by =
        FigureCompetition.supersededBy(history.stream().map(FigureCompetition.Claim::of).toList());
    apply(history, by, now);
    return by;
  }

  /**
   * Marks each figure of {@code history} as {@code by} (from {@link
   * FigureCompetition#supersededBy}, which may cover figures after these) says: one newly
   * superseded is superseded {@code now}, one already superseded keeps its time.
   */
  static void apply(List<Figure> history, int[] by, Instant now) {
    for (int i = 0; i < history.size(); i++) {
      Figure f = history.get(i);
      if (by[i] == -1) {
        f.supersededAt = null;
      } else if (f.supersededAt == null) {
        f.supersededAt = now;
      }
    }
  }

  /** The latest figure of {@code history} that the one at {@code index} superseded, or null. */
  static Figure lastSupersededBy(List<Figure> history, int[] by, int index) {
    Figure out = null;
    for (int i = 0; i < Math.min(index, history.size()); i++) {
      if (by[i] == index) {
        out = history.get(i);
      }
    }
    return out;
  }
}
