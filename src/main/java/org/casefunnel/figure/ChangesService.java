package org.casefunnel.figure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casefunnel.model.FeedEntry;
import org.casefunnel.model.FeedEntryRepository;
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

  private final FeedEntryRepository feed;
  private final FigureRepository figures;
  private final FunnelRepository funnels;

  public ChangesService(
      FeedEntryRepository feed, FigureRepository figures, FunnelRepository funnels) {
    this.feed = feed;
    this.figures = figures;
    this.funnels = funnels;
  }

  @Transactional
  public ChangesPage changes(Instant since, String after, String funnelId, int limit) {
    // a deleted funnel's feed still answers: its deletion is in it
    if (funnelId != null && !feed.mentions(funnelId)) {
      funnels.require(funnelId);
    }
    long from =
        after != null && !after.isBlank()
            ? switch (FeedCursor.decode(after)) {
              case FeedCursor.At c -> c.position();
              case FeedCursor.Legacy l -> feed.positionOfTimeCursor(l.at(), l.kind(), l.figureId());
            }
            : since == null ? 0 : feed.positionBefore(since);
    List<FeedEntry> entries = feed.after(from, funnelId, limit + 1);
    boolean more = entries.size() > limit;
    List<FeedEntry> page = entries.subList(0, Math.min(limit, entries.size()));
    Map<Long, Figure> now = new HashMap<>();
    figures
        .byIds(page.stream().map(e -> e.figureId).distinct().toList())
        .forEach(f -> now.put(f.id, f));
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
    return new ChangesPage(items, new FeedCursor.At(next).encode(), more);
  }
}
