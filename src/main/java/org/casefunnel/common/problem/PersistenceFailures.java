package org.casefunnel.common.problem;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Reads what a persistence failure means for the client, whatever the layers (Hibernate, JTA,
 * Agroal, the JDBC driver) wrapped it in.
 */
final class PersistenceFailures {

  private PersistenceFailures() {}

  /**
   * True when the database cannot be reached: a connection could not be made or was lost, or the
   * pool found none within its acquisition timeout. Worth retrying later, so a 503.
   */
  static boolean databaseUnavailable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
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
        if (message != null
            && message.toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when a concurrent change to the same row won (optimistic locking on @Version). */
  static boolean concurrentUpdate(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return true;
      }
    }
    return false;
  }
}
