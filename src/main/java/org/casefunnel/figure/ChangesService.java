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

  @Transactional
  public ChangesPage changes(Instant since, String after, String funnelId, int limit) {
    if (funnelId != null) {
      funnels.require(funnelId);
    }
    Position from =
        after != null && !after.isBlank()
            ? Position.decode(after)
            : Position.since(since == null ? Instant.EPOCH : since);
    // one row more than asked for tells whether the page is full
    int fetch = limit + 1;
    List<Figure> added =
        figures.recordedAfter(
            funnelId,
            from.at(),
            from.kind() == ADDED ? from.figureId() : -1,
            from.kind() == SUPERSEDED,
            fetch);
    List<Figure> superseded =
        figures.supersededAfter(
            funnelId,
            from.at(),
            from.kind() == SUPERSEDED ? from.figureId() : -1,
            from.kind() < SUPERSEDED,
            fetch);
    List<Change> all = new ArrayList<>();
    added.forEach(f -> all.add(new Change(f.recordedAt, ADDED, f)));
    superseded.forEach(f -> all.add(new Change(f.supersededAt, SUPERSEDED, f)));
    all.sort(
        Comparator.comparing(Change::at)
            .thenComparingInt(Change::kind)
            .thenComparingLong(c -> c.figure().id));
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
}
