package org.casefunnel.history;

import static io.restassured.RestAssured.given;
import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditHistoryTest {

  @Test
  void funnelHistoryShowsWhoChangedWhatAndSurvivesDeletion() {
    TestDocuments.ensureImported(TestDocuments.valid("history-a"));
    Map<String, Object> spec =
        map(
            "id",
            "history-a",
            "title",
            "Corrected title",
            "organisation",
            "Northshire Police",
            "jurisdiction",
            "Northshire",
            "unit",
            "case");
    given()
        .auth()
        .preemptive()
        .basic(TestAuth.EDITOR2, TestAuth.EDITOR2_PASSWORD)
        .contentType(ContentType.JSON)
        .header("If-Match", TestAuth.etag("/api/funnels/history-a"))
        .body(spec)
        .put("/api/funnels/history-a")
        .then()
        .statusCode(200);
    asEditor()
        .get("/api/funnels/history-a/history")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("change", contains("created", "updated"))
        .body("by", contains("editor", "editor2"))
        .body("state.title", contains("Test review history-a", "Corrected title"))
        .body("at", everyItem(notNullValue()));
    // the history is a read like any other: revalidated with its tag while nothing changes
    String tag = asEditor().get("/api/funnels/history-a/history").header("ETag");
    asEditor()
        .header("If-None-Match", tag)
        .get("/api/funnels/history-a/history")
        .then()
        .statusCode(304);
    asEditor()
        .header("If-Match", TestAuth.etag("/api/funnels/history-a"))
        .delete("/api/funnels/history-a")
        .then()
        .statusCode(204);
    asEditor().get("/api/funnels/history-a").then().statusCode(404);
    asEditor()
        .get("/api/funnels/history-a/history")
        .then()
        .statusCode(200)
        // nothing left to revalidate against, and editors see who: no cache may keep or share it
        .header("Cache-Control", "no-store")
        .header("Vary", containsString("Authorization"))
        .body("change", contains("created", "updated", "deleted"))
        .body("[2].state.title", equalTo("Corrected title"));
    // the deletion is news to a client holding the old tag
    asEditor()
        .header("If-None-Match", tag)
        .get("/api/funnels/history-a/history")
        .then()
        .statusCode(200)
        .body("change", contains("created", "updated", "deleted"));
    // its stages' history survives too, with the deletion recorded
    asEditor()
        .get("/api/funnels/history-a/stages/reviewed/history")
        .then()
        .statusCode(200)
        .body("change", contains("created", "deleted"))
        .body("[0].state.label", notNullValue());
    // a deleted stage's last state still names the statements its definition cited
    asEditor()
        .get("/api/funnels/history-a/stages/identified/history")
        .then()
        .statusCode(200)
        .body("change", contains("created", "deleted"))
        .body("state.definitionStatementIds", everyItem(contains("st1")));
  }

  @Test
  void correctedFigureStaysVisibleAndDeletedFigureKeepsItsHistory() {
    TestDocuments.ensureImported(TestDocuments.valid("history-b"));
    String figures = "/api/funnels/history-b/stages/identified/figures";
    int oldId = asEditor().get(figures).path("[-1].id");
    int newId =
        asEditor()
            .contentType(ContentType.JSON)
            .body(
                map(
                    "stage",
                    "identified",
                    "count",
                    505,
                    "status",
                    "reported",
                    "wording",
                    "505 cases",
                    "statementIds",
                    List.of("st1")))
            .post(figures)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    asEditor()
        .get("/api/figures/" + oldId + "/history")
        .then()
        .statusCode(200)
        .body("change", contains("created", "updated"))
        .body("[1].state.supersededAt", notNullValue());
    asEditor()
        .header("If-Match", TestAuth.etag("/api/figures/" + newId))
        .delete("/api/figures/" + newId)
        .then()
        .statusCode(204);
    asEditor().get("/api/figures/" + newId).then().statusCode(404);
    asEditor()
        .get("/api/figures/" + newId + "/history")
        .then()
        .statusCode(200)
        .body("change", contains("created", "deleted"))
        .body("[1].state.count", equalTo(505))
        .body("[1].state.wording", equalTo("505 cases"))
        // the statements the figure rested on are part of each revision's state
        .body("state.statementIds", everyItem(contains("st1")))
        .body("by", everyItem(equalTo("editor")));
  }

  @Test
  void statementHistoryShowsEachRevision() {
    TestDocuments.ensureImported(TestDocuments.valid("history-c"));
    int id = asEditor().get("/api/funnels/history-c/statements").path("[1].id");
    Map<String, Object> statement =
        asEditor().get("/api/statements/" + id).then().extract().jsonPath().getMap("");
    asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", TestAuth.etag("/api/statements/" + id))
        .body(
            map(
                "id",
                statement.get("key"),
                "sourceId",
                statement.get("sourceKey"),
                "speaker",
                "J. Doe",
                "kind",
                statement.get("kind"),
                "quote",
                statement.get("quote")))
        .put("/api/statements/" + id)
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200);
    asEditor()
        .get("/api/statements/" + id + "/history")
        .then()
        .statusCode(200)
        .body("$", hasSize(2))
        .body("state.speaker", contains("Jane Doe", "J. Doe"));
  }

  @Test
  void seedLoadedAtStartIsRecordedAsTheSystemsChange() {
    asEditor()
        .get("/api/funnels/met-group-cse-review/history")
        .then()
        .statusCode(200)
        .body("[0].change", equalTo("created"))
        .body("[0].by", equalTo("system"));
  }

  @Test
  void historyOfSomethingThatNeverExistedIsNotFound() {
    asEditor()
        .get("/api/figures/987654/history")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
