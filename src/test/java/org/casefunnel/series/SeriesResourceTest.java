package org.casefunnel.series;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.series.SeriesDocuments.D1;
import static org.casefunnel.series.SeriesDocuments.D2;
import static org.casefunnel.series.SeriesDocuments.D3;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.casefunnel.analysis.StageNotes;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SeriesResourceTest {

  static final String FUNNEL = "series-three-dates";
  static final String API = "/api/funnels/" + FUNNEL;
  static final List<String> STAGES =
      List.of("identified", "reviewed", "in_scope", "reinvestigation");

  @BeforeEach
  void imported() {
    SeriesDocuments.ensureImported(
        SeriesDocuments.threeSnapshots(FUNNEL, "Series test <three dates> & \"more\""));
  }

  /** Numbers with decimals as BigDecimal, so comparisons are exact, not at float precision. */
  private static final JsonPathConfig EXACT =
      new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

  private static JsonPath series(String query) {
    return given()
        .get(API + "/series" + query)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .using(EXACT);
  }

  @Test
  void threeDatedSnapshotsGiveThreePointsPerStageWithTheFiguresAsRecorded() {
    JsonPath s = series("");
    assertThat(s.getList("dates.asOf")).containsExactly(D1, D2, D3);
    assertThat(s.getList("stages.key")).containsExactlyElementsOf(STAGES);
    for (String key : STAGES) {
      assertThat(s.getList(stage(key) + ".points")).as(key).hasSize(3);
      assertThat(s.getList(stage(key) + ".points.asOf")).containsExactly(D1, D2, D3);
    }
    assertThat(s.getList(stage("reviewed") + ".points.figure.count", Integer.class))
        .containsExactly(1000, 2200, 4000);
    assertThat(s.getList(stage("reviewed") + ".points.figure.approximate", Boolean.class))
        .containsExactly(false, false, true);
    assertThat(s.getList(stage("in_scope") + ".points.figure.count", Integer.class))
        .containsExactly(500, 1200, 1900);
    // identified is dated once: the later points carry it without a step
    assertThat(s.getList(stage("identified") + ".points.changed", Boolean.class))
        .containsExactly(true, false, false);
    assertThat(s.getList(stage("identified") + ".points.figure.count", Integer.class))
        .containsExactly(9000, 9000, 9000);
    assertThat(s.getList("dates[1].changed")).containsExactly("reviewed", "in_scope");
    // the undated stage has no dated figure: each point shows its range, undated and no change,
    // and the range is also listed apart
    assertThat(s.getList(stage("reinvestigation") + ".points.figure.low", Integer.class))
        .containsExactly(100, 100, 100);
    assertThat(s.getList(stage("reinvestigation") + ".points.figure.asOf")).containsOnlyNulls();
    assertThat(s.getList(stage("reinvestigation") + ".points.changed", Boolean.class))
        .containsOnly(false);
    assertThat(s.getMap(stage("reinvestigation") + ".undated[0]"))
        .containsEntry("low", 100)
        .containsEntry("high", 150)
        .containsEntry("status", "projected")
        .doesNotContainKey("asOf");
    assertThat(s.getList("notes", String.class))
        .anySatisfy(n -> assertThat(n).contains("1 figure has no date"))
        .anySatisfy(
            n -> assertThat(n).contains("the latest-dated").doesNotContain("recorded last among"));
  }

  @Test
  void supersededValuesAreKeptAndMarked() {
    JsonPath s = series("");
    assertThat(s.getList(stage("reviewed") + ".points.figure.superseded", Boolean.class))
        .containsExactly(true, true, false);
    Integer corrected = s.getInt(stage("in_scope") + ".points[1].figure.id");
    Map<String, Object> replaced = s.getMap(stage("in_scope") + ".points[1].replaced[0]");
    assertThat(replaced)
        .containsEntry("count", 1150)
        .containsEntry("superseded", true)
        .containsEntry("supersededBy", corrected)
        .containsEntry("asOf", D2);
    assertThat(s.getList(stage("in_scope") + ".points[0].replaced")).isEmpty();
    assertThat(s.getInt(stage("in_scope") + ".points[0].figure.supersededBy"))
        .isEqualTo(replaced.get("id"));
  }

  @Test
  void theStatisticsAtEachDateAreThoseOfTheDatedView() {
    JsonPath s = series("");
    for (int i = 0; i < 3; i++) {
      String date = s.getString("dates[" + i + "].asOf");
      JsonPath stats =
          given()
              .queryParam("asOf", date)
              .get(API + "/statistics")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .using(EXACT);
      assertThat(s.getList("dates[" + i + "].warnings")).isEqualTo(stats.getList("warnings"));
      for (String key : STAGES) {
        String point = stage(key) + ".points[" + i + "]";
        String at = "stages.find { it.key == '" + key + "' }";
        assertThat((Object) s.get(point + ".figure.id"))
            .as(key + " figure at " + date)
            .isEqualTo(stats.get(at + ".figureId"));
        for (String field : List.of("value", "conversion", "coverage", "extrapolation")) {
          assertThat((Object) s.get(point + "." + field))
              .as(key + " " + field + " at " + date)
              .isEqualTo(stats.get(at + "." + field));
        }
        // the notes that explain what a point carries (not the overall conversion, say)
        assertThat(s.getList(point + ".notes", String.class))
            .as(key + " notes at " + date)
            .isEqualTo(StageNotes.onAPoint(stats.getList(at + ".notes", String.class)));
      }
    }
    // the dated views differ, so the comparison above compared something
    assertThat((Object) s.get(stage("in_scope") + ".points[0].extrapolation"))
        .isNotNull()
        .isNotEqualTo(s.get(stage("in_scope") + ".points[1].extrapolation"));
    assertThat(s.getMap(stage("in_scope") + ".points[1].extrapolation.logicalBounds"))
        .containsKeys("low", "high");
    assertThat(s.getMap(stage("in_scope") + ".points[1].extrapolation.estimate"))
        .containsKeys("low", "high");
    // "about 4,000" reviewed is no exact sample size: no extrapolation on the third date
    assertThat((Object) s.get(stage("in_scope") + ".points[2].extrapolation")).isNull();
  }

  @Test
  void fromAndToKeepTheDatesBetweenThem() {
    assertThat(series("?from=" + D2).getList("dates.asOf")).containsExactly(D2, D3);
    assertThat(series("?to=" + D2).getList("dates.asOf")).containsExactly(D1, D2);
    JsonPath one = series("?from=" + D2 + "&to=" + D2);
    assertThat(one.getList("dates.asOf")).containsExactly(D2);
    assertThat(one.getList(stage("reviewed") + ".points.figure.count", Integer.class))
        .containsExactly(2200);
    // identified was dated before the filter; its point still shows it, without a step
    assertThat(one.getBoolean(stage("identified") + ".points[0].changed")).isFalse();
    assertThat(one.getInt(stage("identified") + ".points[0].figure.count")).isEqualTo(9000);
    assertThat(one.getString("from")).isEqualTo(D2);
    assertThat(series("?from=2027-01-01").getList("dates")).isEmpty();
  }

  @Test
  void malformedOrReversedDatesAreInvalidParameterProblems() {
    for (String[] bad :
        new String[][] {
          {"?from=2026-13-01", "from"},
          {"?to=31/01/2026", "to"},
          {"?from=" + D3 + "&to=" + D1, "to"}
        }) {
      for (String path : List.of("/series", "/series.svg")) {
        given()
            .get(API + path + bad[0])
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .body("type", equalTo("urn:case-funnel:problem:invalid-parameter"))
            .body("errors[0].pointer", equalTo(bad[1]));
      }
    }
    given().get("/api/funnels/no-such-funnel/series").then().statusCode(404);
  }

  @Test
  void everyRepresentationRevalidates() {
    for (String path :
        List.of("/series", "/series?format=csv", "/series?from=" + D2, "/series.svg")) {
      Response first = given().get(API + path);
      first.then().statusCode(200).header("Cache-Control", "no-cache");
      String etag = first.header("ETag");
      assertThat(etag).as(path).isNotBlank();
      Response again = given().header("If-None-Match", etag).get(API + path);
      assertThat(again.statusCode()).as(path).isEqualTo(304);
      assertThat(again.body().asByteArray()).isEmpty();
    }
    assertThat(given().get(API + "/series").header("ETag"))
        .isNotEqualTo(given().get(API + "/series?format=csv").header("ETag"));
  }

  @Test
  void csvParsesBackToOneRowPerPointThenTheUndatedFigures() throws Exception {
    JsonPath json = series("");
    int points = 0;
    int undated = 0;
    for (String key : STAGES) {
      points += json.getList(stage(key) + ".points").size();
      undated += json.getList(stage(key) + ".undated").size();
    }
    Response r = given().queryParam("format", "csv").get(API + "/series");
    r.then().statusCode(200).contentType("text/csv");
    List<CSVRecord> rows = parse(r.asString());
    assertThat(rows.stream().filter(x -> x.get("row").equals("point"))).hasSize(points);
    assertThat(rows.stream().filter(x -> x.get("row").equals("undated"))).hasSize(undated);
    assertThat(rows).hasSize(12 + 1);
    List<CSVRecord> reviewed =
        rows.stream().filter(x -> x.get("stage").equals("reviewed")).toList();
    assertThat(reviewed.stream().map(x -> x.get("count"))).containsExactly("1000", "2200", "4000");
    assertThat(reviewed.stream().map(x -> x.get("date"))).containsExactly(D1, D2, D3);
    assertThat(reviewed.stream().map(x -> x.get("superseded")))
        .containsExactly("true", "true", "false");
    CSVRecord inScope =
        rows.stream()
            .filter(x -> x.get("stage").equals("in_scope") && x.get("date").equals(D2))
            .findFirst()
            .orElseThrow();
    assertThat(new BigDecimal(inScope.get("extrapolationLogicalHigh")))
        .isEqualByComparingTo(
            json.<BigDecimal>get(
                stage("in_scope") + ".points[1].extrapolation.logicalBounds.high"));
    assertThat(new BigDecimal(inScope.get("conversion")))
        .isEqualByComparingTo(
            json.<BigDecimal>get(stage("in_scope") + ".points[1].conversion.value"));
    // Accept chooses the same representation as ?format=
    assertThat(given().accept("text/csv").get(API + "/series").asString()).isEqualTo(r.asString());
  }

  @Test
  void theExampleDocumentOfTheDocsGivesThreeDates() throws Exception {
    String doc = Files.readString(Path.of("examples", "series-demo.json"));
    if (given().get("/api/funnels/series-demo").statusCode() == 404) {
      TestAuth.asEditor()
          .contentType(ContentType.JSON)
          .body(doc)
          .post("/api/funnel-documents")
          .then()
          .statusCode(201);
    }
    JsonPath demo =
        given().get("/api/funnels/series-demo/series").then().statusCode(200).extract().jsonPath();
    assertThat(demo.getList("dates.asOf")).containsExactly(D1, D2, D3);
    assertThat(demo.getList(stage("in_scope") + ".points.figure.count", Integer.class))
        .containsExactly(500, 1200, 1900);
  }

  static List<CSVRecord> parse(String csv) throws Exception {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (var parser = format.parse(new StringReader(csv))) {
      List<CSVRecord> rows = parser.getRecords();
      assertThat(parser.getHeaderNames()).containsExactlyElementsOf(SeriesCsv.COLUMNS);
      return rows;
    }
  }

  static String stage(String key) {
    return "stages.find { it.key == '" + key + "' }";
  }
}
