package org.casefunnel.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casefunnel.model.Figure;
import org.casefunnel.model.Funnel;
import org.casefunnel.model.Stage;

/**
 * What a {@link WarningRule} sees: the funnel, and per stage (in funnel order) the stage, its
 * current figure (null when none; its statements are loaded) and the statistics computed from it.
 * Rules run inside the service's transaction, so they may read the entities but must not change
 * them.
 */
public record StatisticsContext(Funnel funnel, LocalDate asOf, List<StageFacts> stages) {

  /** One stage with its figure (nullable) and computed statistics. */
  public record StageFacts(Stage stage, Figure figure, StageStatisticsView statistics) {}

  public Optional<StageFacts> stage(String key) {
    return stages.stream().filter(s -> s.stage().key.equals(key)).findFirst();
  }
}
