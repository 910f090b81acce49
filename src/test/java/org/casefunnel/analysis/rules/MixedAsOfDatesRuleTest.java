package org.casefunnel.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.analysis.Snapshots.fig;

import org.casefunnel.analysis.Snapshots;
import org.junit.jupiter.api.Test;

class MixedAsOfDatesRuleTest {

  private final MixedAsOfDatesRule rule = new MixedAsOfDatesRule();

  @Test
  void figuresOfDifferentDatesGiveOneFunnelWideWarning() {
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .stage("a", null, fig(100).asOf("2025-01-31"))
                    .stage("b", "a", fig(50).asOf("2025-06-30"))
                    .stage("c", "b", fig(20).asOf("2025-06-30"))))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo("mixed_as_of_dates");
              assertThat(w.stage()).isNull();
              assertThat(w.message())
                  .isEqualTo(
                      "The figures hold as of different dates (2025-01-31: [a]; 2025-06-30: [b,"
                          + " c]), so conversions between them compare different moments.");
            });
  }

  @Test
  void oneDateOrUndatedFiguresAreNotWarned() {
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .stage("a", null, fig(100).asOf("2025-01-31"))
                    .stage("b", "a", fig(50).asOf("2025-01-31"))
                    .count("c", "b", 20)
                    .empty("d", "c")))
        .isEmpty();
  }
}
