package org.casefunnel.pages;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates on the pages as people read them ("12 January 2026", "2 December 2026, 09:14 UTC"), not ISO
 * with microseconds; the API keeps ISO 8601.
 */
@TemplateExtension
final class ReadableDates {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);

  private ReadableDates() {}

  static String readable(LocalDate date) {
    return DAY.format(date);
  }

  static String readable(Instant instant) {
    return TIME.format(instant);
  }
}
