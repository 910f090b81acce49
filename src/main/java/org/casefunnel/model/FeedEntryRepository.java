package org.casefunnel.model;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Reads of the changes feed's log ({@link FeedEntry}); {@link FigureFeed} writes it. */
@ApplicationScoped
public class FeedEntryRepository implements PanacheRepositoryBase<FeedEntry, Long> {

  /** The entries after a position, oldest first, of one funnel or all; at most {@code limit}. */
  public List<FeedEntry> after(long position, String funnelId, int limit) {
    return (funnelId == null
            ? find("position > ?1 order by position", position)
            : find("position > ?1 and funnelId = ?2 order by position", position, funnelId))
        .range(0, limit - 1)
        .list();
  }

  /** Whether the log names the funnel: it exists, or did and its deletion is logged. */
  public boolean mentions(String funnelId) {
    return find("funnelId", funnelId).firstResultOptional().isPresent();
  }

  /**
   * The position just before the first change at or after {@code since}; the last position when
   * there is none yet, so that polling with it misses nothing.
   */
  public long positionBefore(Instant since) {
    Long first =
        getEntityManager()
            .createQuery(
                "select min(e.position) from FeedEntry e where e.changedAt >= ?1", Long.class)
            .setParameter(1, since)
            .getSingleResult();
    if (first != null) {
      return first - 1;
    }
    Long last =
        getEntityManager()
            .createQuery("select max(e.position) from FeedEntry e", Long.class)
            .getSingleResult();
    return last == null ? 0 : last;
  }

  /**
   * Where a cursor of the time-ordered feed (before the log) resumes: the changes it had passed are
   * the log's first ones, stored in that feed's order (time, added before superseded, figure id).
   * {@code kind}: 0 added, 1 superseded, -1 everything at {@code at}.
   */
  public long positionOfTimeCursor(Instant at, int kind, long figureId) {
    String passed =
        switch (kind) {
          case 0 -> " or (e.changedAt = :at and e.change = :added and e.figureId <= :id)";
          case 1 -> " or (e.changedAt = :at and (e.change = :added or e.figureId <= :id))";
          default -> "";
        };
    var query =
        getEntityManager()
            .createQuery(
                "select max(e.position) from FeedEntry e where e.change in (:added, :superseded)"
                    + " and (e.changedAt < :at"
                    + passed
                    + ")",
                Long.class)
            .setParameter("at", at)
            .setParameter("added", FeedChange.ADDED)
            .setParameter("superseded", FeedChange.SUPERSEDED);
    if (kind >= 0) {
      query.setParameter("id", figureId);
    }
    Long position = query.getSingleResult();
    return position == null ? 0 : position;
  }
}
