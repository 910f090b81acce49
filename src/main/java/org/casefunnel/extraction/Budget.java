package org.casefunnel.extraction;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * When an extraction must stop early: at a deadline, or as soon as nobody waits for the answer.
 * Checked between sentences, whose length is bounded, so work stops soon after either.
 */
public final class Budget {

  /** No deadline, and somebody always waits: for tests and short texts. */
  public static final Budget UNLIMITED = new Budget(false, 0, () -> false);

  /** Longest deadline taken as such, so that adding it to System.nanoTime() cannot overflow. */
  private static final Duration LONGEST = Duration.ofDays(365);

  private final boolean timed;
  private final long deadlineNanos;
  private final BooleanSupplier abandoned;

  private Budget(boolean timed, long deadlineNanos, BooleanSupplier abandoned) {
    this.timed = timed;
    this.deadlineNanos = deadlineNanos;
    this.abandoned = abandoned;
  }

  /**
   * A budget from now.
   *
   * @param time how long the work may take
   * @param abandoned true once the client has gone away
   */
  public static Budget of(Duration time, BooleanSupplier abandoned) {
    Duration bounded = time.compareTo(LONGEST) > 0 ? LONGEST : time;
    return new Budget(true, System.nanoTime() + bounded.toNanos(), abandoned);
  }

  /** Why the work must stop now, or null while it may go on. */
  Truncation exhausted() {
    if (abandoned.getAsBoolean()) {
      return Truncation.ABANDONED;
    }
    if (timed && System.nanoTime() - deadlineNanos >= 0) {
      return Truncation.DEADLINE;
    }
    return null;
  }
}
