package org.casefunnel.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's one clock in {@code @QuarkusTest}s: the system's, unless a test moves it ahead to
 * see what a later day answers; such a test puts it back when it ends ({@link #reset}). Only what
 * takes the injected clock moves (what is judged against today); change times stay real.
 */
@Alternative
@Priority(1)
@Singleton
public class MovableClock extends Clock {

  private volatile Duration ahead = Duration.ZERO;

  public void moveAhead(Duration by) {
    ahead = by;
  }

  public void reset() {
    ahead = Duration.ZERO;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), ahead);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(ahead);
  }
}
