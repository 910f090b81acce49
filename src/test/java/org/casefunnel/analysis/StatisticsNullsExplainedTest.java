package org.casefunnel.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.analysis.Snapshots.fig;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casefunnel.model.Selection;
import org.junit.jupiter.api.Test;

/**
 * Every absent number of every stage, in funnels built to leave numbers out in every way the
 * calculators know, is explained by a note or by its field's documented condition.
 */
class StatisticsNullsExplainedTest {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private static List<String> unexplained(Snapshots funnel, String... brokenDown) {
    List<Map<String, Object>> stages =
        JSON.convertValue(StatisticsCalculator.compute(funnel.build()), new TypeReference<>() {});
    return NullExplanations.unexplained(stages, Set.of(brokenDown));
  }

  @Test
  void theNumericMembersAreEnumeratedFromTheStageRecord() {
    assertThat(NullExplanations.numericMembers())
        .containsExactlyInAnyOrder(
            "value",
            "conversion",
            "coverage",
            "extrapolation",
            "overallConversion",
            "dropOff",
            "projectionCheck",
            "breakdown");
  }

  @Test
  void aFunnelShapedLikeTheSeedExplainsEveryAbsentNumber() {
    assertThat(
            unexplained(
                Snapshots.funnel()
                    .count("identified", null, 9000)
                    .review("reviewed", "identified", 2200, Selection.UNKNOWN)
                    .count("in_scope", "reviewed", 1200)
                    .projection("reinvestigation", "identified", 2000, 3000, "in_scope")
                    .range("under_investigation", null, 20, 99)
                    .other(
                        "monthly", null, "sexual offence", fig(2000).approximate().period("month"))
                    .other(
                        "csa_monthly",
                        "monthly",
                        "sexual offence",
                        fig(1000).approximate().period("month"))))
        .isEmpty();
  }

  @Test
  void approximateCountsAndRangesExplainEveryAbsentNumber() {
    assertThat(
            unexplained(
                Snapshots.funnel()
                    .about("i", null, 10)
                    .about("above_point", "i", 11)
                    .about("zero", null, 0)
                    .about("of_zero", "zero", 0)
                    .range("maybe_zero", null, 0, 5)
                    .count("above_maybe_zero", "maybe_zero", 10)
                    .range("wide", null, 2000, 3000)
                    .range("part", "wide", 900, 1400)))
        .isEmpty();
  }

  @Test
  void missingFiguresAndBasesExplainEveryAbsentNumber() {
    assertThat(
            unexplained(
                Snapshots.funnel()
                    .empty("identified", null)
                    .review("reviewed", "identified", 100, Selection.RANDOM)
                    .count("in_scope", "reviewed", 10)
                    .onlyDeprecated("deprecated", null)
                    .count("under_deprecated", "deprecated", 5)
                    .review("review_without_base", null, 100, Selection.RANDOM)
                    .count("found", "review_without_base", 10)
                    .count("orphan", "ghost", 5)
                    .onlyDeprecated("only_deprecated", null)
                    .count("under_only_deprecated", "only_deprecated", 5)
                    .empty("no_figure", null)
                    .count("under_no_figure", "no_figure", 5)))
        .isEmpty();
  }

  @Test
  void zeroBasesOtherUnitsReviewsAndBreakdownsExplainEveryAbsentNumber() {
    assertThat(
            unexplained(
                Snapshots.funnel()
                    .count("zero", null, 0)
                    .count("none", "zero", 0)
                    .other("offences", null, "offence", fig(100))
                    .count("cases_of_offences", "offences", 10)
                    .count("cases", null, 1000)
                    .other("persons_of_cases", "cases", "person", fig(10))
                    .stage("cases_a_month", "cases", fig(50).period("month"))
                    .stage("monthly", null, fig(200).period("month"))
                    .stage("weekly_of_monthly", "monthly", fig(30).period("week"))
                    .count("i", null, 1000)
                    .review("r", "i", 200, Selection.RANDOM)
                    .declared("r2", "r", Selection.RANDOM, "in_scope", fig(100))
                    .count("in_scope", "r", 50)
                    .projection("p", "i", 100, 300, "r2")
                    .count("all", null, 100)
                    .review("all_reviewed", "all", 100, Selection.RANDOM)
                    .count("none_found", "all_reviewed", 0)
                    .projection("expected", "all", 0, 5, "none_found")
                    .stage("split", null, fig(0).part("kind", "a", 0).part("kind", "b", 0)),
                "split"))
        .isEmpty();
  }
}
