package org.casefunnel.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * A black-box tester's text: a payment, a range of case numbers and a list of "nos." are no counts.
 */
@QuarkusTest
class ReconciliationMoneyAndLabelRangesTest {

  private static final String TESTERS_TEXT =
      "The force paid £9,500 to victims of the historic cases identified. Cases 2201-2300 were"
          + " reviewed again. See nos. 1200 and 1300 of cases in scope.";

  @Test
  void aPaymentACaseNumberRangeAndAListOfNumbersAfterNosNeverReachTheReadyPatch() {
    String id = ReconciliationEvaluationTest.importFunnel(EvaluationSet.seed(), "recon-money");
    JsonPath answer =
        Reconciliations.of(id, "force-payment", "Force review: payments", TESTERS_TEXT);

    assertThat(answer.getList("quantities.wording", String.class))
        .noneMatch(w -> w.matches(".*(9,500|2201|2300|1200|1300).*"));
    assertThat(answer.getList("patch.figures.count")).doesNotContain(9500, 2201, 2300, 1200, 1300);
    assertThat(answer.getList("patch.figures.low")).doesNotContain(9500, 2201, 2300, 1200, 1300);
    assertThat(answer.getList("patch.figures.high")).doesNotContain(9500, 2201, 2300, 1200, 1300);
    assertThat(answer.getList("patch.figures.wording", String.class))
        .noneMatch(w -> w.matches(".*(9,500|2201|2300|1200|1300).*"));
    assertThat(answer.getList("patch.figures.stage"))
        .doesNotContain("identified", "reviewed", "in_scope");
  }
}
