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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.casefunnel.common.config.Clocks;
import org.casefunnel.common.web.Stamp;

/**
 * The database side of {@link FunnelStamps}: one indexed query each, on a pooled connection in
 * auto-commit, without a transaction or a persistence context (which would cost more than the
 * query). Only asked when the stamp is not in memory.
 */
@ApplicationScoped
class StampQueries {

  /**
   * The latest of a funnel's dates that can only be past (what the date_in_future warning judges):
   * its figures in use that are reported or provisional, its statements made, its sources published
   * and retrieved. Four aggregates over the funnel's own rows, each by an index led by funnel_id;
   * {@code %1$s} is the funnel id's expression. A superseded figure is left out, so one mistyped
   * date in the history does not move every tag each day (a dated view showing it may then keep its
   * warning about that date for a day).
   */
  private static final String LATEST_DATES =
      "(select max(g.as_of) from figure g where g.funnel_id = %1$s and g.superseded_at is null"
          + " and g.status in ('REPORTED', 'PROVISIONAL')),"
          + " (select max(st.made_on) from statement st where st.funnel_id = %1$s),"
          + " (select max(so.published_on) from source so where so.funnel_id = %1$s),"
          + " (select max(so.retrieved_on) from source so where so.funnel_id = %1$s)";

  private static final String FUNNEL =
      "select f.id, f.version, f.updated_at, "
          + LATEST_DATES.formatted("f.id")
          + " from funnel f where f.id = ?";
  private static final String LIST =
      "select count(*), coalesce(sum(f.version), 0), max(f.updated_at) from funnel f";

  private final AgroalDataSource db;
  private final Counter lookups;

  StampQueries(AgroalDataSource db, MeterRegistry registry) {
    this.db = db;
    this.lookups =
        Counter.builder(FunnelStamps.LOOKUPS)
            .description("Stamp lookups of cached reads that went to the database (one query each)")
            .register(registry);
  }

  Optional<Stamp> funnel(String id) {
    try (Connection c = db.getConnection()) {
      return funnel(c, id);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  Optional<Stamp> funnel(Connection c, String id) throws SQLException {
    lookups.increment();
    try (PreparedStatement s = c.prepareStatement(FUNNEL)) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(stamp(r));
      }
    }
  }

  /** The stamp of the funnel a figure, statement or source is in; {@code table} is a constant. */
  Optional<Stamp> child(String table, long childId) {
    lookups.increment();
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select f.id, f.version, f.updated_at, "
                    + LATEST_DATES.formatted("f.id")
                    + " from "
                    + table
                    + " x join funnel f on f.id = x.funnel_id where x.id = ?")) {
      s.setLong(1, childId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(stamp(r));
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  Stamp list() {
    lookups.increment();
    try (Connection c = db.getConnection()) {
      return list(c);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /**
   * The list changes when a funnel is created (count, latest change), changed (latest change,
   * version sum) or deleted (count, version sum). It has no Last-Modified: a deletion leaves the
   * latest change where it was, so only the ETag can tell. Not counted: the listener's safety check
   * asks it on its own connection, outside any request.
   */
  Stamp list(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(LIST);
        ResultSet r = s.executeQuery()) {
      r.next();
      long count = r.getLong(1);
      long versions = r.getLong(2);
      Instant latest = instant(r, 3);
      long micros =
          latest == null ? 0 : latest.getEpochSecond() * 1_000_000 + latest.getNano() / 1_000;
      // what several funnels shape (comparisons, roll-ups) may speak of any funnel's dates: its
      // tags move each day, rather than scan every figure, statement and source for their dates
      return new Stamp(
          "list-" + count + "-" + Long.toString(micros, 36), versions, null, Instant.MAX);
    }
  }

  private static IllegalStateException failed(SQLException e) {
    // ProblemMappers reads the cause: a lost database is a 503
    return new IllegalStateException("Stamp lookup failed", e);
  }

  /** A funnel's stamp from a row of {@link #FUNNEL}'s columns (id, version, change, dates). */
  private static Stamp stamp(ResultSet r) throws SQLException {
    return new Stamp(r.getString(1), r.getLong(2), instant(r, 3), latestDateBegins(r, 4));
  }

  /** When the latest of the four dates from {@code first} on begins at UTC+14, or null. */
  private static Instant latestDateBegins(ResultSet r, int first) throws SQLException {
    LocalDate latest = null;
    for (int i = first; i < first + 4; i++) {
      LocalDate d = r.getObject(i, LocalDate.class);
      if (d != null && (latest == null || d.isAfter(latest))) {
        latest = d;
      }
    }
    return latest == null ? null : Clocks.firstBegins(latest);
  }

  private static Instant instant(ResultSet r, int column) throws SQLException {
    OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
