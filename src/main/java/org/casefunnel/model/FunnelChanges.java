package org.casefunnel.model;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.casefunnel.common.config.AppConfig;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.common.web.ETags;
import org.casefunnel.common.web.Preconditions;
import org.casefunnel.common.web.WriteConditions;

/**
 * The one way to change a funnel. Every create, update, delete and append inside a funnel goes
 * through here, which:
 *
 * <ol>
 *   <li>serialises it with the other writes of the funnel: in memory, then on the funnel's row
 *       ({@code SELECT ... FOR UPDATE}), so a writer reads what the previous one committed;
 *   <li>checks {@code If-Match} (the resource's own tag or the funnel's) against that fresh state,
 *       then {@code If-None-Match} (RFC 9110 section 13.2.2), which no operation declares;
 *   <li>raises the version of the resource it changes (or of the stage a figure is appended to) and
 *       of the funnel, the latter with an optimistic check ({@code ... WHERE version = ?}), so that
 *       ETags, caches and lists move with every change, and every change is one revision of the
 *       funnel in its audit history (the funnel's row is updated through Hibernate, so Envers sees
 *       it);
 *   <li>applies the change and flushes it, reading any database refusal as a problem: a lost race
 *       is a 412 (the writer named a version) or a 409 (it did not), a lock not granted a 503;
 *   <li>writes what the change did to figures to the changes feed's log ({@link FigureFeed}), last,
 *       so the feed's positions follow commit order.
 * </ol>
 *
 * A write that forgets a step cannot exist: services pass their change to this class instead of
 * doing any of the steps themselves. A change judges its request body itself, so a request is
 * judged in RFC 9110's order: a missing target first (404), then the preconditions, then the body
 * (which so waits for the funnel's lock, as any write does).
 */
@ApplicationScoped
public class FunnelChanges {

  private final EntityManager em;
  private final FunnelLocks locks;
  private final Event<FunnelChanged> changed;
  private final AppConfig config;
  private final FigureFeed feed;
  private final WriteConditions conditions;

  FunnelChanges(
      EntityManager em,
      FunnelLocks locks,
      Event<FunnelChanged> changed,
      AppConfig config,
      FigureFeed feed,
      WriteConditions conditions) {
    this.em = em;
    this.locks = locks;
    this.changed = changed;
    this.config = config;
    this.feed = feed;
    this.conditions = conditions;
  }

  /**
   * Creates a funnel with {@code work}, which persists it (and, for an import, everything in it).
   * Writes of one id are serialised; an id already taken, also by a concurrent create, is a 409.
   */
  public <R> R create(String funnelId, Supplier<R> work) {
    return locked(
        funnelId,
        false,
        () -> {
          // the client names the new funnel's id, as a PUT that creates would: nothing has a tag
          // yet, so If-None-Match (* included) passes when well-formed
          Preconditions.requireNoneMatch(conditions.ifNoneMatch(), false);
          if (em.find(Funnel.class, funnelId) != null) {
            throw ProblemException.conflict("A funnel with id '" + funnelId + "' exists already.");
          }
          R result = flushed(work, false);
          changed.fire(new FunnelChanged(funnelId));
          return result;
        });
  }

  /**
   * An addition: a new stage, statement, source or figure inside the funnel. It claims no version
   * unless the client sends {@code If-Match}, which is then checked like a change's, against the
   * funnel's current tag (what reads of the funnel and its lists carry) or the current tag of what
   * it is added to ({@code parentTag}: a stage's, for a figure): 412 when it names neither, so that
   * "add this only if nothing changed since I read" holds. It runs after every earlier write of the
   * funnel has committed, so its checks (a key taken, the latest figure) see them. {@code parent}
   * is what it is added to (the funnel, or a figure's stage), whose version is raised with the
   * funnel's.
   */
  public <T, R> R append(
      String funnelId,
      String ifMatch,
      Function<Funnel, T> parent,
      Function<T, String> parentTag,
      BiFunction<Funnel, T, R> change) {
    return locked(
        funnelId,
        ifMatch != null,
        () -> {
          Funnel funnel = Preconditions.found(ifMatch, () -> lockRow(funnelId));
          T target = parent.apply(funnel);
          if (ifMatch != null) {
            Preconditions.requireListed(ifMatch, etag(funnel), parentTag.apply(target));
          }
          // the target is the collection added to, which exists: If-None-Match: * fails
          Preconditions.requireNoneMatch(
              conditions.ifNoneMatch(), true, etag(funnel), parentTag.apply(target));
          return apply(funnel, target, change, ifMatch != null);
        });
  }

  /**
   * A change of an existing resource (or of the funnel itself): {@code If-Match} must name the
   * current tag of the resource ({@code ownTag}) or of the funnel; without it the answer is 428,
   * with another 412.
   */
  public <T, R> R modify(
      String funnelId,
      String ifMatch,
      Function<Funnel, T> target,
      Function<T, String> ownTag,
      BiFunction<Funnel, T, R> change) {
    return modify(() -> funnelId, ifMatch, target, ownTag, change);
  }

  /**
   * As {@link #modify(String, String, Function, Function, BiFunction)}, for a change that may leave
   * the resource as it is (an update to what it holds, an empty merge patch): {@code unchanged},
   * asked after the preconditions, answers such a change with the resource as it stands. A change
   * that changes nothing is no change: no version is raised, so the ETag stays, and no revision is
   * written.
   */
  public <T, R> R modify(
      Supplier<String> funnelOf,
      String ifMatch,
      Function<Funnel, T> target,
      Function<T, String> ownTag,
      BiFunction<Funnel, T, Optional<R>> unchanged,
      BiFunction<Funnel, T, R> change) {
    return modifyUnlessSame(funnelOf, ifMatch, target, ownTag, unchanged, change);
  }

  /**
   * As {@link #modify(String, String, Function, Function, BiFunction)}, for a resource addressed by
   * its own id: {@code funnelOf} finds its funnel. A resource that does not exist (any more) fails
   * any If-Match, {@code *} included (RFC 9110 section 13.1.1: there is no current representation),
   * so the losers of a race to delete it all get 412, whether they came before or after the winner.
   */
  public <T, R> R modify(
      Supplier<String> funnelOf,
      String ifMatch,
      Function<Funnel, T> target,
      Function<T, String> ownTag,
      BiFunction<Funnel, T, R> change) {
    return modifyUnlessSame(funnelOf, ifMatch, target, ownTag, (f, t) -> Optional.empty(), change);
  }

  private <T, R> R modifyUnlessSame(
      Supplier<String> funnelOf,
      String ifMatch,
      Function<Funnel, T> target,
      Function<T, String> ownTag,
      BiFunction<Funnel, T, Optional<R>> unchanged,
      BiFunction<Funnel, T, R> change) {
    String funnelId =
        Preconditions.found(
            ifMatch, () -> QuarkusTransaction.joiningExisting().call(funnelOf::get));
    return locked(
        funnelId,
        true,
        () -> {
          Funnel funnel = Preconditions.found(ifMatch, () -> lockRow(funnelId));
          T resource = Preconditions.found(ifMatch, () -> target.apply(funnel));
          Preconditions.requireMatch(
              ifMatch, ownTag.apply(resource), funnel.id, funnel.version, funnel.updatedAt);
          Preconditions.requireNoneMatch(
              conditions.ifNoneMatch(), true, ownTag.apply(resource), etag(funnel));
          Optional<R> same = unchanged.apply(funnel, resource);
          if (same.isPresent()) {
            return same.get();
          }
          return apply(funnel, resource, change, true);
        });
  }

  /**
   * Within a change: also raises the version of another resource the change alters (the stage whose
   * current figure a deletion changes), so its tag moves too.
   */
  public void touch(Object resource) {
    try {
      em.lock(resource, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    } catch (PersistenceException e) {
      throw translate(e, true);
    }
  }

  /**
   * Within a change that renames a stage: its figures are logged as moved to the new key, so the
   * changes feed names them as the funnel now does.
   */
  public void renamed(List<Figure> figuresOfTheStage) {
    feed.moved(figuresOfTheStage);
  }

  /** The strong ETag of a funnel's own representation (shared by reads and conditional writes). */
  public static String etag(Funnel f) {
    return ETags.ofFunnel(f.id, f.version, f.updatedAt, "");
  }

  /** The strong ETag of a stage's own representation (shared by writes' answers and If-Match). */
  public static String etag(Stage s) {
    return ETags.ofStage(s.id, s.version);
  }

  private <T, R> R apply(
      Funnel funnel, T target, BiFunction<Funnel, T, R> change, boolean conditional) {
    raiseVersions(funnel, target, conditional);
    R result = flushed(() -> change.apply(funnel, target), conditional);
    changed.fire(new FunnelChanged(funnel.id));
    return result;
  }

  /** Serialises the writes of a funnel (in memory, then on its row) and reads it fresh. */
  private Funnel lockRow(String funnelId) {
    Funnel funnel;
    try {
      funnel = em.find(Funnel.class, funnelId, LockModeType.PESSIMISTIC_WRITE);
    } catch (PersistenceException e) {
      throw translate(e, false);
    }
    if (funnel == null) {
      throw ProblemException.notFound("Funnel", funnelId);
    }
    return funnel;
  }

  /**
   * Raises the funnel's version and change time through its entity, never by a bulk update, which
   * Envers does not see: so every change is one revision of the funnel (its history), with the
   * change's author. Also raises the changed resource's version, so both their tags move.
   */
  private void raiseVersions(Funnel funnel, Object target, boolean conditional) {
    funnel.updatedAt = ChangeTimes.after(funnel.updatedAt);
    if (target == funnel) {
      // a change of the funnel's own fields: the row is flushed once, with them
      return;
    }
    try {
      // now, so the change sees the new version; Hibernate checks the old one (a lost race)
      em.flush();
    } catch (PersistenceException e) {
      throw translate(e, conditional);
    }
    if (target != null && em.contains(target)) {
      touch(target);
    }
  }

  private <R> R flushed(Supplier<R> work, boolean conditional) {
    try {
      R result = work.get();
      em.flush();
      feed.write();
      return result;
    } catch (PersistenceException e) {
      throw translate(e, conditional);
    }
  }

  private static RuntimeException translate(RuntimeException e, boolean conditional) {
    ProblemException p = WriteFailures.classify(e, conditional);
    return p != null ? p : e;
  }

  /**
   * Runs a change holding the funnel's in-process lock, in a transaction begun after it was taken,
   * and reads what went wrong at commit as a problem too.
   */
  private <R> R locked(String funnelId, boolean conditional, Supplier<R> work) {
    try {
      return locks.run(funnelId, config.writes().lockWait(), work);
    } catch (FunnelLocks.Busy e) {
      throw WriteFailures.busy();
    } catch (RuntimeException e) {
      throw translate(e, conditional);
    }
  }
}
