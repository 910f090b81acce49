package org.casefunnel.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangesFeedTest {

  private static JsonPath page(String funnel, String after, int limit) {
    var request = asEditor().queryParam("funnel", funnel).queryParam("limit", limit);
    if (after != null) {
      request.queryParam("after", after);
    }
    return request
        .get("/api/changes")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .extract()
        .jsonPath();
  }

  @Test
  void feedPagesThroughOneInstantWithoutGapsAndThenReportsNewAndSupersededFigures() {
    TestDocuments.ensureImported(TestDocuments.valid("changes-a"));

    JsonPath first = page("changes-a", null, 3);
    assertThat(first.getList("items.change")).containsOnly("added");
    assertThat(first.getList("items.stage")).containsExactly("identified", "reviewed", "in_scope");
    assertThat(first.getBoolean("more")).isTrue();

    JsonPath second = page("changes-a", first.getString("next"), 3);
    assertThat(second.getList("items.stage")).containsExactly("reinvestigation");
    assertThat(second.getBoolean("more")).isFalse();

    // nothing new: polling with the cursor is empty and keeps the cursor
    JsonPath idle = page("changes-a", second.getString("next"), 3);
    assertThat(idle.getList("items")).isEmpty();
    assertThat(idle.getString("next")).isEqualTo(second.getString("next"));

    asEditor()
        .contentType(ContentType.JSON)
        .body(
            map(
                "stage", "reviewed",
                "count", 125,
                "status", "provisional",
                "wording", "125 reviewed",
                "statementIds", list("st1")))
        .post("/api/funnels/changes-a/stages/reviewed/figures")
        .then()
        .statusCode(201);

    JsonPath fresh = page("changes-a", idle.getString("next"), 10);
    assertThat(fresh.getList("items.change")).containsExactly("added", "superseded");
    assertThat(fresh.getList("items.figure.count")).containsExactly(125, 120);
    assertThat(fresh.getList("items.figure.current")).containsExactly(true, false);
    assertThat(fresh.getString("items[0].at")).isEqualTo(fresh.getString("items[1].at"));
  }

  @Test
  void aStageRenameMovesItsFiguresToTheNewKeyInTheFeed() {
    TestDocuments.ensureImported(TestDocuments.valid("changes-rename"));
    String path = "/api/funnels/changes-rename/stages/reviewed";
    String next = page("changes-rename", null, 500).getString("next");
    asEditor()
        .contentType("application/merge-patch+json")
        .header("If-Match", org.casefunnel.support.TestAuth.etag(path))
        .body("{\"key\":\"reviewed_cases\"}")
        .patch(path)
        .then()
        .statusCode(200);

    JsonPath moved = page("changes-rename", next, 500);
    List<Integer> figures =
        asEditor()
            .get("/api/funnels/changes-rename/stages/reviewed_cases/figures")
            .then()
            .statusCode(200)
            .extract()
            .path("id");
    assertThat(moved.getList("items.change")).containsOnly("moved").hasSize(figures.size());
    assertThat(moved.getList("items.stage")).containsOnly("reviewed_cases");
    assertThat(moved.getList("items.figureId", Integer.class))
        .containsExactlyInAnyOrderElementsOf(figures);
  }

  @Test
  void feedSinceATimeAfterEverythingIsEmpty() {
    TestDocuments.ensureImported(TestDocuments.valid("changes-b"));
    asEditor()
        .queryParam("funnel", "changes-b")
        .queryParam("since", "2999-01-01T00:00:00Z")
        .get("/api/changes")
        .then()
        .statusCode(200)
        .body("items", equalTo(List.of()))
        .body("more", equalTo(false));
    asEditor()
        .queryParam("funnel", "changes-b")
        .queryParam("since", "2000-01-01T00:00:00Z")
        .get("/api/changes")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(4));
  }

  @Test
  void badSinceOrCursorIsAnInvalidParameterAndUnknownFunnelIsNotFound() {
    asEditor()
        .queryParam("since", "yesterday")
        .get("/api/changes")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:case-funnel:problem:invalid-parameter"))
        .body("errors[0].pointer", equalTo("since"));
    asEditor()
        .queryParam("after", "not-a-cursor")
        .get("/api/changes")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("after"));
    // a well-formed cursor with an instant no database stores alike
    String forged =
        java.util.Base64.getUrlEncoder()
            .encodeToString(
                "+100000-01-01T00:00:00Z~0~1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    asEditor()
        .queryParam("after", forged)
        .get("/api/changes")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("after"));
    asEditor()
        .queryParam("limit", 0)
        .get("/api/changes")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:case-funnel:problem:invalid-parameter"));
    asEditor()
        .queryParam("funnel", "no-such-funnel")
        .get("/api/changes")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:case-funnel:problem:not-found"));
  }
}
