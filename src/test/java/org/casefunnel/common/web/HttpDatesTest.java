package org.casefunnel.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HttpDatesTest {

  private static final Instant NOV_6_1994 = Instant.parse("1994-11-06T08:49:37Z");

  @Test
  void formatsImfFixdateWithATwoDigitDay() {
    assertThat(HttpDates.format(Instant.parse("2026-12-01T19:27:04.532Z")))
        .isEqualTo("Tue, 01 Dec 2026 19:27:04 GMT");
  }

  @Test
  void parsesTheThreeFormatsRfc9110Requires() {
    assertThat(HttpDates.parse("Sun, 06 Nov 1994 08:49:37 GMT")).contains(NOV_6_1994);
    assertThat(HttpDates.parse("Sunday, 06-Nov-94 08:49:37 GMT")).contains(NOV_6_1994);
    assertThat(HttpDates.parse("Sun Nov  6 08:49:37 1994")).contains(NOV_6_1994);
  }

  @Test
  void readsBackWhatItWrites() {
    Instant t = Instant.parse("2026-03-09T00:00:01Z");
    assertThat(HttpDates.parse(HttpDates.format(t))).contains(t);
  }

  @Test
  void ignoresWhatIsNoHttpDate() {
    assertThat(HttpDates.parse("yesterday")).isEmpty();
    assertThat(HttpDates.parse("2026-12-01T19:27:04Z")).isEmpty();
  }

  @Test
  void aLastModifiedIsGivenOnlyOnceItsSecondIsOver() {
    Instant change = Instant.parse("2026-12-04T05:30:00.300Z");
    assertThat(HttpDates.settled(change, Instant.parse("2026-12-04T05:30:00.900Z"))).isNull();
    assertThat(HttpDates.settled(change, change)).isNull();
    assertThat(HttpDates.settled(change, Instant.parse("2026-12-04T05:30:01Z"))).isEqualTo(change);
    // a change the clock puts later than now (a replica's clock ahead) is not given either
    assertThat(HttpDates.settled(change, Instant.parse("2026-12-04T05:29:59Z"))).isNull();
    assertThat(HttpDates.settled(null, change)).isNull();
  }

  @Test
  void nowIsTheCurrentSecondAsAnImfFixdate() {
    Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    Instant now = HttpDates.parse(HttpDates.now()).orElseThrow();
    assertThat(now).isBetween(before, Instant.now());
  }
}
