package org.casefunnel.performance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.common.web.EventLoopReads;
import org.casefunnel.funnel.FunnelStamps;
import org.casefunnel.model.Funnel;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Counts the SQL statements a request makes (Hibernate statistics, on in the test profile): reads
 * of one funnel must not grow with its stages and figures (no N+1), and lists are paged in the
 * database.
 */
@QuarkusTest
class QueryCountTest {

  @org.junit.jupiter.api.BeforeEach
  void actAsEditor() {
    // writes need the editor role; reads stay public
    org.casefunnel.support.TestAuth.editorByDefault();
  }

  @Inject SessionFactory sessionFactory;
  @Inject MeterRegistry meters;
  @Inject EventLoopReads early;

  @BeforeEach
  void importFunnels() {
    TestDocuments.ensureImported(generated("count-small", 2, 1));
    TestDocuments.ensureImported(generated("count-large", 8, 10));
  }

  @Test
  void funnelViewTakesTheSameStatementsForTwoStagesAsForEightWithTenFiguresEach() {
    // asOf variants that no other test asks for, so neither view is cached yet
    long small = statements(() -> view("count-small", "2025-12-31", 2));
    long large = statements(() -> view("count-large", "2025-12-31", 8));

    assertThat(large).isEqualTo(small);
    // the HTTP caching filter's version lookup (unless in memory), then funnel, stages with their
    // base and
    // definition statements, figures with their statements
    assertThat(large).isLessThanOrEqualTo(4);
  }

  @Test
  void unchangedFunnelViewIsServedFromMemoryWithNoStatement() {
    view("count-large", null, 8);

    long again = statements(() -> view("count-large", null, 8));

    // the stamp is in memory and the body in the response cache
    assertThat(again).isZero();
  }

  @Test
  void revalidationOfAnUnchangedFunnelIsA304WithNoStatement() {
    String tag =
        given().get("/api/funnels/count-large").then().statusCode(200).extract().header("ETag");

    long revalidation =
        statements(
            () ->
                given()
                    .header("If-None-Match", tag)
                    .get("/api/funnels/count-large")
                    .then()
                    .statusCode(304)
                    .header("ETag", equalTo(tag)));

    assertThat(revalidation).isZero();
  }

  @Test
  void revalidationAndRepeatedReadOnTheEventLoopMakeNoStatement() {
    String path = "/api/funnels/count-large/statistics";
    String tag = anonymous().get(path).then().statusCode(200).extract().header("ETag");
    anonymous().header("If-None-Match", tag).get(path).then().statusCode(304);

    long before = early.answered();
    long revalidation =
        statements(
            () ->
                anonymous()
                    .header("If-None-Match", tag)
                    .get(path)
                    .then()
                    .statusCode(304)
                    .header("ETag", equalTo(tag)));
    long read =
        statements(() -> anonymous().get(path).then().statusCode(200).header("ETag", equalTo(tag)));

    assertThat(early.answered()).isEqualTo(before + 2);
    assertThat(revalidation).isZero();
    assertThat(read).isZero();
  }

  @Test
  void aWriteEndsTheEventLoopAnswersForTheOldTag() {
    TestDocuments.ensureImported(generated("count-early", 2, 1));
    String path = "/api/funnels/count-early/statistics";
    String before = anonymous().get(path).then().statusCode(200).extract().header("ETag");
    anonymous().header("If-None-Match", before).get(path).then().statusCode(304);
    long answered = early.answered();
    anonymous().header("If-None-Match", before).get(path).then().statusCode(304);
    assertThat(early.answered()).isEqualTo(answered + 1);

    given()
        .contentType(ContentType.JSON)
        .body(
            map(
                "stage",
                "stage-1",
                "count",
                654,
                "status",
                "provisional",
                "asOf",
                "2025-10-31",
                "wording",
                "654 cases",
                "statementIds",
                list("st1")))
        .post("/api/funnels/count-early/stages/stage-1/figures")
        .then()
        .statusCode(201);

    String after =
        anonymous()
            .header("If-None-Match", before)
            .get(path)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    assertThat(after).isNotEqualTo(before);
  }

  @Test
  void revalidationOfAFigureAndOfTheFunnelListMakeNoStatementOnceKnown() {
    long figureId =
        given().get("/api/funnels/count-small/stages/stage-0/figures").jsonPath().getLong("[0].id");
    String figureTag = given().get("/api/figures/" + figureId).header("ETag");
    String listTag = given().get("/api/funnels").header("ETag");

    long figure =
        statements(
            () ->
                given()
                    .header("If-None-Match", figureTag)
                    .get("/api/figures/" + figureId)
                    .then()
                    .statusCode(304));
    long list =
        statements(
            () ->
                given()
                    .header("If-None-Match", listTag)
                    .get("/api/funnels")
                    .then()
                    .statusCode(304));

    assertThat(figure).isZero();
    assertThat(list).isZero();
  }

  @Test
  void aWriteIsSeenByTheNextRevalidationAndADeletedFunnelIsA404() {
    TestDocuments.ensureImported(generated("count-stale", 2, 1));
    String path = "/api/funnels/count-stale";
    String before = given().get(path).then().statusCode(200).extract().header("ETag");
    given().header("If-None-Match", before).get(path).then().statusCode(304);

    given()
        .contentType(ContentType.JSON)
        .body(
            map(
                "stage",
                "stage-1",
                "count",
                321,
                "status",
                "provisional",
                "asOf",
                "2025-10-31",
                "wording",
                "321 cases",
                "statementIds",
                list("st1")))
        .post(path + "/stages/stage-1/figures")
        .then()
        .statusCode(201);

    String after =
        given()
            .header("If-None-Match", before)
            .get(path)
            .then()
            .statusCode(200)
            .body("stages[1].figure.count", equalTo(321))
            .extract()
            .header("ETag");
    assertThat(after).isNotEqualTo(before);

    given().header("If-Match", after).delete(path).then().statusCode(204);
    given().header("If-None-Match", after).get(path).then().statusCode(404);
    given().get(path).then().statusCode(404);

    TestDocuments.ensureImported(generated("count-stale", 3, 1));
    given()
        .header("If-None-Match", after)
        .get(path)
        .then()
        .statusCode(200)
        .body("stages", hasSize(3));
  }

  @Test
  void viewAfterAWriteShowsTheWriteAtOnce() {
    Map<String, Object> doc = generated("count-write", 3, 2);
    TestDocuments.ensureImported(doc);
    given().get("/api/funnels/count-write").then().body("stages[1].figure.count", equalTo(1001));

    given()
        .contentType(ContentType.JSON)
        .body(
            map(
                "stage",
                "stage-1",
                "count",
                777,
                "status",
                "provisional",
                "asOf",
                "2025-09-30",
                "wording",
                "777 cases",
                "statementIds",
                list("st1")))
        .post("/api/funnels/count-write/stages/stage-1/figures")
        .then()
        .statusCode(201);

    given()
        .get("/api/funnels/count-write")
        .then()
        .statusCode(200)
        .body("stages[1].figure.count", equalTo(777))
        .body("stages[1].figure.status", equalTo("provisional"));
  }

  @Test
  void statisticsTakeTheSameStatementsForTwoStagesAsForEightWithTenFiguresEach() {
    long small = statements(() -> statistics("count-small", "2025-11-30", 2));
    long large = statements(() -> statistics("count-large", "2025-11-30", 8));

    assertThat(large).isEqualTo(small);
    // funnel, stages, current figures with statements, breakdown parts
    assertThat(large).isLessThanOrEqualTo(4);
  }

  @Test
  void provenanceExportTakesAFewStatementsWhateverTheNumberOfFigures() {
    long large =
        statements(
            () ->
                given()
                    .get("/api/funnels/count-large/prov")
                    .then()
                    .statusCode(200)
                    .body("entity", org.hamcrest.Matchers.notNullValue()));

    // the stamp lookup, sources, statements, all figures, their breakdown parts in one query, the
    // audit history, and the statistics' reading unless cached: not a query per figure or per 16
    // figures (80 here; loading the parts lazily took 15 statements)
    assertThat(large).isLessThanOrEqualTo(10);
  }

  @Test
  void unchangedFunnelStatisticsAreServedFromMemoryWithNoStatement() {
    statistics("count-large", null, 8);

    long again = statements(() -> statistics("count-large", null, 8));

    // the stamp is in memory and the body in the response cache
    assertThat(again).isZero();
  }

  @Test
  void statisticsAfterAWriteShowTheWriteAtOnce() {
    TestDocuments.ensureImported(generated("count-write-stats", 3, 2));
    given()
        .get("/api/funnels/count-write-stats/statistics")
        .then()
        .statusCode(200)
        .body("stages[2].value.low", equalTo(1002));

    given()
        .contentType(ContentType.JSON)
        .body(
            map(
                "stage",
                "stage-2",
                "count",
                555,
                "status",
                "provisional",
                "asOf",
                "2025-09-30",
                "wording",
                "555 cases",
                "statementIds",
                list("st1")))
        .post("/api/funnels/count-write-stats/stages/stage-2/figures")
        .then()
        .statusCode(201);

    given()
        .get("/api/funnels/count-write-stats/statistics")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("stages[2].value.low", equalTo(555))
        .body("stages[2].value.high", equalTo(555));
  }

  @Test
  void funnelPageTakesItsSeriesDatesFromTheReadingWithNoQueryOfItsOwn() {
    // the statistics as of these dates compute the readings the pages show, and cache them
    statistics("count-large", "2025-08-31", 8);
    statistics("count-large", "2025-01-31", 8);

    long page =
        statements(
            () ->
                assertThat(page("count-large", "2025-08-31")).contains("series.svg?to=2025-08-31"));
    // the funnel's revision names the cached reading; counting the figures' dates was a query
    assertThat(page).isLessThanOrEqualTo(1);
    // as of January the figures have one date: no change to show, so no series
    assertThat(page("count-large", "2025-01-31")).doesNotContain("series.svg");
  }

  private static String page(String id, String asOf) {
    return given()
        .queryParam("asOf", asOf)
        .get("/funnels/" + id)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  @Test
  void funnelListLoadsOnlyThePageFromTheDatabase() {
    for (int i = 0; i < 5; i++) {
      TestDocuments.ensureImported(generated("count-list-" + i, "Pagingshire Police", 2, 1));
    }
    Statistics stats = sessionFactory.getStatistics();
    stats.clear();
    double stampsBefore = stampLookups();

    given()
        .queryParam("organisation", "Pagingshire Police")
        .queryParam("page", 1)
        .queryParam("size", 2)
        .get("/api/funnels")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("items", hasSize(2))
        .body("page", equalTo(1))
        .body("total", equalTo(5))
        .body("items[0].id", equalTo("count-list-2"))
        .body("items[1].id", equalTo("count-list-3"));

    // only the two funnels of the page become entities: the database did the paging
    assertThat(stats.getEntityStatistics(Funnel.class.getName()).getLoadCount()).isEqualTo(2);
    // the list's cache stamp, the page and its total
    assertThat(stats.getPrepareStatementCount() + (long) (stampLookups() - stampsBefore))
        .isEqualTo(3);
  }

  /** Event-loop answers are for reads without credentials; this class is an editor by default. */
  private static io.restassured.specification.RequestSpecification anonymous() {
    return org.casefunnel.support.TestAuth.anonymous();
  }

  private void view(String id, String asOf, int stages) {
    var request = given();
    if (asOf != null) {
      request = request.queryParam("asOf", asOf);
    }
    request
        .get("/api/funnels/" + id)
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("stages", hasSize(stages))
        .body("stages[0].figure.statementIds", equalTo(List.of("st1", "st2")));
  }

  private void statistics(String id, String asOf, int stages) {
    var request = given();
    if (asOf != null) {
      request = request.queryParam("asOf", asOf);
    }
    request
        .get("/api/funnels/" + id + "/statistics")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("funnelId", equalTo(id))
        .body("stages", hasSize(stages));
  }

  /** Statements a request runs: Hibernate's, and the HTTP caching filter's stamp lookups. */
  private long statements(Runnable request) {
    Statistics stats = sessionFactory.getStatistics();
    stats.clear();
    double before = stampLookups();
    request.run();
    return stats.getPrepareStatementCount() + (long) (stampLookups() - before);
  }

  private double stampLookups() {
    return meters.counter(FunnelStamps.LOOKUPS).count();
  }

  /**
   * A funnel of {@code stages} stages with {@code figuresPerStage} figures each; the figures of a
   * stage count 1000 + stage index and hold as of successive month ends of 2025.
   */
  static Map<String, Object> generated(String id, int stages, int figuresPerStage) {
    return generated(id, "Countshire Police", stages, figuresPerStage);
  }

  static Map<String, Object> generated(
      String id, String organisation, int stages, int figuresPerStage) {
    Map<String, Object> doc = TestDocuments.valid(id);
    @SuppressWarnings("unchecked")
    Map<String, Object> funnel = (Map<String, Object>) doc.get("funnel");
    funnel.put("organisation", organisation);
    List<Map<String, Object>> stageList = new ArrayList<>();
    List<Map<String, Object>> figures = new ArrayList<>();
    for (int s = 0; s < stages; s++) {
      stageList.add(
          map(
              "key",
              "stage-" + s,
              "label",
              "Stage " + s,
              "baseStage",
              s == 0 ? null : "stage-" + (s - 1),
              "definitionStatementIds",
              list("st1", "st2")));
      for (int j = 0; j < figuresPerStage; j++) {
        figures.add(
            map(
                "stage",
                "stage-" + s,
                "count",
                1000 + s,
                "status",
                "reported",
                "asOf",
                String.format("2025-%02d-28", j + 1),
                "wording",
                (1000 + s) + " cases",
                "statementIds",
                list("st1", "st2")));
      }
    }
    doc.put("stages", stageList);
    doc.put("figures", figures);
    return doc;
  }
}
