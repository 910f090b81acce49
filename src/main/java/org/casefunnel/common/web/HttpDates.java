package org.casefunnel.common.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** HTTP dates (RFC 9110 section 5.6.7): IMF-fixdate out, all three formats in. */
public final class HttpDates {

  /** IMF-fixdate, e.g. "Tue, 01 Dec 2026 19:27:04 GMT": the day always has two digits. */
  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  /** Obsolete RFC 850 form, e.g. "Sunday, 06-Nov-94 08:49:37 GMT" (two-digit years from 1970). */
  private static final DateTimeFormatter RFC_850 =
      new DateTimeFormatterBuilder()
          .appendPattern("EEEE, dd-MMM-")
          .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
          .appendPattern(" HH:mm:ss 'GMT'")
          .toFormatter(Locale.US);

  /** Obsolete asctime form, e.g. "Sun Nov 6 08:49:37 1994". */
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US);

  /** The IMF-fixdate of {@link #now()}, reused within its second. */
  private record Second(long epochSecond, String text) {}

  private static volatile Second current = new Second(Long.MIN_VALUE, "");

  private HttpDates() {}

  /** The Date header of an answer sent now, formatted once a second. */
  public static String now() {
    Instant now = Instant.now();
    Second c = current;
    if (c.epochSecond() != now.getEpochSecond()) {
      c = new Second(now.getEpochSecond(), format(now));
      current = c;
    }
    return c.text();
  }

  /**
   * The Last-Modified an answer sent at {@code now} may carry: none while the change is in the
   * current second. An HTTP date has one-second resolution, so a second change within that second
   * would carry the same date and a client's If-Modified-Since would wrongly get a 304 (RFC 9110
   * section 8.8.2.2 calls such a date weak). Sent only once its second is over, the date is later
   * than every change before it and earlier than every change after it.
   */
  public static Instant settled(Instant lastModified, Instant now) {
    if (lastModified == null
        || !lastModified
            .truncatedTo(ChronoUnit.SECONDS)
            .isBefore(now.truncatedTo(ChronoUnit.SECONDS))) {
      return null;
    }
    return lastModified;
  }

  public static String format(Instant instant) {
    return IMF_FIXDATE.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /** The instant an HTTP date names; empty when it is in none of the three formats. */
  public static Optional<Instant> parse(String value) {
    String v = value.strip();
    try {
      // IMF-fixdate; RFC 1123's parser also takes a one-digit day, which some clients send
      return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      // one of the obsolete forms, always in GMT
    }
    for (DateTimeFormatter f : List.of(RFC_850, ASCTIME)) {
      try {
        return Optional.of(LocalDateTime.parse(v, f).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }
}
