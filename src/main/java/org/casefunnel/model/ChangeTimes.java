package org.casefunnel.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The times the write path stamps on changes: as the databases store them, and only growing. */
public final class ChangeTimes {

  private ChangeTimes() {}

  /** Microsecond precision, as both databases store it, so a read gives back what was written. */
  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  /** Now, or just after {@code previous} if the clock has not passed it: change times only grow. */
  static Instant after(Instant previous) {
    Instant now = now();
    return previous != null && !now.isAfter(previous) ? previous.plus(1, ChronoUnit.MICROS) : now;
  }
}
