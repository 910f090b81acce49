package org.casefunnel.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casefunnel.analysis.FunnelSnapshot.FigureSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.StageSnapshot;

/**
 * What a {@link WarningRule} sees: the funnel's {@link FunnelSnapshot} and, per stage in funnel
 * order, the stage with its current figure (null when none; with its statements and sources) and
 * the statistics computed from it. Plain records only, so every rule is a function of this and is
 * tested without Quarkus.
 */
public record StatisticsContext(FunnelSnapshot snapshot, List<StageFacts> stages) {

  public StatisticsContext {
    stages = List.copyOf(stages);
  }

  /** One stage with its computed statistics. */
  public record StageFacts(StageSnapshot stage, StageStatisticsView statistics) {

    /** The stage's current figure, or null. */
    public FigureSnapshot figure() {
      return stage.figure();
    }

    public String key() {
      return stage.key();
    }
  }

  /** The context of a snapshot and the statistics computed from it (one view per stage). */
  public static StatisticsContext of(FunnelSnapshot snapshot, List<StageStatisticsView> stats) {
    List<StageFacts> facts = new ArrayList<>();
    for (int i = 0; i < snapshot.stages().size(); i++) {
      facts.add(new StageFacts(snapshot.stages().get(i), stats.get(i)));
    }
    return new StatisticsContext(snapshot, facts);
  }

  /** The snapshot with its statistics computed. */
  public static StatisticsContext of(FunnelSnapshot snapshot) {
    return of(snapshot, StatisticsCalculator.compute(snapshot));
  }

  public LocalDate asOf() {
    return snapshot.asOf();
  }

  public Optional<StageFacts> stage(String key) {
    return stages.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  public List<StageStatisticsView> statistics() {
    return stages.stream().map(StageFacts::statistics).toList();
  }
}
