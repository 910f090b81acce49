package org.casefunnel.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change of the changes feed, as {@link FigureFeed} logged it in the transaction of the change.
 * Never updated or deleted: it names the figure by id, so it outlives the figure and its funnel.
 */
@Entity
@Table(name = "figure_change")
public class FeedEntry {

  /** Place in the feed: positions are handed out in commit order, without gaps or repeats. */
  @Id
  @Column(name = "position")
  public long position;

  @Enumerated(EnumType.STRING)
  @Column(name = "change_kind", nullable = false, length = 20)
  public FeedChange change;

  @Column(name = "figure_id", nullable = false)
  public long figureId;

  @Column(name = "funnel_id", nullable = false, length = 100)
  public String funnelId;

  @Column(name = "stage_key", nullable = false, length = 100)
  public String stageKey;

  /** The rank the figure was given (ranked) or recorded with (added); null otherwise. */
  @Enumerated(EnumType.STRING)
  @Column(name = "figure_rank", length = 20)
  public FigureRank rank;

  @Column(name = "changed_at", nullable = false)
  public Instant changedAt;

  /** Who made the change; null for changes logged before the feed recorded it. */
  @Column(name = "changed_by", length = 200)
  public String changedBy;
}
