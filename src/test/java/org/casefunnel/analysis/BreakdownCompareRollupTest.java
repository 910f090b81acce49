package org.casefunnel.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.TestDocuments.part;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class BreakdownCompareRollupTest {

  private static final String PROBLEM = "application/problem+json";

  private static void importDoc(Map<String, Object> doc) {
    asEditor()
        .contentType(ContentType.JSON)
        .body(doc)
        .post("/api/funnel-documents")
        .then()
        .statusCode(201);
  }

  /** In scope (80) split by offence type: 30 + 25 + 10 + [5, 20] = [70, 85], which holds 80. */
  private static Map<String, Object> withBreakdown(String id, long online) {
    Map<String, Object> doc = TestDocuments.valid(id);
    part(doc, "figures", 2)
        .put(
            "breakdown",
            map(
                "dimension",
                "offence type",
                "parts",
                list(
                    map("category", "group-based", "count", 30),
                    map("category", "intra-familial", "count", 25),
                    map("category", "institutional", "count", 10),
                    map("category", "online", "low", 5, "high", online))));
    return doc;
  }

  @Test
  void breakdownShowsEachPartsShareAndAddsUp() {
    importDoc(withBreakdown("bd-shares", 20));

    asEditor()
        .config(Json.DOUBLES)
        .get("/api/funnels/bd-shares/statistics")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("stages.find { it.key == 'in_scope' }.breakdown.dimension", equalTo("offence type"))
        .body("stages.find { it.key == 'in_scope' }.breakdown.addsUp", equalTo(true))
        .body("stages.find { it.key == 'in_scope' }.breakdown.sum.method", equalTo("sum"))
        .body("stages.find { it.key == 'in_scope' }.breakdown.sum.low", closeTo(70.0, 1e-9))
        .body("stages.find { it.key == 'in_scope' }.breakdown.sum.high", closeTo(85.0, 1e-9))
        .body(
            "stages.find { it.key == 'in_scope' }.breakdown.parts.category",
            equalTo(List.of("group-based", "intra-familial", "institutional", "online")))
        .body(
            "stages.find { it.key == 'in_scope' }.breakdown.parts[0].share.value",
            closeTo(30.0 / 80, 1e-12))
        .body(
            "stages.find { it.key == 'in_scope' }.breakdown.parts[0].share.method",
            equalTo("ratio"))
        .body(
            "stages.find { it.key == 'in_scope' }.breakdown.parts[3].share.method",
            equalTo("interval_arithmetic"))
        .body(
            "stages.find { it.key == 'in_scope' }.breakdown.parts[3].share.low",
            closeTo(5.0 / 80, 1e-12))
        .body(
            "stages.find { it.key == 'in_scope' }.breakdown.parts[3].share.high",
            closeTo(20.0 / 80, 1e-12))
        .body("warnings.code", not(hasItem("breakdown_does_not_add_up")));

    // the figure itself carries its breakdown
    asEditor()
        .get("/api/funnels/bd-shares")
        .then()
        .body("stages.find { it.key == 'in_scope' }.figure.breakdown.parts[3].high", equalTo(20));
  }

  @Test
  void breakdownThatCannotAddUpIsStoredAndWarnedAbout() {
    importDoc(withBreakdown("bd-short", 6)); // [70, 71] cannot reach 80

    asEditor()
        .get("/api/funnels/bd-short/statistics")
        .then()
        .statusCode(200)
        .body("stages.find { it.key == 'in_scope' }.breakdown.addsUp", equalTo(false))
        .body(
            "warnings.findAll { it.code == 'breakdown_does_not_add_up' }.stage",
            equalTo(List.of("in_scope")));
  }

  @Test
  void breakdownErrorsAreReportedWithJsonPointers() {
    Map<String, Object> doc = withBreakdown("bd-invalid", 20);
    @SuppressWarnings("unchecked")
    Map<String, Object> breakdown = (Map<String, Object>) part(doc, "figures", 2).get("breakdown");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> parts = (List<Map<String, Object>>) breakdown.get("parts");
    parts.get(3).put("low", 30); // above high (20)
    parts.get(1).put("category", "Group-based"); // same category again
    breakdown.remove("dimension");

    asEditor()
        .contentType(ContentType.JSON)
        .body(doc)
        .post("/api/funnel-documents")
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:validation-failed"))
        .body("errors.pointer", hasItem("/figures/2/breakdown/dimension"))
        .body("errors.pointer", hasItem("/figures/2/breakdown/parts/3/low"))
        .body("errors.pointer", hasItem("/figures/2/breakdown/parts/1/category"));
    asEditor().get("/api/funnels/bd-invalid").then().statusCode(404);
  }

  @ParameterizedTest(name = "''{0}'' beside ''{1}''")
  @CsvSource({"'\u00e9tranger', 'e\u0301tranger'", "Stra\u00dfe, STRASSE", "\u01c5, \u01c6"})
  void breakdownCategoriesAReaderTakesForOneAreADuplicate(String first, String second) {
    Map<String, Object> doc = withBreakdown("bd-caseless", 20);
    @SuppressWarnings("unchecked")
    Map<String, Object> breakdown = (Map<String, Object>) part(doc, "figures", 2).get("breakdown");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> parts = (List<Map<String, Object>>) breakdown.get("parts");
    parts.get(0).put("category", first);
    parts.get(2).put("category", second);

    asEditor()
        .contentType(ContentType.JSON)
        .body(doc)
        .post("/api/funnel-documents")
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:validation-failed"))
        .body("errors.pointer", hasItem("/figures/2/breakdown/parts/2/category"));
    asEditor().get("/api/funnels/bd-caseless").then().statusCode(404);
  }

  @Test
  void breakdownSurvivesExportAndReimport() {
    importDoc(withBreakdown("bd-round-trip", 20));
    String exported =
        asEditor()
            .get("/api/funnels/bd-round-trip/document")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    asEditor()
        .header("If-Match", org.casefunnel.support.TestAuth.etag("/api/funnels/bd-round-trip"))
        .delete("/api/funnels/bd-round-trip")
        .then()
        .statusCode(204);
    asEditor()
        .contentType(ContentType.JSON)
        .body(exported)
        .post("/api/funnel-documents")
        .then()
        .statusCode(201);

    String again =
        asEditor()
            .get("/api/funnels/bd-round-trip/document")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    org.assertj.core.api.Assertions.assertThat(again).isEqualTo(exported);
    asEditor()
        .get("/api/funnels/bd-round-trip/document")
        .then()
        .body("figures[2].breakdown.dimension", equalTo("offence type"))
        .body("figures[2].breakdown.parts[3].low", equalTo(5))
        .body("figures[2].breakdown.parts[0].count", equalTo(30));
  }

  @Test
  void compareShowsFunnelsSideBySideAndWarnsWhereDefinitionsOrUnitsDiffer() {
    importDoc(TestDocuments.valid("cmp-a"));
    Map<String, Object> b = TestDocuments.valid("cmp-b");
    part(b, "stages", 0).put("definition", "cases found by a narrower search");
    part(b, "stages", 3).put("unit", "suspect");
    importDoc(b);

    asEditor()
        .config(Json.DOUBLES)
        .queryParam("funnels", "cmp-a,cmp-b")
        .get("/api/statistics/compare")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("funnels", equalTo(List.of("cmp-a", "cmp-b")))
        .body(
            "stages.key", equalTo(List.of("identified", "reviewed", "in_scope", "reinvestigation")))
        .body("stages[2].entries.funnelId", equalTo(List.of("cmp-a", "cmp-b")))
        .body("stages[2].entries[0].statistics.conversion.value", closeTo(80.0 / 120, 1e-12))
        .body(
            "warnings.findAll { it.code == 'definitions_differ' }.stage",
            equalTo(List.of("identified")))
        .body(
            "warnings.findAll { it.code == 'units_differ' }.stage",
            equalTo(List.of("reinvestigation")));
  }

  @Test
  void compareGivesEachEntryTheWarningsOfItsFunnelThatItsNotesPointTo() {
    importDoc(TestDocuments.valid("cmp-c"));
    Map<String, Object> d = TestDocuments.valid("cmp-d");
    part(d, "figures", 2).put("count", 500); // in scope above the 120 reviewed
    importDoc(d);

    JsonPath answer =
        asEditor()
            .queryParam("funnels", "cmp-c,cmp-d")
            .get("/api/statistics/compare")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(answer.getList("stages[2].entries[1].warnings.code", String.class))
        .contains("stage_exceeds_base");
    assertThat(answer.getList("stages[2].entries[0].warnings")).isEmpty();
    // every note that points to a warning names one its entry carries
    int pointers = 0;
    for (int row = 0; row < answer.getList("stages").size(); row++) {
      for (int e = 0; e < answer.getList("stages[" + row + "].entries").size(); e++) {
        String at = "stages[" + row + "].entries[" + e + "]";
        List<String> codes = answer.getList(at + ".warnings.code", String.class);
        Matcher m = SEE_WARNING.matcher(answer.getString(at + ".statistics"));
        while (m.find()) {
          pointers++;
          assertThat(codes).as(at).contains(m.group(1));
        }
      }
    }
    assertThat(pointers).isPositive();
  }

  private static final Pattern SEE_WARNING = Pattern.compile("see the warning (\\w+)");

  @Test
  void compareNeedsTwoKnownFunnels() {
    asEditor()
        .queryParam("funnels", "met-group-cse-review")
        .get("/api/statistics/compare")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:invalid-parameter"))
        .body("errors[0].pointer", equalTo("funnels"));
    asEditor()
        .queryParam("funnels", "met-group-cse-review,no-such-funnel")
        .get("/api/statistics/compare")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("detail", equalTo("Funnel 'no-such-funnel' does not exist."));
  }

  @Test
  @SuppressWarnings("unchecked")
  void rollupSumsAProgrammesFunnelsPerStageKeyWithNotes() {
    Map<String, Object> a = TestDocuments.valid("roll-a");
    ((Map<String, Object>) a.get("funnel")).put("programme", "Rollup test programme");
    Map<String, Object> b = TestDocuments.valid("roll-b");
    ((Map<String, Object>) b.get("funnel")).put("programme", "Rollup test programme");
    part(b, "figures", 0).put("count", 300);
    part(b, "figures", 0).put("asOf", "2026-02-01");
    part(b, "figures", 1).put("count", 60);
    part(b, "figures", 2).put("count", 40);
    part(b, "figures", 3).put("low", 50);
    part(b, "figures", 3).put("high", 70);
    importDoc(a);
    importDoc(b);

    asEditor()
        .config(Json.DOUBLES)
        .get("/api/programmes/rollup test programme/statistics")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("funnels", equalTo(List.of("roll-a", "roll-b")))
        .body("stages.find { it.key == 'identified' }.total.value", closeTo(800.0, 1e-9))
        .body("stages.find { it.key == 'identified' }.total.method", equalTo("sum"))
        .body("stages.find { it.key == 'identified' }.total.inputs.'roll-a'", equalTo(500))
        .body("stages.find { it.key == 'identified' }.total.inputs.'roll-b'", equalTo(300))
        .body(
            "stages.find { it.key == 'identified' }.notes[0]",
            equalTo("The figures summed hold as of different dates [2026-01-12, 2026-02-01]."))
        .body("stages.find { it.key == 'reinvestigation' }.total.low", closeTo(150.0, 1e-9))
        .body("stages.find { it.key == 'reinvestigation' }.total.high", closeTo(220.0, 1e-9))
        .body("stages.find { it.key == 'in_scope' }.conversion.value", closeTo(120.0 / 180, 1e-12))
        .body(
            "stages.find { it.key == 'in_scope' }.conversion.method",
            equalTo("interval_arithmetic"));

    asEditor()
        .get("/api/programmes/no such programme/statistics")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
  }

  @Test
  @SuppressWarnings("unchecked")
  void rollupTellsAFunnelWhoseFiguresAreAllDeprecatedApartFromOneWithoutAFigure() {
    Map<String, Object> a = TestDocuments.valid("roll-dep-a");
    Map<String, Object> b = TestDocuments.valid("roll-dep-b");
    Map<String, Object> c = TestDocuments.valid("roll-dep-c");
    for (Map<String, Object> doc : List.of(a, b, c)) {
      ((Map<String, Object>) doc.get("funnel")).put("programme", "Deprecated rollup programme");
    }
    part(b, "figures", 3).put("rank", "deprecated");
    part(b, "figures", 3).put("rankReason", "Misread from the minutes.");
    ((List<Object>) c.get("figures")).remove(3);
    importDoc(a);
    importDoc(b);
    importDoc(c);

    asEditor()
        .get("/api/programmes/Deprecated rollup programme/statistics")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body(
            "stages.find { it.key == 'reinvestigation' }.included", equalTo(List.of("roll-dep-a")))
        .body(
            "stages.find { it.key == 'reinvestigation' }.missing",
            equalTo(List.of("roll-dep-b", "roll-dep-c")))
        .body(
            "stages.find { it.key == 'reinvestigation' }.notes",
            hasItem(
                "No figure for 'reinvestigation' in [roll-dep-c], and no figure in use for"
                    + " 'reinvestigation' in [roll-dep-b], where every figure recorded is ranked"
                    + " deprecated (kept on record as wrong); the total covers the others."));
  }
}
