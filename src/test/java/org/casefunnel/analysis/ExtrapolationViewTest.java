package org.casefunnel.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a chart draws of an extrapolation: what its text states, never more precisely. */
class ExtrapolationViewTest {

  // the seed's 1,200 of 2,200 reviewed of "about 9,000" (8,500 to 9,500): logical bounds 1,200 to
  // 8,500, computed interval 4,482 to 5,356, stated "4,400 to 5,400"
  private static final DerivedView LOGICAL =
      new DerivedView(null, 1200.0, 8500.0, "logical_bounds", Map.of(), "1,200 to 8,500", false);

  private static ExtrapolationView extrapolation(String method, String assumption) {
    return extrapolation(method, assumption, LOGICAL, 4482.0, 5356.0);
  }

  private static ExtrapolationView extrapolation(
      String method, String assumption, DerivedView logical, double low, double high) {
    DerivedView estimate =
        new DerivedView(4909.0, low, high, method, Map.of(), "about 4,900", false);
    return new ExtrapolationView(
        "identified", "reviewed", logical, estimate, "random", assumption, "statement");
  }

  @Test
  void anEndRoundedOutwardStopsAtTheLogicalBound() {
    // 8,420 to two digits outward is 8,500, past what the counts allow (8,460)
    DerivedView logical =
        new DerivedView(null, 1200.0, 8460.0, "logical_bounds", Map.of(), "1,200 to 8,460", false);

    DerivedView drawn =
        extrapolation("hypergeometric_over_range", "holds", logical, 1234.0, 8420.0)
            .drawnInterval();

    assertThat(drawn.low()).isEqualTo(1200.0);
    assertThat(drawn.high()).isEqualTo(8460.0);
  }

  @Test
  void overAnApproximatePopulationTheWhiskerSpansTheStatedInterval() {
    DerivedView drawn = extrapolation("hypergeometric_over_range", "holds").drawnInterval();

    assertThat(drawn.low()).isEqualTo(4400.0);
    assertThat(drawn.high()).isEqualTo(5400.0);
    assertThat(drawn.value()).isEqualTo(4909.0);
  }

  @Test
  void overAnExactPopulationTheWhiskerSpansTheComputedInterval() {
    DerivedView drawn = extrapolation("exact_hypergeometric", "holds").drawnInterval();

    assertThat(drawn.low()).isEqualTo(4482.0);
    assertThat(drawn.high()).isEqualTo(5356.0);
  }

  @Test
  void aReviewNotSelectedAtRandomHasNoWhisker() {
    assertThat(extrapolation("hypergeometric_over_range", "does_not_hold").drawnInterval())
        .isNull();
  }
}
