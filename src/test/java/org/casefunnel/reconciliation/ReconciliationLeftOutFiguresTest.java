package org.casefunnel.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ready patch never records less than the funnel knows: a later quantity that agrees with a
 * stage's range but reads wider gets no figure, nor does a bound, and the explanation says why.
 */
@QuarkusTest
class ReconciliationLeftOutFiguresTest {

  private static final String DOCUMENT =
      """
      {"funnel": {"id": "leftout", "title": "Invented complaints review",
        "organisation": "Northshire Health Board", "jurisdiction": "Northshire", "unit": "complaint"},
       "sources": [{"id": "minutes", "title": "Board minutes (invented)",
        "text": "47 had been referred to the police. We expect 10 to 15 prosecutions."}],
       "statements": [{"id": "q", "sourceId": "minutes", "speaker": "Director",
        "kind": "reported_speech",
        "quote": "47 had been referred to the police. We expect 10 to 15 prosecutions."}],
       "stages": [{"key": "referred", "label": "Complaints referred to the police"},
        {"key": "prosecutions", "label": "Expected prosecutions", "baseStage": "referred"}],
       "figures": [{"stage": "referred", "count": 47, "status": "reported", "asOf": "2026-03-10",
         "wording": "47 had been referred", "statementIds": ["q"]},
        {"stage": "prosecutions", "low": 10, "high": 15, "status": "projected",
         "asOf": "2026-03-10", "wording": "10 to 15 prosecutions", "statementIds": ["q"]}]}
      """;

  @Test
  void aWiderAgreeingRangeAndABoundGetNoFigureAndSayWhy() throws Exception {
    String id =
        ReconciliationEvaluationTest.importFunnel(
            (ObjectNode) new ObjectMapper().readTree(DOCUMENT), "lo");

    JsonPath answer =
        Reconciliations.of(
            id,
            "s-sept",
            "Progress report (invented)",
            "By 30 September 2026, up to 20 prosecutions were expected."
                + " By 30 September 2026, 12 prosecutions were expected."
                + " By 30 September 2026, more than 60 complaints had been referred to the police.");

    Map<String, Object> upTo = quantity(answer, "up to 20");
    assertThat(upTo.get("classification")).isEqualTo("agrees");
    assertThat(upTo.get("figure")).isNull();
    assertThat((String) upTo.get("explanation"))
        .endsWith(
            "The patch leaves its figure out: it is less precise than the funnel's figure, which"
                + " it does not contradict.");
    // inside the range and later: recorded, as the later statement of the same projection
    Map<String, Object> twelve = quantity(answer, "12");
    assertThat(twelve.get("classification")).isEqualTo("agrees");
    assertThat(twelve.get("figure")).isNotNull();
    assertThat(answer.getList("patch.figures.count")).containsExactly(12);
    // a bound is no whole count: newer, but recorded by hand
    Map<String, Object> moreThan = quantity(answer, "more than 60");
    assertThat(moreThan.get("classification")).isEqualTo("newer");
    assertThat(moreThan.get("figure")).isNull();
    assertThat((String) moreThan.get("explanation"))
        .contains("The patch leaves its figure out: the text gives no whole count to record");
  }

  private static Map<String, Object> quantity(JsonPath answer, String wording) {
    List<Map<String, Object>> quantities = answer.getList("quantities");
    return quantities.stream()
        .filter(q -> wording.equalsIgnoreCase((String) q.get("wording")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quantity '" + wording + "' in " + quantities));
  }
}
