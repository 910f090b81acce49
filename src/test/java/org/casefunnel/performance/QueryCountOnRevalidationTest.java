package org.casefunnel.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.performance.QueryCounting.generated;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.common.web.EventLoopReads;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Counts the SQL statements of revalidations and repeated reads (Hibernate statistics, on in the
 * test profile): once a funnel's stamp is known they make none, on a worker thread or on the event
 * loop; and a write is seen at once by the next read or revalidation, never served stale.
 */
@QuarkusTest
class QueryCountOnRevalidationTest {

  @Inject SessionFactory sessionFactory;
  @Inject MeterRegistry meters;
  @Inject EventLoopReads early;

  @BeforeEach
  void importFunnels() {
    TestDocuments.ensureImported(generated("count-small", 2, 1));
    TestDocuments.ensureImported(generated("count-large", 8, 10));
  }

  @Test
  void revalidationOfAnUnchangedFunnelIsA304WithNoStatement() {
    String tag =
        asEditor().get("/api/funnels/count-large").then().statusCode(200).extract().header("ETag");

    long revalidation =
        statements(
            () ->
                asEditor()
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

    asEditor()
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
        asEditor()
            .get("/api/funnels/count-small/stages/stage-0/figures")
            .jsonPath()
            .getLong("[0].id");
    String figureTag = asEditor().get("/api/figures/" + figureId).header("ETag");
    String listTag = asEditor().get("/api/funnels").header("ETag");

    long figure =
        statements(
            () ->
                asEditor()
                    .header("If-None-Match", figureTag)
                    .get("/api/figures/" + figureId)
                    .then()
                    .statusCode(304));
    long list =
        statements(
            () ->
                asEditor()
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
    String before = asEditor().get(path).then().statusCode(200).extract().header("ETag");
    asEditor().header("If-None-Match", before).get(path).then().statusCode(304);

    asEditor()
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
        asEditor()
            .header("If-None-Match", before)
            .get(path)
            .then()
            .statusCode(200)
            .body("stages[1].figure.count", equalTo(321))
            .extract()
            .header("ETag");
    assertThat(after).isNotEqualTo(before);

    asEditor().header("If-Match", after).delete(path).then().statusCode(204);
    asEditor().header("If-None-Match", after).get(path).then().statusCode(404);
    asEditor().get(path).then().statusCode(404);

    TestDocuments.ensureImported(generated("count-stale", 3, 1));
    asEditor()
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
    asEditor().get("/api/funnels/count-write").then().body("stages[1].figure.count", equalTo(1001));

    asEditor()
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

    asEditor()
        .get("/api/funnels/count-write")
        .then()
        .statusCode(200)
        .body("stages[1].figure.count", equalTo(777))
        .body("stages[1].figure.status", equalTo("provisional"));
  }

  @Test
  void statisticsAfterAWriteShowTheWriteAtOnce() {
    TestDocuments.ensureImported(generated("count-write-stats", 3, 2));
    asEditor()
        .get("/api/funnels/count-write-stats/statistics")
        .then()
        .statusCode(200)
        .body("stages[2].value.low", equalTo(1002));

    asEditor()
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

    asEditor()
        .get("/api/funnels/count-write-stats/statistics")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("stages[2].value.low", equalTo(555))
        .body("stages[2].value.high", equalTo(555));
  }

  /** Event-loop answers are for reads without credentials; this class is an editor by default. */
  private static io.restassured.specification.RequestSpecification anonymous() {
    return org.casefunnel.support.TestAuth.anonymous();
  }

  private long statements(Runnable request) {
    return QueryCounting.statements(sessionFactory, meters, request);
  }
}
