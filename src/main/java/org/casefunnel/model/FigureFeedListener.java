package org.casefunnel.model;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PreRemove;

/**
 * Notes each change of a figure for the changes feed ({@link FigureFeed}) as Hibernate writes it,
 * by comparing the figure with what was last read or written of it: so no code path that records,
 * supersedes, ranks or deletes a figure can leave the feed behind.
 */
public class FigureFeedListener {

  @PostLoad
  void loaded(Figure f) {
    remember(f);
  }

  @PostPersist
  void persisted(Figure f) {
    FigureFeed feed = feed();
    feed.note(FeedChange.ADDED, f, f.rank, f.recordedAt);
    if (f.supersededAt != null) {
      feed.note(FeedChange.SUPERSEDED, f, null, f.supersededAt);
    }
    remember(f);
  }

  @PostUpdate
  void updated(Figure f) {
    FigureFeed feed = feed();
    if (f.rank != f.feedRank) {
      feed.note(FeedChange.RANKED, f, f.rank, ChangeTimes.now());
    }
    if (f.feedSupersededAt == null && f.supersededAt != null) {
      feed.note(FeedChange.SUPERSEDED, f, null, f.supersededAt);
    } else if (f.feedSupersededAt != null && f.supersededAt == null) {
      feed.note(FeedChange.RESTORED, f, null, ChangeTimes.now());
    }
    remember(f);
  }

  @PreRemove
  void removed(Figure f) {
    feed().note(FeedChange.DELETED, f, null, ChangeTimes.now());
  }

  private static void remember(Figure f) {
    f.feedRank = f.rank;
    f.feedSupersededAt = f.supersededAt;
  }

  private static FigureFeed feed() {
    return Arc.container().instance(FigureFeed.class).get();
  }
}
