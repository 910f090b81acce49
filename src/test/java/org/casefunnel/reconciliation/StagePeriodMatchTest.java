package org.casefunnel.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rate is matched to a stage whose current figure has the same period, and the match says so; a
 * stage counted over another period weighs against it, as a stage counting another unit does.
 */
@QuarkusTest
class StagePeriodMatchTest {

  private static final ObjectNode FUNNEL =
      (ObjectNode) EvaluationSet.json("reconciliation/hub-rates.funnel.json");

  @Test
  void matchesAWeeklyRateToTheStageCountedPerWeekNotTheOnePerMonth() {
    String id = ReconciliationEvaluationTest.importFunnel(FUNNEL, "period-week");
    JsonPath answer =
        Reconciliations.of(id, "s-week", "Hub update", "The hub received 300 referrals a week.");

    assertThat(answer.getString("quantities[0].wording")).isEqualTo("300");
    assertThat(answer.getString("quantities[0].value.period")).isEqualTo("week");
    assertThat(answer.getString("quantities[0].match.stage")).isEqualTo("hub_return_b");
    assertThat(answer.getList("quantities[0].match.reasons.detail", String.class))
        .contains("a rate per week, like the stage's figure");
  }

  @Test
  void matchesAMonthlyRateToTheStageCountedPerMonth() {
    String id = ReconciliationEvaluationTest.importFunnel(FUNNEL, "period-month");
    JsonPath answer =
        Reconciliations.of(
            id, "s-month", "Hub update", "The hub received 1,300 referrals a month.");

    assertThat(answer.getString("quantities[0].match.stage")).isEqualTo("hub_return_a");
  }

  @Test
  void explainsAPeriodThatDiffersFromTheStagesFigureAsACueAgainst() {
    ObjectNode monthlyOnly = FUNNEL.deepCopy();
    monthlyOnly.withArray("stages").remove(1);
    monthlyOnly.withArray("figures").remove(1);
    monthlyOnly.withArray("statements").remove(1);
    String id = ReconciliationEvaluationTest.importFunnel(monthlyOnly, "period-other");
    JsonPath answer =
        Reconciliations.of(
            id, "s-other", "Hub update", "The safeguarding hub received 300 referrals a week.");

    List<String> details = answer.getList("quantities[0].match.reasons.detail", String.class);
    assertThat(details)
        .contains("a rate per week, but the stage's figure is per month")
        .doesNotContain("a rate per week, like the stage's figure");
  }
}
