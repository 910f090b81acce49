package org.casefunnel.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.figure.CompetingFigures.addInspectorateFigure;
import static org.casefunnel.figure.CompetingFigures.document;
import static org.casefunnel.figure.CompetingFigures.forceFigure;
import static org.casefunnel.figure.CompetingFigures.inspectorateFigure;
import static org.casefunnel.figure.CompetingFigures.rank;
import static org.casefunnel.figure.CompetingFigures.statistics;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 2, the ranks of figures: a rank change needs If-Match and, for preferred or
 * deprecated, a reason; a deprecated figure is never current and what it superseded stands again;
 * documents, CSV and PROV carry the ranks, and a round trip keeps them.
 */
@QuarkusTest
class FigureRanksTest {

  @Test
  void aRankChangeNeedsIfMatchAndAReason() {
    String funnel = "compete-b";
    TestDocuments.ensureImported(document(funnel));
    long force = forceFigure(funnel);
    String stale = TestAuth.etag("/api/figures/" + force);

    asEditor()
        .contentType(ContentType.JSON)
        .body(map("rank", "deprecated", "rankReason", "Superseded by the inspection"))
        .put("/api/figures/" + force + "/rank")
        .then()
        .statusCode(428)
        .contentType(startsWith("application/problem+json"));
    asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", stale)
        .body(map("rank", "preferred"))
        .put("/api/figures/" + force + "/rank")
        .then()
        .statusCode(422)
        .body("errors.pointer", hasItem("/rankReason"));

    // the rank it has already is no change: the tag stays
    rank(force, "normal", null).statusCode(200).body("rank", equalTo("normal"));
    assertThat(TestAuth.etag("/api/figures/" + force)).isEqualTo(stale);
    rank(force, "preferred", "Counted case by case").statusCode(200);
    asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", stale)
        .body(map("rank", "deprecated", "rankReason", "Superseded by the inspection"))
        .put("/api/figures/" + force + "/rank")
        .then()
        .statusCode(412)
        .contentType(startsWith("application/problem+json"));
    asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", TestAuth.etag("/api/figures/" + force))
        .body(map("rank", "best", "rankReason", "x"))
        .put("/api/figures/" + force + "/rank")
        .then()
        .statusCode(400);
  }

  @Test
  void aDeprecatedFigureIsNeverCurrentAndWhatItSupersededStandsAgain() {
    String funnel = "compete-c";
    TestDocuments.ensureImported(document(funnel));
    long first = forceFigure(funnel);
    Map<String, Object> later = inspectorateFigure();
    later.put("asOf", "2026-03-01");
    long second =
        ((Number)
                asEditor()
                    .contentType(ContentType.JSON)
                    .body(later)
                    .post("/api/funnels/" + funnel + "/stages/reviewed/figures")
                    .then()
                    .statusCode(201)
                    .body("supersedes", equalTo((int) first))
                    .extract()
                    .path("id"))
            .longValue();
    asEditor().get("/api/figures/" + first).then().body("current", equalTo(false));

    rank(second, "deprecated", "Misread: the report counts referrals")
        .statusCode(200)
        .body("current", equalTo(false));
    asEditor().get("/api/figures/" + first).then().body("current", equalTo(true));
    asEditor()
        .get("/api/funnels/" + funnel)
        .then()
        .body("stages.find { it.key == 'reviewed' }.figure.id", equalTo((int) first));
    asEditor()
        .queryParam("asOf", "2026-04-01")
        .get("/api/funnels/" + funnel)
        .then()
        .body("stages.find { it.key == 'reviewed' }.figure.id", equalTo((int) first));

    // the only figure of a stage deprecated: the stage has no current figure
    long inScope =
        ((Number)
                asEditor()
                    .get("/api/funnels/" + funnel + "/stages/in_scope")
                    .then()
                    .extract()
                    .path("figure.id"))
            .longValue();
    rank(inScope, "deprecated", "Not a count of cases").statusCode(200);
    asEditor()
        .get("/api/funnels/" + funnel + "/stages/in_scope")
        .then()
        .statusCode(200)
        .body("figure", nullValue());
    JsonPath stats = statistics(funnel);
    org.assertj.core.api.Assertions.assertThat(
            stats.getString("stages.find { it.key == 'in_scope' }.figureId"))
        .isNull();
    org.assertj.core.api.Assertions.assertThat(
            stats.getList("stages.find { it.key == 'in_scope' }.notes", String.class))
        .contains(
            "The stage has no figure in use: every figure recorded for it is ranked deprecated"
                + " (kept on record as wrong, not counted).");
    // a dated view reads every figure up to its date and says the same of them
    org.assertj.core.api.Assertions.assertThat(
            asEditor()
                .queryParam("asOf", "2030-01-01")
                .get("/api/funnels/" + funnel + "/statistics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("stages.find { it.key == 'in_scope' }.notes", String.class))
        .anyMatch(
            n -> n.startsWith("The stage has no figure in use dated on or before 2030-01-01"));
  }

  @Test
  void documentsCsvAndProvCarryRanksAndARoundTripKeepsThem() {
    String funnel = "compete-d";
    TestDocuments.ensureImported(document(funnel));
    long force = forceFigure(funnel);
    long inspectorate = addInspectorateFigure(funnel);
    rank(force, "deprecated", "Counted referrals, not cases").statusCode(200);

    asEditor()
        .get("/api/funnels/" + funnel + "?format=csv")
        .then()
        .statusCode(200)
        .body(containsString("rank,rankReason\r\n"))
        .body(not(containsString("Counted referrals")));
    asEditor()
        .get("/api/funnels/" + funnel + "/prov")
        .then()
        .statusCode(200)
        .body("prefix.cf", equalTo("urn:case-funnel:vocab:"))
        .body("entity.'f:figure-" + force + "'.'cf:rank'[0].'$'", equalTo("cf:deprecated"))
        .body("entity.'f:figure-" + force + "'.'cf:rank'[0].type", equalTo("prov:QUALIFIED_NAME"))
        .body(
            "entity.'f:figure-" + force + "'.'cf:rankReason'",
            equalTo("Counted referrals, not cases"))
        .body("entity.'f:figure-" + inspectorate + "'.'cf:rank'[0].'$'", equalTo("cf:normal"));

    Map<String, Object> exported =
        asEditor()
            .get("/api/funnels/" + funnel + "/document")
            .then()
            .statusCode(200)
            .extract()
            .as(Map.class);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> figures = (List<Map<String, Object>>) exported.get("figures");
    org.assertj.core.api.Assertions.assertThat(figures)
        .filteredOn(f -> "reviewed".equals(f.get("stage")))
        .extracting(f -> f.get("rank"), f -> f.get("rankReason"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("deprecated", "Counted referrals, not cases"),
            org.assertj.core.groups.Tuple.tuple(null, null));

    @SuppressWarnings("unchecked")
    Map<String, Object> spec = (Map<String, Object>) exported.get("funnel");
    spec.put("id", funnel + "-copy");
    TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .body(exported)
        .post("/api/funnel-documents")
        .then()
        .statusCode(201);
    asEditor()
        .get("/api/funnels/" + funnel + "-copy/stages/reviewed/figures")
        .then()
        .body("count", equalTo(list(120, 100)))
        .body("rank", equalTo(list("deprecated", "normal")))
        .body("rankReason", equalTo(Arrays.asList("Counted referrals, not cases", null)))
        .body("current", equalTo(list(false, true)));
    asEditor()
        .get("/api/funnels/" + funnel + "-copy/document")
        .then()
        .body(
            "figures.findAll { it.stage == 'reviewed' }.rank",
            equalTo(Arrays.asList("deprecated", null)))
        .body("figures", hasSize(figures.size()));
  }
}
