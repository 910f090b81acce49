package org.casefunnel.figure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.common.web.StorableValues;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureRepository;
import org.casefunnel.model.FunnelRepository;

/**
 * The changes feed (like SDMX's updatedAfter): figures added or superseded after a position. A
 * position is (time, kind, figure id), so changes recorded in the same instant (a whole import)
 * page without gaps or repeats. Two indexed range queries per page, whatever the page size.
 */
@ApplicationScoped
public class ChangesService {

  static final int ADDED = 0;
  static final int SUPERSEDED = 1;

  private final FigureRepository figures;
  private final FunnelRepository funnels;

  public ChangesService(FigureRepository figures, FunnelRepository funnels) {
    this.figures = figures;
    this.funnels = funnels;
  }

  /** A feed position; kind -1 means "everything at time t onwards". */
  record Position(Instant at, int kind, long figureId) {

    static Position since(Instant at) {
      return new Position(at, -1, -1);
    }

    String encode() {
      String raw = at + "~" + kind + "~" + figureId;
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Position decode(String cursor) {
      try {
        String raw =
            new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
        String[] p = raw.split("~");
        if (p.length != 3) {
          throw new IllegalArgumentException(raw);
        }
        Instant at = Instant.parse(p[0]);
        if (!StorableValues.storable(at)) {
          // a forged cursor: such an instant means different things to H2 and PostgreSQL
          throw new IllegalArgumentException(raw);
        }
        return new Position(at, Integer.parseInt(p[1]), Long.parseLong(p[2]));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw ProblemException.badParameter(
            "after", "is not a cursor this feed returned as 'next'");
      }
    }
  }

  private record Change(Instant at, int kind, Figure figure) {}

  /** Feed order: time, then added before superseded, then figure id. */
  private static final Comparator<Change> ORDER =
      Comparator.comparing(Change::at)
          .thenComparingInt(Change::kind)
          .thenComparingLong(c -> c.figure().id);

  @Transactional
  public ChangesPage changes(Instant since, String after, String funnelId, int limit) {
    if (funnelId != null) {
      funnels.require(funnelId);
    }
    Position from =
        after != null && !after.isBlank()
            ? Position.decode(after)
            : Position.since(since == null ? Instant.EPOCH : since);
    List<Change> all = new ArrayList<>();
    for (Object[] row : changedAfter(from, funnelId, limit + 1)) {
      Figure f = (Figure) row[0];
      // the times come from the row, not from the entity, so they are of the same snapshot
      Instant recorded = (Instant) row[1];
      Instant superseded = (Instant) row[2];
      addIfAfter(all, new Change(recorded, ADDED, f), from);
      if (superseded != null) {
        addIfAfter(all, new Change(superseded, SUPERSEDED, f), from);
      }
    }
    all.sort(ORDER);
    boolean more = all.size() > limit;
    List<Change> page = all.subList(0, Math.min(limit, all.size()));
    List<ChangeView> items =
        page.stream()
            .map(
                c ->
                    new ChangeView(
                        c.at(),
                        c.kind() == ADDED ? "added" : "superseded",
                        c.figure().funnel.id,
                        c.figure().stage.key,
                        FigureView.of(c.figure())))
            .toList();
    Position next =
        page.isEmpty()
            ? from
            : new Position(
                page.get(page.size() - 1).at(),
                page.get(page.size() - 1).kind(),
                page.get(page.size() - 1).figure().id);
    return new ChangesPage(items, next.encode(), more);
  }

  private static void addIfAfter(List<Change> changes, Change c, Position from) {
    int byTime = c.at().compareTo(from.at());
    if (byTime > 0
        || (byTime == 0
            && (c.kind() > from.kind()
                || (c.kind() == from.kind() && c.figure().id > from.figureId())))) {
      changes.add(c);
    }
  }

  /**
   * The figures with a change after the position, with their recorded and superseded times, in the
   * order of their first change after it; at most {@code limit}. One statement, so one snapshot:
   * two queries (added, then superseded) let a figure superseded in between come back from the
   * persistence context without its supersededAt (a 500), and let a change committed in between be
   * skipped by the cursor. The first {@code limit} changes belong to these figures, since each
   * figure's first change is no later than its others.
   */
  private List<Object[]> changedAfter(Position from, String funnelId, int limit) {
    String added =
        switch (from.kind()) {
          case ADDED -> "(f.recordedAt > :at or (f.recordedAt = :at and f.id > :afterId))";
          case SUPERSEDED -> "f.recordedAt > :at";
          default -> "f.recordedAt >= :at";
        };
    String superseded =
        from.kind() == SUPERSEDED
            ? "(f.supersededAt > :at or (f.supersededAt = :at and f.id > :afterId))"
            : "f.supersededAt >= :at";
    var query =
        figures
            .getEntityManager()
            .createQuery(
                "select f, f.recordedAt, f.supersededAt from Figure f join fetch f.stage"
                    + " where ("
                    + added
                    + " or "
                    + superseded
                    + ")"
                    + (funnelId == null ? "" : " and f.funnel.id = :funnelId")
                    + " order by case when "
                    + added
                    + " then f.recordedAt else f.supersededAt end,"
                    + " case when "
                    + added
                    + " then 0 else 1 end, f.id",
                Object[].class)
            .setParameter("at", from.at())
            .setMaxResults(limit);
    if (from.kind() == ADDED || from.kind() == SUPERSEDED) {
      query.setParameter("afterId", from.figureId());
    }
    if (funnelId != null) {
      query.setParameter("funnelId", funnelId);
    }
    return query.getResultList();
  }
}
