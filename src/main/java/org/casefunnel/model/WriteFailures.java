package org.casefunnel.model;

import org.casefunnel.common.problem.PersistenceFailures;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.common.web.Preconditions;

/**
 * What a failed write means for the client: the database's words (a unique key taken by a
 * concurrent create, a lost optimistic race, a lock not granted in time), as {@link
 * PersistenceFailures} reads them, answered once for every write, so that no race answers 500.
 */
final class WriteFailures {

  private WriteFailures() {}

  /** The problem to answer for {@code e}, or null when it is not a failure of concurrency. */
  static ProblemException classify(Throwable e, boolean conditional) {
    return PersistenceFailures.firstInChain(e, t -> problem(t, conditional));
  }

  /** The problem one throwable of the chain stands for, or null to look further. */
  private static ProblemException problem(Throwable t, boolean conditional) {
    if (t instanceof ProblemException p) {
      return p;
    }
    if (PersistenceFailures.concurrentUpdate(t)) {
      return lostRace(conditional);
    }
    if (PersistenceFailures.constraintViolation(t)) {
      return ProblemException.conflict(
          "A concurrent change created the same resource first; read the funnel again.");
    }
    if (PersistenceFailures.lockNotGranted(t)) {
      return busy();
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
}
