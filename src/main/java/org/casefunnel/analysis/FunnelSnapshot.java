package org.casefunnel.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casefunnel.model.FigureStatus;
import org.casefunnel.model.Selection;

/**
 * A funnel as the statistics read it: plain records, no entities, no session. The stages keep the
 * funnel's order; each has its current figure (as of {@code asOf}, null when none): when figures
 * compete, the one chosen, and {@code competitions} lists the stages where they do. Everything the
 * calculators need, so they are functions of this and can be tested without Quarkus.
 */
public record FunnelSnapshot(
    String funnelId,
    String title,
    String unit,
    LocalDate asOf,
    List<StageSnapshot> stages,
    List<CompetingFigures> competitions) {

  public FunnelSnapshot {
    stages = List.copyOf(stages);
    competitions = competitions == null ? List.of() : List.copyOf(competitions);
  }

  /** A funnel where no figures compete. */
  public FunnelSnapshot(
      String funnelId, String title, String unit, LocalDate asOf, List<StageSnapshot> stages) {
    this(funnelId, title, unit, asOf, stages, List.of());
  }

  /** One stage with its current figure. {@code unit} is the stage's own unit or the funnel's. */
  public record StageSnapshot(
      String key,
      String label,
      String baseKey,
      String definition,
      String unit,
      Selection selection,
      String estimates,
      FigureSnapshot figure) {}

  /** A figure: an exact count ({@code count}), or a range ({@code low}, {@code high}). */
  public record FigureSnapshot(
      Long id,
      Long count,
      Long low,
      Long high,
      boolean approximate,
      FigureStatus status,
      LocalDate asOf,
      String period,
      String wording,
      String breakdownDimension,
      List<PartSnapshot> parts) {

    public FigureSnapshot {
      parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** A count given without hedge: not a range, not approximate. */
    public boolean exactCount() {
      return count != null && !approximate;
    }
  }

  /** One part of a figure's breakdown. */
  public record PartSnapshot(
      String category, Long count, Long low, Long high, boolean approximate) {}

  public Optional<StageSnapshot> stage(String key) {
    return key == null ? Optional.empty() : Optional.ofNullable(byKey().get(key));
  }

  /** The stages above {@code stage}, nearest first; stops at a missing base or a cycle. */
  public List<StageSnapshot> ancestors(StageSnapshot stage) {
    Map<String, StageSnapshot> byKey = byKey();
    List<StageSnapshot> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    seen.add(stage.key());
    StageSnapshot at = byKey.get(stage.baseKey());
    while (at != null && seen.add(at.key())) {
      out.add(at);
      at = byKey.get(at.baseKey());
    }
    return out;
  }

  /** The stage's base, if it has one in this funnel. */
  public Optional<StageSnapshot> base(StageSnapshot stage) {
    return stage(stage.baseKey());
  }

  private Map<String, StageSnapshot> byKey() {
    Map<String, StageSnapshot> map = new LinkedHashMap<>();
    stages.forEach(s -> map.put(s.key(), s));
    return map;
  }
}
