package org.casefunnel.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casefunnel.model.FigureRank;
import org.casefunnel.model.FigureStatus;
import org.casefunnel.model.Selection;
import org.casefunnel.model.StatementKind;
import org.casefunnel.statistics.Estimate;

/**
 * A funnel as the statistics read it: plain records, no entities, no session. The stages keep the
 * funnel's order; each has its current figure (as of {@code asOf}, null when none) with the
 * statements it rests on and their sources; when figures compete, the one chosen, and {@code
 * competitions} lists the stages where they do; in a dated view, {@code laterUndated} gives per
 * stage key the undated figure recorded after the one shown that is current now. Everything the
 * calculators, warning rules, CSV, chart and page need, so they are functions of this and can be
 * tested without Quarkus. New fields are only ever added, never renamed; each record has its one
 * canonical constructor (tests build snapshots with analysis/Snapshots, so a new field changes one
 * builder, not every test).
 */
public record FunnelSnapshot(
    String funnelId,
    String title,
    String unit,
    LocalDate asOf,
    List<StageSnapshot> stages,
    FunnelInfo info,
    List<CompetingFigures> competitions,
    Map<String, FigureSnapshot> laterUndated) {

  public FunnelSnapshot {
    stages = List.copyOf(stages);
    info = info == null ? FunnelInfo.NONE : info;
    competitions = competitions == null ? List.of() : List.copyOf(competitions);
    laterUndated = laterUndated == null ? Map.of() : Map.copyOf(laterUndated);
  }

  /** What the funnel says about itself beyond its numbers (for pages). */
  public record FunnelInfo(
      String organisation, String jurisdiction, String programme, String description) {
    public static final FunnelInfo NONE = new FunnelInfo(null, null, null, null);
  }

  /**
   * One stage with its current figure. {@code unit} is the stage's own unit or the funnel's. {@code
   * onlyDeprecated}: the stage has no current figure because every figure this view reads for it is
   * ranked deprecated (kept on record as wrong), which readers are told rather than "no figure".
   */
  public record StageSnapshot(
      String key,
      String label,
      String baseKey,
      String definition,
      String unit,
      Selection selection,
      String estimates,
      FigureSnapshot figure,
      boolean onlyDeprecated) {}

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
      List<PartSnapshot> parts,
      String note,
      List<StatementSnapshot> statements,
      FigureRank rank,
      String rankReason) {

    public FigureSnapshot {
      parts = parts == null ? List.of() : List.copyOf(parts);
      statements = statements == null ? List.of() : List.copyOf(statements);
      rank = rank == null ? FigureRank.NORMAL : rank;
    }

    /**
     * The figure as read: an exact count as itself, "about 1,200" as 1,150 to 1,250, a range as
     * given. The one reading the statistics and the warnings share, so they cannot disagree.
     */
    public Estimate reading() {
      return Readings.estimate(this);
    }

    /** The smallest value the figure allows as read ("about 1,200": 1,150). */
    public long lowerBound() {
      return (long) reading().low();
    }

    /** The largest value the figure allows as read ("about 1,200": 1,250). */
    public long upperBound() {
      return (long) reading().high();
    }

    /** The lowest number the figure states, before any reading: what a quote must say. */
    public long statedLow() {
      return count != null ? count : low;
    }

    /** The highest number the figure states, before any reading. */
    public long statedHigh() {
      return count != null ? count : high;
    }

    /**
     * The one number the figure gives, hedged or not: its count, or a range's ends when they are
     * equal ("10 to 10" is a count of 10); null for a range.
     */
    public Long single() {
      return Readings.single(count, low, high);
    }

    /** A count given without hedge: not approximate, and not a range unless its ends are equal. */
    public boolean exactCount() {
      return single() != null && !approximate;
    }

    /** The one number of an exact count, whether given as a count or as a range "10 to 10". */
    public Long exactValue() {
      return exactCount() ? single() : null;
    }
  }

  /** A statement a figure rests on: who said what, where, and the source it stands in. */
  public record StatementSnapshot(
      Long id,
      String key,
      String speaker,
      String speakerRole,
      String venue,
      LocalDate madeOn,
      StatementKind kind,
      String quote,
      SourceSnapshot source) {}

  /** A source without its full text. */
  public record SourceSnapshot(
      Long id,
      String key,
      String title,
      String publisher,
      String url,
      LocalDate publishedOn,
      LocalDate retrievedOn) {}

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
