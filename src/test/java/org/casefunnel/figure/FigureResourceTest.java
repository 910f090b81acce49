package org.casefunnel.figure;

import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FigureResourceTest {

  @BeforeEach
  void importFunnel() {
    for (String id : new String[] {"figures-a", "figures-b", "figures-c"}) {
      TestDocuments.ensureImported(TestDocuments.valid(id));
    }
  }

  @Test
  void aFigureIsAddedUnderTheStagesOwnTagOnlyWhileTheStageIsUnchanged() {
    TestDocuments.ensureImported(TestDocuments.valid("figures-own-tag"));
    String stage = "/api/funnels/figures-own-tag/stages/reviewed";
    // a change of the stage answers with the stage's own tag
    String own =
        asEditor()
            .contentType("application/merge-patch+json")
            .header("If-Match", TestAuth.etag(stage))
            .body(map("label", "Cases reviewed again"))
            .patch(stage)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    Map<String, Object> figure =
        map(
            "stage",
            "reviewed",
            "count",
            150,
            "status",
            "reported",
            "wording",
            "120 were reviewed",
            "statementIds",
            list("st1"));

    // the first is added; it raised the stage's version, so the same tag is stale for the second
    for (int status : new int[] {201, 412}) {
      asEditor()
          .contentType(ContentType.JSON)
          .header("If-Match", own)
          .body(figure)
          .post(stage + "/figures")
          .then()
          .statusCode(status);
    }
  }

  @Test
  void laterFigureSupersedesAndAsOfBringsBackTheEarlierOne() {
    asEditor()
        .contentType(ContentType.JSON)
        .body(
            map(
                "stage",
                "reviewed",
                "count",
                140,
                "status",
                "reported",
                "asOf",
                "2026-03-01",
                "wording",
                "120 were reviewed",
                "statementIds",
                list("st1")))
        .post("/api/funnels/figures-a/stages/reviewed/figures")
        .then()
        .statusCode(201)
        .body("sequence", equalTo(2))
        .body("current", equalTo(true));

    asEditor()
        .get("/api/funnels/figures-a")
        .then()
        .body("stages.find { it.key == 'reviewed' }.figure.count", equalTo(140));
    asEditor()
        .queryParam("asOf", "2026-02-01")
        .get("/api/funnels/figures-a")
        .then()
        .body("asOf", equalTo("2026-02-01"))
        .body("stages.find { it.key == 'reviewed' }.figure.count", equalTo(120));
    asEditor()
        .queryParam("asOf", "2025-12-31")
        .get("/api/funnels/figures-a")
        .then()
        .body("stages.find { it.key == 'reviewed' }.figure", nullValue());

    asEditor()
        .get("/api/funnels/figures-a/stages/reviewed/figures")
        .then()
        .statusCode(200)
        .body("count", equalTo(list(120, 140)))
        .body("current", equalTo(list(false, true)))
        .body("[0].supersededAt", org.hamcrest.Matchers.notNullValue())
        .body(
            "[1].supersedes",
            equalTo(
                asEditor().get("/api/funnels/figures-a/stages/reviewed/figures").path("[0].id")));
  }

  @Test
  void deletingTheCurrentFigureMakesThePreviousOneCurrentAgain() {
    int id =
        asEditor()
            .contentType(ContentType.JSON)
            .body(
                map(
                    "stage",
                    "identified",
                    "count",
                    510,
                    "status",
                    "provisional",
                    "wording",
                    "500 cases",
                    "statementIds",
                    list("st1")))
            .post("/api/funnels/figures-b/stages/identified/figures")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    asEditor().get("/api/funnels/figures-b").then().body("stages[0].figure.count", equalTo(510));
    asEditor()
        .header("If-Match", TestAuth.etag("/api/figures/" + id))
        .delete("/api/figures/" + id)
        .then()
        .statusCode(204);
    asEditor()
        .get("/api/funnels/figures-b")
        .then()
        .body("stages[0].figure.count", equalTo(500))
        .body("stages[0].figure.current", equalTo(true));
  }

  /** A body the figure endpoint refuses, with the pointers and the first detail of its problem. */
  private record Refused(Map<String, Object> body, List<String> pointers, String detail) {}

  @Test
  void rejectsFigureWithUnknownStatementMismatchedStageOrStatementsNamedBadly() {
    Map<String, Object> oneCase = map("stage", "reviewed", "count", 1, "status", "reported");
    List<Refused> refused =
        List.of(
            new Refused(
                with(oneCase, "wording", "one", "statementIds", list("nope")),
                List.of("/statementIds/0"),
                null),
            new Refused(
                map(
                    "stage",
                    "in_scope",
                    "low",
                    5,
                    "high",
                    2,
                    "status",
                    "reported",
                    "wording",
                    "x",
                    "statementIds",
                    list("st1")),
                List.of("/stage", "/low"),
                null),
            new Refused(with(oneCase, "wording", "one"), List.of("/statementIds"), null),
            new Refused(
                with(oneCase, "wording", "one", "statementIds", list("st1", "st1")),
                List.of("/statementIds/1"),
                "names statement 'st1' again; name each statement once"));
    for (Refused r : refused) {
      var answer =
          asEditor()
              .contentType(ContentType.JSON)
              .body(r.body())
              .post("/api/funnels/figures-c/stages/reviewed/figures")
              .then()
              .statusCode(422)
              .contentType("application/problem+json")
              .body("errors.pointer", equalTo(r.pointers()));
      if (r.detail() != null) {
        answer.body("errors[0].detail", equalTo(r.detail()));
      }
    }
    asEditor().get("/api/funnels/figures-c/stages/reviewed/figures").then().body("", hasSize(1));
  }

  /** A copy of {@code base} with more fields. */
  private static Map<String, Object> with(Map<String, Object> base, Object... more) {
    Map<String, Object> out = new LinkedHashMap<>(base);
    out.putAll(map(more));
    return out;
  }

  @Test
  void provenanceLeadsFromFigureToQuoteAndSourceAndBack() {
    int figureId =
        asEditor().get("/api/funnels/figures-c").then().extract().path("stages[3].figure.id");
    asEditor()
        .get("/api/figures/" + figureId + "/provenance")
        .then()
        .statusCode(200)
        .body("figure.low", equalTo(100))
        .body("evidence[0].statement.key", equalTo("st2"))
        .body("evidence[0].statement.speaker", equalTo("Jane Doe"))
        .body("evidence[0].statement.selector.exact", equalTo("\u201cperhaps 100 or 150\u201d"))
        .body("evidence[0].source.title", equalTo("Panel minutes"))
        .body("evidence[0].source.url", equalTo("https://example.org/minutes"));
    int statementId =
        asEditor().get("/api/figures/" + figureId + "/provenance").path("evidence[0].statement.id");
    asEditor()
        .get("/api/statements/" + statementId + "/uses")
        .then()
        .statusCode(200)
        .body("figures.id", hasItem(figureId))
        .body("definitions", hasSize(0));
    int st1 = asEditor().get("/api/funnels/figures-c/statements").path("[0].id");
    asEditor()
        .get("/api/statements/" + st1 + "/uses")
        .then()
        .body("definitions.stage", equalTo(list("identified")))
        .body("figures", hasSize(3));
    asEditor()
        .header("If-Match", TestAuth.etag("/api/statements/" + st1))
        .delete("/api/statements/" + st1)
        .then()
        .statusCode(409)
        .body("detail", containsString("provenance"));
  }

  @Test
  void unknownFigureIsNotFound() {
    asEditor()
        .get("/api/figures/999999")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("999999"));
    asEditor()
        .get("/api/figures/abc")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
