package org.casefunnel.funnel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.casefunnel.common.web.Cached;
import org.casefunnel.common.web.Stamp;
import org.casefunnel.common.web.StampSource;
import org.casefunnel.model.FunnelChanged;
import org.casefunnel.text.AsciiNumbers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stamps for HTTP caching: every change inside a funnel raises the funnel's version, so its version
 * and updatedAt stamp everything derived from it. Stamps are kept in memory once read, dropped when
 * a write of this replica commits ({@link FunnelChanged}) or another replica's is announced ({@link
 * ChangeListener}), so a revalidation of unchanged data costs no query. Funnels that do not exist
 * are not remembered: a 404 always asks the database.
 */
@ApplicationScoped
public class FunnelStamps implements StampSource {

  /** Counted (as Hibernate statistics count its own) so QueryCountTest sees every statement. */
  public static final String LOOKUPS = "casefunnel.stamp.lookups";

  private final StampQueries queries;
  private final boolean enabled;
  private final int maxChildren;
  private final Map<String, Stamp> funnels = new ConcurrentHashMap<>();
  private final Map<String, String> children = new ConcurrentHashMap<>();
  private volatile Stamp list;

  /**
   * Whether what is in memory may be answered from. With several replicas (PostgreSQL) only while
   * the {@link ChangeListener} is listening: a write of another replica could go unnoticed else.
   */
  private volatile boolean trusted;

  /**
   * Raised by every invalidation. A read that loaded a stamp checks it after storing it: if an
   * invalidation ran meanwhile, what it loaded may predate the write, so it is dropped again.
   */
  private final AtomicLong epoch = new AtomicLong();

  FunnelStamps(
      StampQueries queries,
      StampsConfig config,
      @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
    this.queries = queries;
    // several replicas share a PostgreSQL database: memory is only safe with notifications
    this.enabled = config.inMemory() && (!"postgresql".equals(dbKind) || config.crossReplica());
    this.maxChildren = config.maxChildren();
    this.trusted = !"postgresql".equals(dbKind);
  }

  /**
   * The listener is listening (true) or lost its connection (false: every read asks the database).
   */
  void trust(boolean listening) {
    trusted = listening;
    invalidateAll();
  }

  @Override
  public Optional<Stamp> stamp(Cached.Scope scope, String id) {
    Optional<Stamp> known = inMemory(scope, id);
    if (known.isPresent()) {
      return known;
    }
    return switch (scope) {
      case FUNNEL -> id == null ? Optional.empty() : loadFunnel(id);
      case FIGURE -> byChild("figure", id);
      case STATEMENT -> byChild("statement", id);
      case SOURCE -> byChild("source", id);
      case FUNNEL_LIST -> Optional.of(loadList());
    };
  }

  @Override
  public Optional<Stamp> inMemory(Cached.Scope scope, String id) {
    if (!trusted) {
      return Optional.empty();
    }
    if (scope == Cached.Scope.FUNNEL_LIST) {
      return Optional.ofNullable(list);
    }
    if (id == null) {
      return Optional.empty();
    }
    String funnel = scope == Cached.Scope.FUNNEL ? id : children.get(scope.name() + ":" + id);
    return funnel == null ? Optional.empty() : Optional.ofNullable(funnels.get(funnel));
  }

  /** A write of {@code funnelId} committed (here or, announced, in another replica). */
  public void invalidate(String funnelId) {
    epoch.incrementAndGet();
    funnels.remove(funnelId);
    // a deleted child must answer 404, not its funnel's stamp: children are re-read with it
    children.values().removeIf(funnelId::equals);
    list = null;
  }

  /** Forget every stamp: after the listener reconnected, or the safety check saw a difference. */
  public void invalidateAll() {
    epoch.incrementAndGet();
    funnels.clear();
    children.clear();
    list = null;
  }

  /** The list stamp held in memory, or null; the listener's safety check compares it. */
  Stamp listInMemory() {
    return list;
  }

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) FunnelChanged change) {
    invalidate(change.funnelId());
  }

  private Optional<Stamp> loadFunnel(String id) {
    long before = epoch.get();
    Optional<Stamp> loaded = queries.funnel(id);
    if (enabled && trusted && loaded.isPresent()) {
      Stamp s = loaded.get();
      funnels.put(id, s);
      if (epoch.get() != before) {
        funnels.remove(id, s);
      }
    }
    return loaded;
  }

  private Stamp loadList() {
    long before = epoch.get();
    Stamp loaded = queries.list();
    if (enabled && trusted) {
      list = loaded;
      if (epoch.get() != before) {
        list = null;
      }
    }
    return loaded;
  }

  private Optional<Stamp> byChild(String table, String id) {
    // the id as the resource reads it, so a stamp is never found for a path that names nothing
    Long key = AsciiNumbers.id(id);
    if (key == null) {
      return Optional.empty();
    }
    long before = epoch.get();
    Optional<Stamp> loaded = queries.child(table, key);
    if (enabled && trusted && loaded.isPresent()) {
      Stamp s = loaded.get();
      String mapKey = table.toUpperCase(Locale.ROOT) + ":" + id;
      if (children.size() >= maxChildren) {
        children.clear(); // a crude bound: refilled at one lookup per child in use
      }
      children.put(mapKey, s.key());
      funnels.put(s.key(), s);
      if (epoch.get() != before) {
        children.remove(mapKey, s.key());
        funnels.remove(s.key(), s);
      }
    }
    return loaded;
  }
}
