package org.casefunnel.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A value of a stage: an exact or approximate count, or a range. Figures are never overwritten: a
 * newer one supersedes the older, and both stay, unless the two compete (same time, different
 * values, different statements; see {@link FigureCompetition}), when both stay current and the rank
 * decides which counts. The rank and its reason are the only fields an editor changes.
 */
@Entity
@Audited
@Table(name = "figure")
@EntityListeners(FigureFeedListener.class)
public class Figure extends FunnelPart {

  /**
   * The largest count a figure holds: a bound no real count of cases or offences comes near, which
   * keeps arithmetic far from overflow. Figure specs refuse more, and extraction drafts no more.
   */
  public static final long MAX_COUNT = 1_000_000_000_000L;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "stage_id")
  public Stage stage;

  /** Order of recording within the stage, from 1. */
  @Column(name = "sequence_no", nullable = false)
  public int sequence;

  @Column(name = "value_count")
  public Long count;

  @Column(name = "value_low")
  public Long low;

  @Column(name = "value_high")
  public Long high;

  @Column(nullable = false)
  public boolean approximate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  public FigureStatus status;

  @Column(name = "as_of")
  public LocalDate asOf;

  /** For a rate, the period it is counted over (e.g. "month"); null for a stock. */
  @Column(length = 20)
  public String period;

  @Column(nullable = false, length = 2000)
  public String wording;

  @Column(length = 2000)
  public String note;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "supersedes_id")
  public Figure supersedes;

  @Column(name = "recorded_at", nullable = false)
  public Instant recordedAt;

  /** When a later figure superseded it; null while it stands (deprecated or not). */
  @Column(name = "superseded_at")
  public Instant supersededAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "figure_rank", nullable = false, length = 20)
  public FigureRank rank = FigureRank.NORMAL;

  /** Why the figure has its rank; required for preferred and deprecated. */
  @Column(name = "rank_reason", length = 4000)
  public String rankReason;

  @ManyToMany
  @JoinTable(
      name = "figure_statement",
      joinColumns = @JoinColumn(name = "figure_id"),
      inverseJoinColumns = @JoinColumn(name = "statement_id"))
  @OrderBy("id")
  public List<Statement> statements = new ArrayList<>();

  /** What the figure is split by, when it has a breakdown; null otherwise. */
  @Column(name = "breakdown_dimension", length = 100)
  public String breakdownDimension;

  /** The breakdown's parts in their given order; empty when there is no breakdown. */
  // parts are fixed when the figure is recorded (figures are immutable), so not audited apart
  @NotAudited
  @OneToMany(mappedBy = "figure", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  public List<BreakdownPart> breakdownParts = new ArrayList<>();

  /** The rank as last read or written, for {@link FigureFeedListener} to see a change. */
  @Transient FigureRank feedRank;

  /** The superseded time as last read or written, for {@link FigureFeedListener}. */
  @Transient Instant feedSupersededAt;

  /** Lower bound of the value: the count itself for a count. */
  public long lowerBound() {
    return count != null ? count : low;
  }

  public long upperBound() {
    return count != null ? count : high;
  }

  /**
   * A bound as the source gave it, for tables with {@code low} and {@code high} columns: a range's
   * end, or an exact count; none for an approximate count ("about 9,000"), whose source gave no
   * bounds (the statistics carry the service's reading of it).
   */
  public static Long givenBound(Long count, boolean approximate, long bound) {
    return count != null && approximate ? null : bound;
  }

  /** Standing (not superseded) and not deprecated: a candidate to be the stage's figure. */
  public boolean isCurrent() {
    return supersededAt == null && rank != FigureRank.DEPRECATED;
  }

  public boolean isRange() {
    return count == null;
  }
}
