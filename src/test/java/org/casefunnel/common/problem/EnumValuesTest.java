package org.casefunnel.common.problem;

import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/** A value outside an enum is a 400 at its pointer that names the values the member takes. */
@QuarkusTest
class EnumValuesTest {

  private static final String KINDS = "must be one of direct_quote, reported_speech, paraphrase";

  @Test
  void aStatementKindOutsideTheEnumNamesTheKindsInABodyAndInAMergePatch() {
    TestDocuments.ensureImported(TestDocuments.valid("enum-values"));

    asEditor()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "id", "st-x", "sourceId", "s1", "speaker", "X", "kind", "document", "quote", "500"))
        .post("/api/funnels/enum-values/statements")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:case-funnel:problem:malformed-request"))
        .body("detail", equalTo("The value at /kind " + KINDS + "."))
        .body("errors[0].pointer", equalTo("/kind"))
        .body("errors[0].detail", equalTo(KINDS));

    asEditor()
        .contentType("application/merge-patch+json")
        .header("If-Match", TestAuth.etag("/api/funnels/enum-values"))
        .body(Map.of("kind", "document"))
        .patch("/api/funnels/enum-values/statements/st1")
        .then()
        .statusCode(400)
        .body("detail", equalTo("The value at /kind " + KINDS + "."))
        .body("errors[0].pointer", equalTo("/kind"));
  }
}
