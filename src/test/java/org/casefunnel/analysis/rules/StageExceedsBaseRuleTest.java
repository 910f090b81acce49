package org.casefunnel.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.analysis.Snapshots.fig;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.casefunnel.analysis.DerivedView;
import org.casefunnel.analysis.Snapshots;
import org.casefunnel.analysis.StatisticsContext;
import org.casefunnel.analysis.WarningView;
import org.casefunnel.statistics.Estimate;
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

  @Test
  void aCountWithinAnAboutBasesReadingOnlyMayBeLarger() {
    // "about 1,200" reads 1,150 to 1,250: 1,210 is larger only for some of those values
    List<WarningView> w =
        RuleRun.check(
            rule, Snapshots.funnel().about("base", null, 1200).count("part", "base", 1210));

    assertThat(w)
        .singleElement()
        .satisfies(
            x ->
                assertThat(x.message())
                    .isEqualTo(
                        "'part' (1,210) may be larger than its base 'base' (about 1,200, read as"
                            + " 1,150 to 1,250): as read, their ranges overlap, so it is larger"
                            + " for some of the values they allow and not for others; the figures"
                            + " are kept as given."));
  }

  @Test
  void anAboutStageOverlappingAnExactBaseOnlyMayBeLarger() {
    // "about 1,200" (1,150 to 1,250) against 1,180
    assertThat(
            RuleRun.check(
                rule, Snapshots.funnel().count("base", null, 1180).about("part", "base", 1200)))
        .singleElement()
        .satisfies(
            x ->
                assertThat(x.message())
                    .startsWith(
                        "'part' (about 1,200, read as 1,150 to 1,250) may be larger than its base"
                            + " 'base' (1,180)"));
  }

  @Test
  void aStageAboveEveryValueOfTheBaseAsReadIsLarger() {
    // 1,300 is above every value of 1,150 to 1,250
    assertThat(
            RuleRun.check(
                rule, Snapshots.funnel().about("base", null, 1200).count("part", "base", 1300)))
        .singleElement()
        .satisfies(
            x ->
                assertThat(x.message())
                    .isEqualTo(
                        "'part' (1,300) is larger than its base 'base' (about 1,200, read as 1,150"
                            + " to 1,250), which it should be a subset of; the figures are kept as"
                            + " given."));
  }

  @Test
  void bothAboutAndBelowTheBasesReadingIsNotWarned() {
    // 1,140 is below every value "about 1,200" allows, though "about" widens both
    assertThat(
            RuleRun.check(
                rule, Snapshots.funnel().about("base", null, 1200).count("part", "base", 1140)))
        .isEmpty();
  }

  @Test
  void aRangedBaseIsJudgedByItsBoundsNotItsMidpoint() {
    // 0 to 5 (midpoint 2.5) and 0 to 10 (midpoint 5): 3 may be larger than either
    List<WarningView> w =
        RuleRun.check(
            rule,
            Snapshots.funnel()
                .range("small", null, 0, 5)
                .count("a", "small", 3)
                .range("wide", null, 0, 10)
                .count("b", "wide", 3));

    assertThat(w).extracting(WarningView::stage).containsExactly("a", "b");
    assertThat(w)
        .allSatisfy(
            x ->
                assertThat(x.message())
                    .contains("may be larger")
                    .contains("their ranges overlap")
                    .doesNotContain("point value"));
  }

  /**
   * The warning and the conversion read the figures the same way: "is larger" exactly when the
   * conversion's lower bound is above 100%; otherwise the conversion is at most 100% (a stage
   * within its base), and "may be larger" exactly when the stage's highest value as read is above
   * the base's lowest, where the conversion reaches 100%.
   */
  @Property(tries = 300)
  void theWarningAgreesWithTheConversionsBounds(
      @ForAll("figures") Snapshots.Fig base, @ForAll("figures") Snapshots.Fig part) {
    StatisticsContext context =
        StatisticsContext.of(
            Snapshots.funnel().stage("base", null, base).stage("part", "base", part).build());
    DerivedView c = context.stage("part").orElseThrow().statistics().conversion();
    Assume.that(c != null && (c.low() != null || c.method().equals("ratio")));
    double low = c.low() == null ? c.value() : c.low();
    double high = c.high() == null ? c.value() : c.high();
    List<WarningView> w = rule.check(context);

    Estimate b = context.stage("base").orElseThrow().figure().reading();
    Estimate p = context.stage("part").orElseThrow().figure().reading();

    if (low > 1) {
      assertThat(w).singleElement().satisfies(x -> assertThat(x.message()).contains("is larger"));
    } else if (p.high() > b.low()) {
      assertThat(high).isEqualTo(1.0);
      assertThat(w).singleElement().satisfies(x -> assertThat(x.message()).contains("may be"));
    } else {
      assertThat(high).isLessThanOrEqualTo(1.0);
      assertThat(w).isEmpty();
    }
  }

  @Provide
  Arbitrary<Snapshots.Fig> figures() {
    Arbitrary<Long> n = Arbitraries.longs().between(1, 3000);
    Arbitrary<Snapshots.Fig> exact = n.map(Snapshots::fig);
    Arbitrary<Snapshots.Fig> about = n.map(c -> Snapshots.fig(c).approximate());
    Arbitrary<Snapshots.Fig> range =
        Combinators.combine(n, Arbitraries.longs().between(0, 500))
            .as((lo, w) -> Snapshots.fig(lo, lo + w));
    return Arbitraries.oneOf(exact, about, range);
  }
}
