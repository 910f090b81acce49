package org.casefunnel.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/** Reading a stored source again cites its statements; it never proposes them a second time. */
@QuarkusTest
class ReconciliationQuotedAlreadyTest {

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

    JsonPath again =
        TestAuth.asEditor()
            .contentType(ContentType.JSON)
            .body(Map.of("sourceKey", "gazette"))
            .post("/api/funnels/" + id + "/reconciliations")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(again.getString("quantities[0].classification")).isEqualTo("agrees");
    assertThat(again.getString("quantities[0].statementId")).isEqualTo(statement);
    assertThat(again.getList("patch.statements")).isEmpty();
    assertThat(again.getList("patch.sources")).isEmpty();
  }

  @Test
  void theSourcesOwnStatementQuotingPartOfTheSentenceIsCitedNotProposedAgain() {
    // p1 quotes the words inside the quotation marks, the sentence also holds "Raj Okafor said:"
    String id = ReconciliationDatesTest.funnel("recon-quoted-within");
    JsonPath answer =
        TestAuth.asEditor()
            .contentType(ContentType.JSON)
            .body(Map.of("sourceKey", "press"))
            .post("/api/funnels/" + id + "/reconciliations")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(answer.getString("quantities[0].classification")).isEqualTo("agrees");
    assertThat(answer.getString("quantities[0].statementId")).isEqualTo("p1");
    assertThat(answer.getList("patch.statements")).isEmpty();
  }
}
