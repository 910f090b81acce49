package org.casefunnel.figure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.model.FeedChange;
import org.casefunnel.model.FeedEntry;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureRepository;
import org.casefunnel.model.FunnelRepository;

/**
 * The changes feed (like SDMX's updatedAfter, with Atom-style tombstones): every change of a
 * figure's existence, standing or rank, in the order the changes were committed, read from the log
 * the write path keeps ({@link org.casefunnel.model.FigureFeed}). A cursor is a position in that
 * log; positions are handed out in commit order, so a client polling with the last {@code next}
 * gets every later change once, also under concurrent writes. Two indexed queries per page.
 */
@ApplicationScoped
public class ChangesService {

  private final FigureRepository figures;
  private final FunnelRepository funnels;

  public ChangesService(FigureRepository figures, FunnelRepository funnels) {
    this.figures = figures;
    this.funnels = funnels;
  }

  @Transactional
  public ChangesPage changes(Instant since, String after, String funnelId, int limit) {
    EntityManager em = figures.getEntityManager();
    if (funnelId != null) {
      requireKnown(em, funnelId);
    }
    long from =
        after != null && !after.isBlank()
            ? switch (FeedCursor.decode(after)) {
              case FeedCursor c -> c.position();
              case FeedCursor.Legacy l -> legacyPosition(em, l);
              default -> throw new IllegalStateException();
            }
            : since == null ? 0 : positionBefore(em, since);
    var query =
        em.createQuery(
                "select e from FeedEntry e where e.position > :from"
                    + (funnelId == null ? "" : " and e.funnelId = :funnelId")
                    + " order by e.position",
                FeedEntry.class)
            .setParameter("from", from)
            .setMaxResults(limit + 1);
    if (funnelId != null) {
      query.setParameter("funnelId", funnelId);
    }
    List<FeedEntry> entries = query.getResultList();
    boolean more = entries.size() > limit;
    List<FeedEntry> page = entries.subList(0, Math.min(limit, entries.size()));
    Map<Long, Figure> now = figuresNow(em, page);
    List<ChangeView> items =
        page.stream()
            .map(
                e ->
                    new ChangeView(
                        e.changedAt,
                        e.change.wire(),
                        e.funnelId,
                        e.stageKey,
                        now.containsKey(e.figureId) ? FigureView.of(now.get(e.figureId)) : null,
                        e.figureId,
                        e.rank,
                        e.changedBy))
            .toList();
    long next = page.isEmpty() ? from : page.getLast().position;
    return new ChangesPage(items, new FeedCursor(next).encode(), more);
  }

  /** A funnel that exists, or that did and has changes in the feed (its deletion among them). */
  private void requireKnown(EntityManager em, String funnelId) {
    try {
      funnels.require(funnelId);
    } catch (ProblemException e) {
      boolean logged =
          !em.createQuery("select e.position from FeedEntry e where e.funnelId = :f", Long.class)
              .setParameter("f", funnelId)
              .setMaxResults(1)
              .getResultList()
              .isEmpty();
      if (!logged) {
        throw e;
      }
    }
  }

  /**
   * The position just before the first change at or after {@code since}; the last position there is
   * when there is none yet, so that polling with the page's {@code next} misses nothing.
   */
  private static long positionBefore(EntityManager em, Instant since) {
    Long first =
        em.createQuery(
                "select min(e.position) from FeedEntry e where e.changedAt >= :since", Long.class)
            .setParameter("since", since)
            .getSingleResult();
    if (first != null) {
      return first - 1;
    }
    Long last =
        em.createQuery("select max(e.position) from FeedEntry e", Long.class).getSingleResult();
    return last == null ? 0 : last;
  }

  /**
   * Where a cursor of the time-ordered feed resumes: the changes it had passed are the log's first
   * ones, stored in that feed's order (time, added before superseded, figure id).
   */
  private static long legacyPosition(EntityManager em, FeedCursor.Legacy l) {
    String passed =
        switch (l.kind()) {
          case 0 -> " or (e.changedAt = :at and e.change = :added and e.figureId <= :id)";
          case 1 -> " or (e.changedAt = :at and (e.change = :added or e.figureId <= :id))";
          default -> "";
        };
    var query =
        em.createQuery(
                "select max(e.position) from FeedEntry e where e.change in (:added, :superseded)"
                    + " and (e.changedAt < :at"
                    + passed
                    + ")",
                Long.class)
            .setParameter("at", l.at())
            .setParameter("added", FeedChange.ADDED)
            .setParameter("superseded", FeedChange.SUPERSEDED);
    if (l.kind() >= 0) {
      query.setParameter("id", l.figureId());
    }
    Long position = query.getSingleResult();
    return position == null ? 0 : position;
  }

  /** The figures of a page as they are now; a deleted figure is missing. */
  private static Map<Long, Figure> figuresNow(EntityManager em, List<FeedEntry> page) {
    Map<Long, Figure> out = new HashMap<>();
    if (page.isEmpty()) {
      return out;
    }
    List<Long> ids = page.stream().map(e -> e.figureId).distinct().toList();
    // statements are fetched with a second batched select, not joined
    em.createQuery("select f from Figure f join fetch f.stage where f.id in :ids", Figure.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(f -> out.put(f.id, f));
    return out;
  }
}
