package org.casefunnel.common.problem;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.function.Function;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Reads what a persistence failure means, whatever the layers (Hibernate, JTA, Agroal, the JDBC
 * driver) wrapped it in: the one place that knows the exception types and SQL states of the
 * database's answers. The problem mappers ask whether the database is unreachable; the write path
 * (model/WriteFailures) asks which race a write lost.
 */
public final class PersistenceFailures {

  private PersistenceFailures() {}

  /**
   * The first answer {@code reading} gives for {@code e} or one of its causes, outermost first, or
   * null when it answers null for all of them.
   */
  public static <T> T firstInChain(Throwable e, Function<Throwable, T> reading) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      T answer = reading.apply(t);
      if (answer != null) {
        return answer;
      }
    }
    return null;
  }

  /**
   * True when the database cannot be reached: a connection could not be made or was lost, or the
   * pool found none within its acquisition timeout. Worth retrying later, so a 503.
   */
  static boolean databaseUnavailable(Throwable e) {
    return firstInChain(e, t -> unreachable(t) ? Boolean.TRUE : null) != null;
  }

  /** This one throwable says the database is unreachable (see {@link #databaseUnavailable}). */
  private static boolean unreachable(Throwable t) {
    if (t instanceof JDBCConnectionException
        || t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException) {
      return true;
    }
    if (t instanceof SQLException sql) {
      String state = sql.getSQLState();
      // 08: connection exception; 57P: server shutting down, crashed, or still starting
      if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
        return true;
      }
      String message = sql.getMessage();
      // Agroal: no connection within quarkus.datasource.jdbc.acquisition-timeout
      return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
    return false;
  }

  /** This one throwable says a concurrent change to the same row won (optimistic @Version). */
  public static boolean concurrentUpdate(Throwable t) {
    return t instanceof OptimisticLockException || t instanceof StaleStateException;
  }

  /** This one throwable says a constraint was violated, such as a unique key taken (23505). */
  public static boolean constraintViolation(Throwable t) {
    return t instanceof ConstraintViolationException
        || t instanceof SQLException sql && "23505".equals(sql.getSQLState());
  }

  /**
   * This one throwable says a lock was not granted in time. PostgreSQL: 40001 serialization
   * failure, 40P01 deadlock, 55P03 lock not available; H2: HYT00 lock timeout, 40001 deadlock.
   */
  public static boolean lockNotGranted(Throwable t) {
    if (t instanceof PessimisticLockException
        || t instanceof LockTimeoutException
        || t instanceof LockAcquisitionException) {
      return true;
    }
    if (!(t instanceof SQLException sql) || sql.getSQLState() == null) {
      return false;
    }
    String s = sql.getSQLState();
    return s.equals("40001") || s.equals("40P01") || s.equals("55P03") || s.equals("HYT00");
  }
}
