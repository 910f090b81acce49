package org.casefunnel.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When what a response says about dates still to come last changed with no write. */
class StampTest {

  private static final Instant WRITTEN = Instant.parse("2026-12-04T18:00:00Z");
  private static final Instant TODAY_BEGAN = Instant.parse("2026-12-05T10:00:00Z");

  @Test
  void withNoDateOrNoneStillToComeAtTheWriteNothingChangesAfterIt() {
    assertThat(new Stamp("f", 3, WRITTEN).datesChangedAt(TODAY_BEGAN)).isNull();
    Stamp pastOnly = new Stamp("f", 3, WRITTEN, Instant.parse("2026-11-30T10:00:00Z"));
    assertThat(pastOnly.datesChangedAt(TODAY_BEGAN)).isNull();
  }

  @Test
  void whileTheLatestDateIsToComeEachNewDayChangesIt() {
    Stamp future = new Stamp("f", 3, WRITTEN, Instant.parse("2026-12-20T10:00:00Z"));
    assertThat(future.datesChangedAt(Instant.parse("2026-12-04T10:00:00Z")))
        .as("the day of the write began before it")
        .isNull();
    assertThat(future.datesChangedAt(TODAY_BEGAN)).isEqualTo(TODAY_BEGAN);
  }

  @Test
  void onceTheLatestDateHasBegunNothingChangesAnyMore() {
    Instant begins = Instant.parse("2026-12-06T10:00:00Z");
    Stamp future = new Stamp("f", 3, WRITTEN, begins);
    assertThat(future.datesChangedAt(Instant.parse("2027-01-10T10:00:00Z"))).isEqualTo(begins);
  }

  @Test
  void aListHasNoWriteTimeAndMovesWithEachDay() {
    Stamp list = new Stamp("list-2-x", 7, null, Instant.MAX);
    assertThat(list.datesChangedAt(TODAY_BEGAN)).isEqualTo(TODAY_BEGAN);
  }
}
