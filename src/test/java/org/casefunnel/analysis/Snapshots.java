package org.casefunnel.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casefunnel.analysis.FunnelSnapshot.FigureSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.FunnelInfo;
import org.casefunnel.analysis.FunnelSnapshot.PartSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.SourceSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.StageSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.StatementSnapshot;
import org.casefunnel.model.FigureRank;
import org.casefunnel.model.FigureStatus;
import org.casefunnel.model.Selection;
import org.casefunnel.model.StatementKind;

/**
 * Builds funnel snapshots by hand for calculator and warning-rule tests: no database, no Quarkus.
 */
public final class Snapshots {

  private final List<StageSnapshot> stages = new ArrayList<>();
  private final List<CompetingFigures> competitions = new ArrayList<>();
  private long ids = 1;
  private LocalDate asOf;

  public static Snapshots funnel() {
    return new Snapshots();
  }

  public Snapshots count(String key, String base, long count) {
    return stage(key, base, null, null, figure(count, null, null, false));
  }

  public Snapshots about(String key, String base, long count) {
    return stage(key, base, null, null, figure(count, null, null, true));
  }

  public Snapshots range(String key, String base, long low, long high) {
    return stage(key, base, null, null, figure(null, low, high, true));
  }

  public Snapshots review(String key, String base, long count, Selection selection) {
    return stage(key, base, selection, null, figure(count, null, null, false));
  }

  /** A selection stage whose current figure is built by hand. */
  public Snapshots review(String key, String base, Fig figure, Selection selection) {
    return stage(key, base, selection, null, figure.build(ids++));
  }

  public Snapshots projection(String key, String base, long low, long high, String estimates) {
    return stage(key, base, null, estimates, figure(null, low, high, true));
  }

  /** A stage with a selection and a declared estimate, whose figure is built by hand. */
  public Snapshots declared(
      String key, String base, Selection selection, String estimates, Fig figure) {
    return stage(key, base, selection, estimates, figure.build(ids++));
  }

  public Snapshots empty(String key, String base) {
    return stage(key, base, null, null, null);
  }

  /** A stage without a current figure because every figure recorded for it is deprecated. */
  public Snapshots onlyDeprecated(String key, String base) {
    stages.add(new StageSnapshot(key, key, base, null, "case", null, null, null, true));
    return this;
  }

  /** A stage whose figure is built by hand (see {@link #fig}). */
  public Snapshots stage(String key, String base, Fig figure) {
    return stage(key, base, null, null, figure.build(ids++));
  }

  /** A stage labelled apart from its key, whose current figure is built by hand. */
  public Snapshots stage(String key, String label, String base, Fig figure) {
    stages.add(
        new StageSnapshot(key, label, base, null, "case", null, null, figure.build(ids++), false));
    return this;
  }

  /** Figures that compete for a stage (see {@link CompetingFigures}). */
  public Snapshots competing(CompetingFigures... competing) {
    competitions.addAll(List.of(competing));
    return this;
  }

  /** A stage counting another unit than the funnel's. */
  public Snapshots other(String key, String base, String unit, Fig figure) {
    stages.add(
        new StageSnapshot(key, key, base, null, unit, null, null, figure.build(ids++), false));
    return this;
  }

  /** The date the snapshot is taken as of (null: current). */
  public Snapshots asOf(LocalDate date) {
    this.asOf = date;
    return this;
  }

  public FunnelSnapshot build() {
    return new FunnelSnapshot(
        "f", "F", "case", asOf, stages, FunnelInfo.NONE, competitions, Map.of());
  }

  private Snapshots stage(
      String key, String base, Selection selection, String estimates, FigureSnapshot figure) {
    stages.add(
        new StageSnapshot(key, key, base, null, "case", selection, estimates, figure, false));
    return this;
  }

  private FigureSnapshot figure(Long count, Long low, Long high, boolean approximate) {
    Fig f = new Fig();
    f.count = count;
    f.low = low;
    f.high = high;
    f.approximate = approximate;
    return f.build(ids++);
  }

  public static StageStatisticsView stage(List<StageStatisticsView> all, String key) {
    return all.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }

  /** A figure of an exact count. */
  public static Fig fig(long count) {
    Fig f = new Fig();
    f.count = count;
    return f;
  }

  /** A figure of a range. */
  public static Fig fig(long low, long high) {
    Fig f = new Fig();
    f.low = low;
    f.high = high;
    return f;
  }

  /** A figure under construction; defaults: reported, undated, no statements. */
  public static final class Fig {
    private Long id;
    private Long count;
    private Long low;
    private Long high;
    private boolean approximate;
    private boolean unhedged;
    private FigureStatus status = FigureStatus.REPORTED;
    private LocalDate asOf;
    private String period;
    private String wording;
    private String dimension;
    private final List<PartSnapshot> parts = new ArrayList<>();
    private final List<StatementSnapshot> statements = new ArrayList<>();

    /** The figure's own id, where a test names it (otherwise the next in the funnel). */
    public Fig id(long figureId) {
      id = figureId;
      return this;
    }

    public Fig approximate() {
      approximate = true;
      return this;
    }

    /**
     * A range given without hedge ("10 to 10"), which the wire allows; ranges default to hedged.
     */
    public Fig unhedged() {
      unhedged = true;
      return this;
    }

    public Fig status(FigureStatus s) {
      status = s;
      return this;
    }

    public Fig asOf(String date) {
      asOf = LocalDate.parse(date);
      return this;
    }

    public Fig period(String p) {
      period = p;
      return this;
    }

    public Fig wording(String w) {
      wording = w;
      return this;
    }

    /** A statement quoting {@code quote}, in a source of its own. */
    public Fig quote(String quote) {
      long n = statements.size() + 1;
      statements.add(
          new StatementSnapshot(
              n,
              "st" + n,
              "A speaker",
              null,
              null,
              null,
              StatementKind.values()[0],
              quote,
              new SourceSnapshot(n, "src" + n, "Source " + n, null, null, null, null)));
      return this;
    }

    /**
     * A statement made on {@code madeOn}, in a source of its own published and retrieved on the
     * dates given; any date may be null.
     */
    public Fig statedIn(String madeOn, String publishedOn, String retrievedOn) {
      long n = statements.size() + 1;
      statements.add(
          new StatementSnapshot(
              n,
              "st" + n,
              "A speaker",
              null,
              null,
              date(madeOn),
              StatementKind.values()[0],
              "A quote",
              new SourceSnapshot(
                  n, "src" + n, "Source " + n, null, null, date(publishedOn), date(retrievedOn))));
      return this;
    }

    private static LocalDate date(String d) {
      return d == null ? null : LocalDate.parse(d);
    }

    public Fig part(String dimension, String category, long count) {
      this.dimension = dimension;
      parts.add(new PartSnapshot(category, count, null, null, false));
      return this;
    }

    public Fig partRange(String dimension, String category, long low, long high) {
      this.dimension = dimension;
      parts.add(new PartSnapshot(category, null, low, high, true));
      return this;
    }

    /**
     * The figure alone, for a test that needs it beside the funnel; it must have an {@link #id}.
     */
    public FigureSnapshot build() {
      if (id == null) {
        throw new IllegalStateException("a figure built alone needs an id");
      }
      return build(id);
    }

    FigureSnapshot build(long next) {
      return new FigureSnapshot(
          id != null ? id : next,
          count,
          low,
          high,
          (approximate || count == null) && !unhedged,
          status,
          asOf,
          period,
          wording,
          dimension,
          parts,
          null,
          statements,
          FigureRank.NORMAL,
          null);
    }
  }
}
