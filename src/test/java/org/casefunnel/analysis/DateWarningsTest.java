package org.casefunnel.analysis;

import static org.casefunnel.TestDocuments.part;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;

/** Impossible dates are stored as given and warned about, never refused. */
@QuarkusTest
class DateWarningsTest {

  private static void importDoc(Map<String, Object> doc) {
    asEditor()
        .contentType(ContentType.JSON)
        .body(doc)
        .post("/api/funnel-documents")
        .then()
        .statusCode(201);
  }

  @Test
  void impossibleDatesAreStoredAndWarnedAbout() {
    Map<String, Object> doc = TestDocuments.valid("dates-impossible");
    part(doc, "figures", 0).put("asOf", "2999-01-01"); // identified, reported
    part(doc, "figures", 1).put("asOf", "2026-03-01"); // reviewed: after s1 (2026-01-15)
    part(doc, "statements", 0).put("madeOn", "2026-01-20"); // after s1 was published
    part(doc, "sources", 0).put("retrievedOn", "2026-01-10"); // before it was published
    importDoc(doc);

    asEditor()
        .get("/api/funnels/dates-impossible")
        .then()
        .statusCode(200)
        .body("stages.find { it.key == 'identified' }.figure.asOf", equalTo("2999-01-01"));

    asEditor()
        .get("/api/funnels/dates-impossible/statistics")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body(
            "warnings.findAll { it.code == 'date_in_future' }.stage",
            equalTo(List.of("identified")))
        .body(
            "warnings.findAll { it.code == 'figure_dated_after_source' }.stage",
            equalTo(List.of("identified", "reviewed")))
        .body(
            "warnings.find { it.code == 'statement_after_source' }.message",
            equalTo(
                "Statement 'st1' is made on 2026-01-20, after its source 's1' was published"
                    + " (2026-01-15), which cannot report it; the dates are kept as given."))
        .body(
            "warnings.find { it.code == 'retrieved_before_published' }.message",
            equalTo(
                "Source 's1' is retrieved on 2026-01-10, before it was published (2026-01-15);"
                    + " the dates are kept as given."));
  }

  @Test
  void aProjectionMayLookAheadAndAStatementOnThePublicationDayIsFine() {
    Map<String, Object> doc = TestDocuments.valid("dates-fine");
    part(doc, "figures", 3).put("asOf", "2999-01-01"); // reinvestigation, projected
    part(doc, "statements", 0).put("madeOn", "2026-01-15"); // the day s1 was published
    importDoc(doc);

    asEditor()
        .get("/api/funnels/dates-fine/statistics")
        .then()
        .statusCode(200)
        .body("warnings.code", not(hasItem("date_in_future")))
        .body("warnings.code", not(hasItem("figure_dated_after_source")))
        .body("warnings.code", not(hasItem("statement_after_source")))
        .body("warnings.code", not(hasItem("retrieved_before_published")));
  }
}
