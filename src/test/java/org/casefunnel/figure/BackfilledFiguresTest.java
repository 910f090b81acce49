package org.casefunnel.figure;

import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;

/**
 * A figure recorded after the current one but dated before it is history filled in late: it never
 * changes the present, nor a dated view between the two dates.
 */
@QuarkusTest
class BackfilledFiguresTest {

  private static final String FUNNEL = "/api/funnels/backfilled";

  private static Map<String, Object> reviewed(long count, String asOf) {
    return map(
        "stage",
        "reviewed",
        "count",
        count,
        "status",
        "reported",
        "asOf",
        asOf,
        "wording",
        "120 were reviewed",
        "statementIds",
        list("st1"));
  }

  private static int add(Map<String, Object> figure) {
    return add(FUNNEL, figure);
  }

  private static int add(String funnel, Map<String, Object> figure) {
    return asEditor()
        .contentType(ContentType.JSON)
        .body(figure)
        .post(funnel + "/stages/reviewed/figures")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void aFigureDatedBeforeTheCurrentOneIsStoredAsSupersededAndChangesNoView() {
    TestDocuments.ensureImported(TestDocuments.valid("backfilled"));
    // the document's 120 reviewed; then March's 140, then December's 100 recorded last
    add(reviewed(140, "2026-03-01"));
    String march =
        asEditor().queryParam("asOf", "2026-03-15").get(FUNNEL + "/statistics").asString();
    int december = add(reviewed(100, "2025-12-01"));

    asEditor()
        .get(FUNNEL)
        .then()
        .statusCode(200)
        .body("stages.find { it.key == 'reviewed' }.figure.count", equalTo(140));
    asEditor()
        .get("/api/figures/" + december)
        .then()
        .body("current", equalTo(false))
        .body("supersededAt", notNullValue());
    asEditor()
        .queryParam("asOf", "2026-03-15")
        .get(FUNNEL + "/statistics")
        .then()
        .body("stages.find { it.key == 'reviewed' }.value.low", equalTo(140))
        .body("", equalTo(new io.restassured.path.json.JsonPath(march).get("")));
    // at its own date it is the figure in effect
    asEditor()
        .queryParam("asOf", "2025-12-31")
        .get(FUNNEL)
        .then()
        .body("stages.find { it.key == 'reviewed' }.figure.count", equalTo(100));
  }

  @Test
  void aDatedViewSaysWhenAnUndatedFigureRecordedLaterIsTheFigureNow() {
    // the document's 120 reviewed (dated 2026-01-12), then 140 with no date: the present shows
    // 140, a dated view keeps 120 (140 has no place in time) and says so
    String funnel = "/api/funnels/later-undated";
    TestDocuments.ensureImported(TestDocuments.valid("later-undated"));
    add(funnel, reviewed(140, null));

    asEditor()
        .get(funnel + "/statistics")
        .then()
        .body("stages.find { it.key == 'reviewed' }.value.low", equalTo(140));
    asEditor()
        .queryParam("asOf", "2026-06-01")
        .get(funnel + "/statistics")
        .then()
        .statusCode(200)
        .body("stages.find { it.key == 'reviewed' }.value.low", equalTo(120))
        .body(
            "stages.find { it.key == 'reviewed' }.notes",
            hasItem(
                "A figure recorded later without a date, 140, is this stage's figure now; when it"
                    + " held is not known, so this view keeps the latest figure dated on or before"
                    + " 2026-06-01."));
  }
}
