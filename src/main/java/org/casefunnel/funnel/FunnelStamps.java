package org.casefunnel.funnel;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.casefunnel.common.web.Cached;
import org.casefunnel.common.web.Stamp;
import org.casefunnel.common.web.StampSource;

/**
 * Stamps for HTTP caching: every change inside a funnel touches the funnel, so its version and
 * updatedAt stamp everything derived from it. Read on every cached GET, before anything else, so
 * with one indexed query on a pooled connection in auto-commit, without a transaction or a
 * persistence context (which would cost more than the query).
 */
@ApplicationScoped
public class FunnelStamps implements StampSource {

  private static final String FUNNEL =
      "select f.id, f.version, f.updated_at from funnel f where f.id = ?";
  private static final String LIST =
      "select count(*), coalesce(sum(f.version), 0), max(f.updated_at) from funnel f";

  /** Counted (as Hibernate statistics count its own) so QueryCountTest sees every statement. */
  public static final String LOOKUPS = "casefunnel.stamp.lookups";

  private final AgroalDataSource db;
  private final Counter lookups;

  public FunnelStamps(AgroalDataSource db, MeterRegistry registry) {
    this.db = db;
    this.lookups =
        Counter.builder(LOOKUPS)
            .description("Stamp lookups of cached reads (one query each)")
            .register(registry);
  }

  @Override
  public Optional<Stamp> stamp(Cached.Scope scope, String id) {
    try {
      return switch (scope) {
        case FUNNEL -> id == null ? Optional.empty() : one(FUNNEL, id);
        case FIGURE -> byChild("figure", id);
        case STATEMENT -> byChild("statement", id);
        case SOURCE -> byChild("source", id);
        case FUNNEL_LIST -> Optional.of(list());
      };
    } catch (SQLException e) {
      // ProblemMappers reads the cause: a lost database is a 503
      throw new IllegalStateException("Stamp lookup failed", e);
    }
  }

  private Optional<Stamp> byChild(String table, String id) throws SQLException {
    long key;
    try {
      key = Long.parseLong(id);
    } catch (NumberFormatException | NullPointerException e) {
      return Optional.empty();
    }
    // table is one of three constants above, never client input
    return one(
        "select f.id, f.version, f.updated_at from "
            + table
            + " x join funnel f on f.id = x.funnel_id where x.id = ?",
        key);
  }

  private Optional<Stamp> one(String sql, Object param) throws SQLException {
    lookups.increment();
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, param);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(new Stamp(r.getString(1), r.getLong(2), instant(r, 3)));
      }
    }
  }

  /**
   * The list changes when a funnel is created (count, latest change), changed (latest change,
   * version sum) or deleted (count, version sum). It has no Last-Modified: a deletion leaves the
   * latest change where it was, so only the ETag can tell.
   */
  private Stamp list() throws SQLException {
    lookups.increment();
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(LIST);
        ResultSet r = s.executeQuery()) {
      r.next();
      long count = r.getLong(1);
      long versions = r.getLong(2);
      Instant latest = instant(r, 3);
      long micros =
          latest == null ? 0 : latest.getEpochSecond() * 1_000_000 + latest.getNano() / 1_000;
      return new Stamp("list-" + count + "-" + Long.toString(micros, 36), versions, null);
    }
  }

  private static Instant instant(ResultSet r, int column) throws SQLException {
    OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
