package org.casefunnel.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.analysis.Snapshots.fig;

import java.util.List;
import org.casefunnel.analysis.Snapshots;
import org.casefunnel.analysis.WarningView;
import org.junit.jupiter.api.Test;

class StageExceedsBaseRuleTest {

  private final StageExceedsBaseRule rule = new StageExceedsBaseRule();

  @Test
  void aCountAboveItsBaseIsWarnedOnTheStage() {
    List<WarningView> w =
        RuleRun.check(rule, Snapshots.funnel().count("base", null, 100).count("part", "base", 150));

    assertThat(w).hasSize(1);
    assertThat(w.get(0).code()).isEqualTo("stage_exceeds_base");
    assertThat(w.get(0).stage()).isEqualTo("part");
    assertThat(w.get(0).message())
        .isEqualTo(
            "'part' (150) is larger than its base 'base' (100), which it should be a subset of;"
                + " the figures are kept as given.");
  }

  @Test
  void aPointValueAboveARangedBaseMayBeLarger() {
    // 90 to 200 has the point value 145: 150 may exceed it, but need not
    List<WarningView> w =
        RuleRun.check(
            rule, Snapshots.funnel().range("base", null, 90, 200).count("part", "base", 150));

    assertThat(w).singleElement().satisfies(x -> assertThat(x.message()).contains("may be larger"));
  }

  @Test
  void aBaseWithoutAFigureIsSkippedForTheNearestStageAbove() {
    List<WarningView> w =
        RuleRun.check(
            rule,
            Snapshots.funnel()
                .count("top", null, 100)
                .empty("middle", "top")
                .count("part", "middle", 120));

    assertThat(w)
        .singleElement()
        .satisfies(
            x ->
                assertThat(x.message())
                    .contains("larger than 'top' (100)")
                    .contains("(its base 'middle' has no figure)"));
  }

  @Test
  void noWarningForASubsetEqualToOrBelowItsBase() {
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .count("base", null, 100)
                    .count("equal", "base", 100)
                    .count("part", "base", 40)))
        .isEmpty();
  }

  @Test
  void noWarningAcrossUnitsOrPeriodsOrWithoutABase() {
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .count("base", null, 100)
                    .other("people", "base", "person", fig(500))
                    .stage("rate", "base", fig(400).period("year"))
                    .count("alone", null, 1000)))
        .isEmpty();
  }
}
