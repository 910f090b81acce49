package org.casefunnel.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/** Reading a stored source again cites its statements; it never proposes them a second time. */
@QuarkusTest
class ReconciliationQuotedAlreadyTest {

  /** Reconciles the funnel with one of its stored sources, by key. */
  private static JsonPath reconcileStored(String funnelId, String sourceKey) {
    return TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .body(Map.of("sourceKey", sourceKey))
        .post("/api/funnels/" + funnelId + "/reconciliations")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void aSentenceTheSourceQuotesAlreadyIsCitedNotProposedAgain() {
    String id = ReconciliationDatesTest.funnel("recon-quoted-already");
    JsonPath first =
        ReconciliationDatesTest.reconcile(
            id,
            "2026-09-14",
            "The force now expects perhaps 120 cases to be referred for reinvestigation.");
    String statement = first.getString("patch.statements[0].id");
    assertThat(statement).isNotNull();
    TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", first.getString("ifMatch"))
        .body(first.getMap("patch"))
        .post("/api/funnels/" + id + "/document-patches")
        .then()
        .statusCode(200);

    JsonPath again = reconcileStored(id, "gazette");

    assertThat(again.getString("quantities[0].classification")).isEqualTo("agrees");
    assertThat(again.getString("quantities[0].statementId")).isEqualTo(statement);
    assertThat(again.getList("patch.statements")).isEmpty();
    assertThat(again.getList("patch.sources")).isEmpty();
  }

  @Test
  void theSourcesOwnStatementQuotingPartOfTheSentenceIsCitedNotProposedAgain() {
    // p1 quotes the words inside the quotation marks, the sentence also holds "Raj Okafor said:"
    String id = ReconciliationDatesTest.funnel("recon-quoted-within");
    JsonPath answer = reconcileStored(id, "press");

    assertThat(answer.getString("quantities[0].classification")).isEqualTo("agrees");
    assertThat(answer.getString("quantities[0].statementId")).isEqualTo("p1");
    assertThat(answer.getList("patch.statements")).isEmpty();
  }

  @Test
  void aValueTheFunnelRecordsFromTheSameStatementIsNotProposedAgain() {
    // January's 100 was superseded by June's 120; reading the minutes again must not bring the 100
    // back, undated, as the current figure
    String doc =
        """
        {"funnel":{"id":"recon-recorded","title":"Recorded (fictional)","organisation":"O",
          "jurisdiction":"J","unit":"case"},
         "sources":[{"id":"s","title":"Minutes","publisher":"Board","publishedOn":"2026-07-01",
          "text":"In January the chair said that 100 cases were found. In June the chair said that 120 cases were found."}],
         "statements":[{"id":"q1","sourceId":"s","speaker":"Chair","kind":"reported_speech",
           "madeOn":"2026-01-15","quote":"100 cases were found"},
          {"id":"q2","sourceId":"s","speaker":"Chair","kind":"reported_speech","madeOn":"2026-06-15",
           "quote":"In June the chair said that 120 cases were found."}],
         "stages":[{"key":"found","label":"Cases found"}],
         "figures":[{"stage":"found","count":100,"status":"reported","asOf":"2026-01-15",
           "wording":"100 cases","statementIds":["q1"]},
          {"stage":"found","count":120,"status":"reported","asOf":"2026-06-15",
           "wording":"120 cases","statementIds":["q2"]}]}
        """;
    TestDocuments.imported(doc);

    JsonPath again = reconcileStored("recon-recorded", "s");

    assertThat(again.getList("patch.statements")).isEmpty();
    assertThat(again.getList("patch.figures")).isEmpty();
    assertThat(again.getString("quantities.find { it.wording.contains('100') }.statementId"))
        .isEqualTo("q1");
  }

  @Test
  void aStoredQuoteThatRunsOnIntoTheNextSentenceIsCitedForEachQuantityItCovers() {
    String doc =
        """
        {"funnel":{"id":"recon-runs-on","title":"Runs on (fictional)","organisation":"O",
          "jurisdiction":"J","unit":"case"},
         "sources":[{"id":"s","title":"Minutes","publisher":"Board","publishedOn":"2026-07-01",
          "text":"The chair said 100 cases were found. Of those, 40 were reviewed."}],
         "statements":[{"id":"q1","sourceId":"s","speaker":"Chair","kind":"reported_speech",
           "madeOn":"2026-06-30","quote":"100 cases were found. Of those, 40 were reviewed."}],
         "stages":[{"key":"found","label":"Cases found"},
          {"key":"reviewed","label":"Cases reviewed","baseStage":"found"}],
         "figures":[{"stage":"found","count":100,"status":"reported","asOf":"2026-06-30",
           "wording":"100 cases","statementIds":["q1"]},
          {"stage":"reviewed","count":40,"status":"reported","asOf":"2026-06-30",
           "wording":"40 were reviewed","statementIds":["q1"]}]}
        """;
    TestDocuments.imported(doc);

    JsonPath again = reconcileStored("recon-runs-on", "s");

    assertThat(again.getList("quantities.statementId")).containsOnly("q1");
    assertThat(again.getList("patch.statements")).isEmpty();
  }
}
