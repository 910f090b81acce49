package org.casefunnel.model;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.common.web.Preconditions;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * What a failed write means for the client: the database's words (a unique key taken by a
 * concurrent create, a lost optimistic race, a lock not granted in time) read once, for every
 * write, so that no race answers 500.
 */
final class WriteFailures {

  private WriteFailures() {}

  /** The problem to answer for {@code e}, or null when it is not a failure of concurrency. */
  static ProblemException classify(Throwable e, boolean conditional) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ProblemException p) {
        return p;
      }
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return lostRace(conditional);
      }
      if (t instanceof ConstraintViolationException || uniqueViolation(t)) {
        return ProblemException.conflict(
            "A concurrent change created the same resource first; read the funnel again.");
      }
      if (t instanceof PessimisticLockException
          || t instanceof LockTimeoutException
          || t instanceof LockAcquisitionException
          || lockNotGranted(t)) {
        return busy();
      }
    }
    return null;
  }

  /** The loser of a race: 412 when it named a version, 409 when it claimed none. */
  static ProblemException lostRace(boolean conditional) {
    return conditional
        ? Preconditions.stale()
        : ProblemException.conflict(
            "The funnel was changed by a concurrent request; read it again and retry.");
  }

  /** Too many writers of one funnel at once: retry shortly. */
  static ProblemException busy() {
    return ProblemException.unavailable(
        "Too many concurrent changes of this funnel; retry shortly.", 1);
  }

  private static boolean uniqueViolation(Throwable t) {
    return t instanceof SQLException sql && "23505".equals(sql.getSQLState());
  }

  /**
   * PostgreSQL: 40001 serialization failure, 40P01 deadlock, 55P03 lock not available; H2: HYT00
   * lock timeout, 40001 deadlock.
   */
  private static boolean lockNotGranted(Throwable t) {
    if (!(t instanceof SQLException sql) || sql.getSQLState() == null) {
      return false;
    }
    String s = sql.getSQLState();
    return s.equals("40001") || s.equals("40P01") || s.equals("55P03") || s.equals("HYT00");
  }
}
