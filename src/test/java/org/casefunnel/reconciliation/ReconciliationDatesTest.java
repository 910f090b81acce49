package org.casefunnel.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * A source's publication date says when a quantity was reported, never the date it holds as of: it
 * orders an undated quantity against the funnel's figures, and is not written into the patch.
 */
@QuarkusTest
class ReconciliationDatesTest {

  /** A funnel whose one figure, undated, rests on a statement from a source of 2 June 2026. */
  static String funnel(String id) {
    String doc =
        """
        {"funnel":{"id":"%s","title":"Dates (fictional)","organisation":"Eastmoor Constabulary",
          "jurisdiction":"Eastmoor","unit":"case"},
         "sources":[{"id":"press","title":"Update","publisher":"Eastmoor Constabulary",
          "publishedOn":"2026-06-02",
          "text":"Raj Okafor said: \\"We now expect around 90 cases to be referred for reinvestigation.\\""}],
         "statements":[{"id":"p1","sourceId":"press","speaker":"Raj Okafor",
          "kind":"direct_quote",
          "quote":"We now expect around 90 cases to be referred for reinvestigation."}],
         "stages":[{"key":"referred","label":"Expected referrals for reinvestigation"}],
         "figures":[{"stage":"referred","count":90,"approximate":true,"status":"projected",
          "wording":"around 90 cases","statementIds":["p1"]}]}
        """
            .formatted(id);
    TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .body(doc)
        .post("/api/funnel-documents")
        .then()
        .statusCode(201);
    return id;
  }

  static JsonPath reconcile(String funnelId, String publishedOn, String text) {
    return TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "source",
                Map.of(
                    "id",
                    "gazette",
                    "title",
                    "Force finds more cases",
                    "publisher",
                    "Eastmoor Gazette",
                    "publishedOn",
                    publishedOn,
                    "text",
                    text)))
        .post("/api/funnels/" + funnelId + "/reconciliations")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void anUndatedQuantityFromAnEarlierReportIsOlderAndGetsNoDate() {
    String id = funnel("recon-dates-older");
    JsonPath answer =
        reconcile(
            id,
            "2026-03-05",
            "Ms Marsh said the force expected \u201cperhaps 60 to 80\u201d cases to be referred"
                + " for reinvestigation.");

    assertThat(answer.getList("quantities.match.stage")).containsExactly("referred");
    assertThat(answer.getString("quantities[0].asOf")).as("never the publication date").isNull();
    assertThat(answer.getString("quantities[0].asOfFrom")).isNull();
    assertThat(answer.getString("quantities[0].classification")).isEqualTo("older");
    assertThat(answer.getString("quantities[0].explanation"))
        .contains("undated, in a source published 2026-03-05")
        .contains("before the funnel's figure (undated, reported on 2026-06-02)");
    assertThat(answer.getList("patch.figures")).as("history, not a change").isEmpty();
  }

  @Test
  void anUndatedQuantityFromALaterReportIsNewerAndItsPatchFigureStaysUndated() {
    String id = funnel("recon-dates-newer");
    JsonPath answer =
        reconcile(
            id,
            "2026-09-14",
            "The force now expects perhaps 120 cases to be referred for reinvestigation.");

    assertThat(answer.getString("quantities[0].classification")).isEqualTo("newer");
    assertThat(answer.getString("quantities[0].explanation"))
        .contains("undated, in a source published 2026-09-14")
        .contains("after the funnel's figure (undated, reported on 2026-06-02)");
    List<Map<String, Object>> figures = answer.getList("patch.figures");
    assertThat(figures).hasSize(1);
    assertThat(figures.get(0)).containsEntry("count", 120).doesNotContainKeys("asOf", "note");
  }

  @Test
  void aStatedDateBeforeAnUndatedFiguresReportLeavesTheOrderUnknown() {
    // the figure, reported on 2 June, may hold as of any day up to then: before or after 1 March
    String id = funnel("recon-dates-unknown");
    JsonPath answer =
        reconcile(
            id,
            "2026-09-14",
            "By 1 March 2026 the force expected perhaps 60 to 80 cases to be referred for"
                + " reinvestigation.");

    assertThat(answer.getString("quantities[0].asOf")).isEqualTo("2026-03-01");
    assertThat(answer.getString("quantities[0].classification")).isEqualTo("conflicts");
    assertThat(answer.getString("quantities[0].explanation"))
        .contains("at an overlapping or unknown time")
        .contains("dated 2026-03-01")
        .contains("undated, reported on 2026-06-02");
  }

  @Test
  void aBoundThatHoldsTheFigureFitsItWithoutBeingCalledTheSameValue() {
    String id = funnel("recon-dates-bound");
    JsonPath answer =
        reconcile(
            id,
            "2026-09-14",
            "The force expects more than 80 cases to be referred for reinvestigation.");

    assertThat(answer.getString("quantities[0].classification")).isEqualTo("agrees");
    assertThat(answer.getString("quantities[0].explanation"))
        .startsWith("Values that fit together: the text says \"more than 80");
  }
}
