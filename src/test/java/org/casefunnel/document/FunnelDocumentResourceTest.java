package org.casefunnel.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.TestDocuments.part;
import static org.casefunnel.TestDocuments.parts;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * Importing and exporting funnel documents: an import shows the funnel with its current figures,
 * the served spec's example imports as it is, an export imported into an empty service gives back
 * the same funnel; a duplicate id is a conflict, and malformed JSON, wrong types, unknown values
 * and empty bodies are problems that leak no class names. What a well-formed document is refused
 * for is in {@link FunnelDocumentValidationTest}.
 */
@QuarkusTest
class FunnelDocumentResourceTest {

  private static final String PROBLEM = "application/problem+json";

  /** The answer to importing {@code doc}, ready for assertions. */
  private static ValidatableResponse imported(Object doc) {
    return asEditor().contentType(ContentType.JSON).body(doc).post("/api/funnel-documents").then();
  }

  @Test
  void importsDocumentAndShowsFunnelWithCurrentFigures() {
    asEditor()
        .contentType(ContentType.JSON)
        .body(TestDocuments.valid("import-basic"))
        .when()
        .post("/api/funnel-documents")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/funnels/import-basic"))
        .body("id", equalTo("import-basic"))
        .body(
            "stages.key", equalTo(List.of("identified", "reviewed", "in_scope", "reinvestigation")))
        .body("stages[0].figure.count", equalTo(500))
        .body("stages[3].figure.low", equalTo(100))
        .body("stages[3].figure.high", equalTo(150))
        .body("stages[1].baseStage", equalTo("identified"));
  }

  @Test
  void theImportExampleOfTheServedSpecImportsAsItIs() {
    // what Swagger UI pre-fills for "Try it out"
    Object example =
        asEditor()
            .accept(ContentType.JSON)
            .get("/q/openapi?format=json")
            .then()
            .statusCode(200)
            .extract()
            .path(
                "paths.'/api/funnel-documents'.post.requestBody.content.'application/json'.example");
    assertThat(example).isNotNull();

    asEditor()
        .contentType(ContentType.JSON)
        .body(example)
        .post("/api/funnel-documents")
        .then()
        .statusCode(201)
        .body("id", equalTo("met-group-cse-review-copy"));
  }

  @Test
  void exportThenImportIntoEmptyServiceGivesBackTheSameFunnel() {
    Map<String, Object> doc = TestDocuments.valid("round-trip");
    // a second, later figure for a stage, so history travels too
    parts(doc, "figures")
        .add(
            map(
                "stage",
                "reviewed",
                "count",
                130,
                "status",
                "provisional",
                "asOf",
                "2026-02-01",
                "wording",
                "120 were reviewed",
                "note",
                "corrected count",
                "statementIds",
                list("st1")));
    imported(doc).statusCode(201);

    String exported = exportedDocument("round-trip");
    asEditor()
        .header("If-Match", TestAuth.etag("/api/funnels/round-trip"))
        .delete("/api/funnels/round-trip")
        .then()
        .statusCode(204);
    asEditor().get("/api/funnels/round-trip").then().statusCode(404);

    asEditor()
        .contentType(ContentType.JSON)
        .body(exported)
        .post("/api/funnel-documents")
        .then()
        .statusCode(201);
    String again = exportedDocument("round-trip");

    assertThat(JsonPath.from(again).getMap("")).isEqualTo(JsonPath.from(exported).getMap(""));
    JsonPath json = JsonPath.from(again);
    assertThat(json.getList("figures")).hasSize(5);
    assertThat(json.getString("sources[0].text")).isEqualTo(TestDocuments.TEXT);
    assertThat(json.getString("statements[0].madeOn")).isEqualTo("2026-01-12");
    assertThat(json.getString("stages[1].selection")).isEqualTo("random");
    assertThat(json.getList("figures.stage"))
        .containsExactly("identified", "reviewed", "reviewed", "in_scope", "reinvestigation");
    asEditor()
        .get("/api/funnels/round-trip")
        .then()
        .body("stages[1].figure.count", equalTo(130))
        .body("stages[1].figure.note", equalTo("corrected count"));
  }

  @Test
  void rejectsDuplicateFunnelIdWithConflict() {
    asEditor()
        .contentType(ContentType.JSON)
        .body(TestDocuments.valid("twice"))
        .post("/api/funnel-documents")
        .then()
        .statusCode(201);
    asEditor()
        .contentType(ContentType.JSON)
        .body(TestDocuments.valid("twice"))
        .post("/api/funnel-documents")
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:conflict"))
        .body("detail", containsString("twice"));
  }

  @Test
  void rejectsMalformedJsonWithProblem() {
    asEditor()
        .contentType(ContentType.JSON)
        .body("{\"funnel\": {\"id\": ")
        .post("/api/funnel-documents")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:malformed-request"))
        .body("detail", containsString("not well-formed JSON"));
  }

  @Test
  void rejectsWrongTypeWithPointer() {
    Map<String, Object> doc = TestDocuments.valid("wrong-type");
    part(doc, "figures", 0).put("count", "nine thousand");
    imported(doc)
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].pointer", equalTo("/figures/0/count"))
        .body("detail", containsString("/figures/0/count"));
  }

  @Test
  void rejectsUnknownEnumValueAndNeverLeaksClassNames() {
    Map<String, Object> doc = TestDocuments.valid("bad-enum");
    part(doc, "figures", 0).put("status", "guessed");
    String body =
        asEditor()
            .contentType(ContentType.JSON)
            .body(doc)
            .post("/api/funnel-documents")
            .then()
            .statusCode(400)
            .contentType(PROBLEM)
            .body("errors[0].pointer", equalTo("/figures/0/status"))
            .extract()
            .asString();
    assertThat(body).doesNotContain("org.casefunnel", "java.", "Exception", "\tat ");
  }

  @Test
  void rejectsMissingBodyAndMissingFunnel() {
    asEditor()
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/funnel-documents")
        .then()
        .statusCode(422)
        .body("errors[0].pointer", equalTo("/funnel"));
  }

  @Test
  void anEmptyBodyOrTheJsonNullIsMalformedOnEveryWriteThatTakesADocument() {
    for (String path :
        List.of(
            "/api/funnel-documents",
            "/api/funnels/met-group-cse-review/stages/identified/figures",
            "/api/funnels/met-group-cse-review/document-patches",
            "/api/funnels/met-group-cse-review/reconciliations",
            "/api/extractions")) {
      for (String body : List.of("", "null")) {
        asEditor()
            .contentType(ContentType.JSON)
            .header("If-Match", "*")
            .body(body)
            .post(path)
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .body("type", equalTo("urn:case-funnel:problem:malformed-request"));
      }
    }
  }

  @Test
  void exportOfUnknownFunnelIsNotFound() {
    asEditor()
        .get("/api/funnels/no-such-funnel/document")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:not-found"))
        .body("instance", equalTo("/api/funnels/no-such-funnel/document"));
  }

  /** The funnel's document, as its export answers it. */
  private static String exportedDocument(String funnelId) {
    return asEditor()
        .get("/api/funnels/" + funnelId + "/document")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }
}
