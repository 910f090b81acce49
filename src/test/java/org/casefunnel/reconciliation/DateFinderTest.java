package org.casefunnel.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A quantity's as-of date is one its sentence states for when a count holds; the start of a period,
 * the day of another event or the day something was said is not that date.
 */
class DateFinderTest {

  private static DateFinder.Found nearestTo450(String sentence) {
    return DateFinder.nearest(sentence, sentence.indexOf("450"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Since 1 January 2020 the force had identified 450 cases.",
        "From 1 January 2020 to date the force has identified 450 cases.",
        "The force, which launched its review on 1 January 2020, has identified 450 cases.",
        "The force identified 450 cases, and will report again on 1 March 2027.",
        "Of cases opened after 1 January 2020, 450 were identified.",
        "The chief said on 3 March 2026 that 450 cases were identified."
      })
  void aDateTiedToAStartOrAnotherEventIsNoAsOf(String sentence) {
    assertThat(nearestTo450(sentence)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "As of 1 June 2026, the force had identified 450 cases.",
        "By 1 June 2026 the force had identified 450 cases.",
        "On 1 June 2026, 450 cases were open.",
        "The force had identified 450 cases at 2026-06-01."
      })
  void aDateForWhenTheCountHoldsIsItsAsOf(String sentence) {
    assertThat(nearestTo450(sentence).date()).isEqualTo(LocalDate.of(2026, 6, 1));
  }

  @Test
  void theNearestDateNotTiedElsewhereIsTaken() {
    String sentence =
        "Since 1 January 2020 the force has reviewed cases, and by 1 June 2026 it had identified"
            + " 450 of them.";
    assertThat(nearestTo450(sentence).date()).isEqualTo(LocalDate.of(2026, 6, 1));
  }
}
