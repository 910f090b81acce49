package org.casefunnel.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.casefunnel.common.security.CurrentUser;

/**
 * The log behind the changes feed. {@link FigureFeedListener} notes every change of a figure's
 * standing, rank or existence as Hibernate writes it, whichever service made it; {@link
 * FunnelChanges} then writes the notes of its change to the log ({@link #write}), in the same
 * transaction, so the log holds exactly the committed changes.
 *
 * <p>Positions are taken from the one row of {@code figure_feed_head}: raising it takes the row's
 * lock, held until the writer commits, so a later writer's positions follow only once the earlier
 * one committed. A reader that sees position n has therefore seen every position before it, and a
 * cursor (a position) never skips a change committed late nor repeats one. The lock is taken last
 * in a write, after the funnel's, and held only for the commit.
 */
@ApplicationScoped
public class FigureFeed {

  /** A change noted in the current transaction, not yet in the log. */
  record Note(
      FeedChange change,
      long figureId,
      String funnelId,
      String stageKey,
      FigureRank rank,
      Instant at) {}

  private static final String NOTES = FigureFeed.class.getName() + ".notes";

  private final EntityManager em;
  private final TransactionSynchronizationRegistry transactions;

  FigureFeed(EntityManager em, TransactionSynchronizationRegistry transactions) {
    this.em = em;
    this.transactions = transactions;
  }

  /** Notes a change of {@code f} in the current transaction. */
  void note(FeedChange change, Figure f, FigureRank rank, Instant at) {
    if (transactions.getTransactionKey() == null) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<Note> notes = (List<Note>) transactions.getResource(NOTES);
    if (notes == null) {
      notes = new ArrayList<>();
      transactions.putResource(NOTES, notes);
    }
    notes.add(new Note(change, f.id, f.funnel.id, f.stage.key, rank, at));
  }

  /**
   * Notes that the figures' stage was renamed (call after the rename): a poller that filed them
   * under the old key learns the new one.
   */
  void moved(List<Figure> figures) {
    Instant at = ChangeTimes.now();
    figures.forEach(f -> note(FeedChange.MOVED, f, f.rank, at));
  }

  /**
   * Writes the changes noted so far in this transaction to the log, in the order they happened, at
   * the next positions of the feed. Called by the write path once its change is flushed.
   */
  void write() {
    if (transactions.getTransactionKey() == null) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<Note> notes = (List<Note>) transactions.getResource(NOTES);
    if (notes == null || notes.isEmpty()) {
      return;
    }
    int n = notes.size();
    // the row lock this takes is held until commit: positions follow commit order
    em.createNativeQuery(
            "update figure_feed_head set last_position = last_position + ?1 where id = 1")
        .setParameter(1, n)
        .executeUpdate();
    long last =
        ((Number)
                em.createNativeQuery("select last_position from figure_feed_head where id = 1")
                    .getSingleResult())
            .longValue();
    String by = CurrentUser.name();
    long position = last - n;
    for (Note note : notes) {
      FeedEntry e = new FeedEntry();
      e.position = ++position;
      e.change = note.change();
      e.figureId = note.figureId();
      e.funnelId = note.funnelId();
      e.stageKey = note.stageKey();
      e.rank = note.rank();
      e.changedAt = note.at();
      e.changedBy = by;
      em.persist(e);
    }
    notes.clear();
    em.flush();
  }
}
