package org.casefunnel.common.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The service's clock, in one injectable place, so what is "today" is one bean a test can replace
 * (or a unit test pass as {@link Clock#fixed}).
 */
@ApplicationScoped
public class Clocks {

  /** The latest offset in use anywhere: at UTC+14 a new date begins first. */
  private static final ZoneOffset EARLIEST_NEW_DAY = ZoneOffset.ofHours(14);

  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * The latest date it is anywhere on Earth now: a date after it is in the future everywhere, so a
   * figure stated by someone in any time zone cannot already hold on it.
   */
  public static LocalDate latestToday(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), EARLIEST_NEW_DAY);
  }

  /** When the latest date anywhere on Earth began: when {@link #latestToday} last changed. */
  public static Instant todayBegan(Clock clock) {
    return firstBegins(latestToday(clock));
  }

  /**
   * The moment {@code date} begins somewhere on Earth (its start at UTC+14): from then on it is no
   * longer in the future anywhere, so what is said about dates still to come may change.
   */
  public static Instant firstBegins(LocalDate date) {
    return date.atStartOfDay(EARLIEST_NEW_DAY).toInstant();
  }
}
