package org.casefunnel.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.TestDocuments.map;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HttpCachingTest {

  @org.junit.jupiter.api.BeforeEach
  void actAsEditor() {
    // writes need the editor role; reads stay public
    org.casefunnel.support.TestAuth.editorByDefault();
  }

  private static final String FUNNEL = "/api/funnels/caching-a";

  private static void importFunnel(String id) {
    TestDocuments.ensureImported(TestDocuments.valid(id));
  }

  @Test
  void repeatedGetWithETagIsNotModifiedWithEmptyBody() {
    importFunnel("caching-a");
    Response first = given().get(FUNNEL);
    first.then().statusCode(200).header("Cache-Control", "no-cache");
    String etag = first.header("ETag");
    assertThat(etag).startsWith("\"funnel-caching-a-v").endsWith("\"");
    assertThat(first.header("Last-Modified")).isNotBlank();

    given()
        .header("If-None-Match", etag)
        .get(FUNNEL)
        .then()
        .statusCode(304)
        .header("ETag", etag)
        .header("Cache-Control", "no-cache")
        .body(emptyString());
    given().header("If-None-Match", "\"other\", W/" + etag).get(FUNNEL).then().statusCode(304);
  }

  @Test
  void oneRequestGetsOneRepresentationUnderOneTagWhateverWasCachedBefore() {
    importFunnel("caching-negotiation");
    String url = "/api/funnels/caching-negotiation";
    String both = "text/csv, application/json"; // equal qualities: JSON, as documented
    Response first = given().accept(both).get(url);
    first.then().statusCode(200).contentType(ContentType.JSON);
    Response csv = given().accept("text/csv").get(url);
    csv.then().statusCode(200).contentType(startsWith("text/csv"));
    assertThat(csv.header("ETag")).isNotEqualTo(first.header("ETag"));
    // the CSV now in the response cache must not answer the first request
    Response again = given().accept(both).get(url);
    again.then().statusCode(200).contentType(ContentType.JSON);
    assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(again.asString()).isEqualTo(first.asString());
  }

  @Test
  void lastModifiedIsAnImfFixdateAndObsoleteDatesRevalidate() {
    importFunnel("caching-dates");
    String url = "/api/funnels/caching-dates";
    String lastModified = given().get(url).header("Last-Modified");
    assertThat(lastModified)
        .matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
    given().header("If-Modified-Since", lastModified).get(url).then().statusCode(304);
    // RFC 9110 asks recipients to accept the asctime form too
    given().header("If-Modified-Since", "Thu Dec 31 23:59:59 9998").get(url).then().statusCode(304);
  }

  @Test
  void addingAFigureChangesTheETag() {
    importFunnel("caching-b");
    String before = given().get("/api/funnels/caching-b").header("ETag");
    String statementsBefore = given().get("/api/funnels/caching-b/statements").header("ETag");
    given()
        .contentType(ContentType.JSON)
        .body(
            map(
                "stage",
                "reviewed",
                "count",
                130,
                "status",
                "provisional",
                "wording",
                "130 reviewed",
                "statementIds",
                List.of("st1")))
        .post("/api/funnels/caching-b/stages/reviewed/figures")
        .then()
        .statusCode(201);
    Response after = given().header("If-None-Match", before).get("/api/funnels/caching-b");
    after.then().statusCode(200).body("stages[1].figure.count", equalTo(130));
    assertThat(after.header("ETag")).isNotEqualTo(before);
    given()
        .header("If-None-Match", statementsBefore)
        .get("/api/funnels/caching-b/statements")
        .then()
        .statusCode(200);
  }

  @Test
  void ifModifiedSinceIsAnsweredFromLastModified() {
    importFunnel("caching-c");
    String lastModified = given().get("/api/funnels/caching-c").header("Last-Modified");
    given()
        .header("If-Modified-Since", lastModified)
        .get("/api/funnels/caching-c")
        .then()
        .statusCode(304);
    given()
        .header("If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT")
        .get("/api/funnels/caching-c")
        .then()
        .statusCode(200);
  }

  @Test
  void csvAndJsonOfTheSameFunnelHaveDifferentETagsAndVaryOnAccept() {
    importFunnel("caching-d");
    Response json = given().accept(ContentType.JSON).get("/api/funnels/caching-d");
    Response csv = given().accept("text/csv").get("/api/funnels/caching-d");
    assertThat(json.header("ETag")).isNotEqualTo(csv.header("ETag"));
    assertThat(csv.header("Vary")).isEqualTo("Accept, Origin");
    given()
        .accept(ContentType.JSON)
        .header("If-None-Match", csv.header("ETag"))
        .get("/api/funnels/caching-d")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON);
    String viaFormat =
        given().queryParam("format", "csv").get("/api/funnels/caching-d").header("ETag");
    given()
        .queryParam("format", "csv")
        .header("If-None-Match", viaFormat)
        .get("/api/funnels/caching-d")
        .then()
        .statusCode(304)
        .header("Vary", "Accept, Origin");
  }

  @Test
  void childResourcesRevalidateWith304AndTheirTagServesIfMatch() {
    importFunnel("caching-e");
    TestAuth.editorByDefault();
    String stage = "/api/funnels/caching-e/stages/identified";
    long figureId =
        given()
            .get("/api/funnels/caching-e/stages/identified/figures")
            .jsonPath()
            .getLong("[0].id");
    String figureTag = given().get("/api/figures/" + figureId).header("ETag");
    given()
        .header("If-None-Match", figureTag)
        .get("/api/figures/" + figureId)
        .then()
        .statusCode(304)
        .body(emptyString());
    String stageTag = given().get(stage).header("ETag");
    given().header("If-None-Match", stageTag).get(stage).then().statusCode(304);

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", stageTag)
        .body(map("key", "identified", "label", "Renamed through the GET's tag"))
        .put(stage)
        .then()
        .statusCode(200);

    given().header("If-None-Match", stageTag).get(stage).then().statusCode(200);
    given()
        .header("If-None-Match", figureTag)
        .get("/api/figures/" + figureId)
        .then()
        .statusCode(200);
    // the old tag named a funnel version that is gone: a second write based on it is refused
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", stageTag)
        .body(map("key", "identified", "label", "Lost edit"))
        .put(stage)
        .then()
        .statusCode(412);
  }

  @Test
  @SuppressWarnings("unchecked")
  void funnelImportedAgainUnderTheSameIdDoesNotRevalidateTheOldTag() {
    TestAuth.editorByDefault();
    String path = "/api/funnels/caching-h";
    importFunnel("caching-h");
    String before = given().get(path).header("ETag");
    given().header("If-Match", before).delete(path).then().statusCode(204);
    // a corrected document under the same id starts again at version 0
    var corrected = TestDocuments.valid("caching-h");
    ((java.util.Map<String, Object>) corrected.get("funnel")).put("title", "Corrected review");
    given().contentType(ContentType.JSON).body(corrected).post("/api/funnel-documents");

    given()
        .header("If-None-Match", before)
        .get(path)
        .then()
        .statusCode(200)
        .body("title", equalTo("Corrected review"));
  }

  @Test
  void repeatedReadsAnswerTheSameBodyAndHeadersFromTheResponseCache() {
    importFunnel("caching-i");
    importFunnel("caching-j");
    Response first = given().queryParam("size", 1).get("/api/funnels");
    Response again = given().queryParam("size", 1).get("/api/funnels");

    again.then().statusCode(200).contentType(ContentType.JSON);
    assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
    assertThat(again.header("Link")).isNotBlank().isEqualTo(first.header("Link"));
    assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
    Response csv = given().queryParam("format", "csv").get("/api/funnels/caching-i");
    given()
        .queryParam("format", "csv")
        .get("/api/funnels/caching-i")
        .then()
        .statusCode(200)
        .contentType(startsWith("text/csv"))
        .body(equalTo(csv.asString()));
  }

  @Test
  void cachedListLinksNameTheHostEachClientAsked() {
    importFunnel("caching-k");
    importFunnel("caching-l");
    given().header("Host", "evil.example").queryParam("size", 1).get("/api/funnels");

    String link = given().queryParam("size", 1).get("/api/funnels").header("Link");

    assertThat(link).isNotBlank().doesNotContain("evil.example");
  }

  @Test
  void bodyChosenForOneAcceptIsNotServedForAnother() {
    importFunnel("caching-m");
    // ties go to JSON in the operation, while the filter's first choice is CSV
    given()
        .header("Accept", "text/csv, application/json")
        .get("/api/funnels/caching-m")
        .then()
        .statusCode(200);

    given()
        .header("Accept", "text/csv")
        .get("/api/funnels/caching-m")
        .then()
        .statusCode(200)
        .contentType(startsWith("text/csv"));
  }

  @Test
  void queriesThatDecodeAlikeAreDifferentVariants() {
    importFunnel("caching-n");
    given()
        .urlEncodingEnabled(false)
        .get("/api/funnels/caching-n?asOf=2025-12-31&asOf=x")
        .then()
        .statusCode(400)
        .body("detail", containsString("given 2 times"));

    given()
        .urlEncodingEnabled(false)
        .get("/api/funnels/caching-n?asOf=2025-12-31,x")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:case-funnel:problem:invalid-parameter"));
  }

  @Test
  void funnelListETagChangesWhenAFunnelIsAddedAndMissingResourcesAreNotCached() {
    importFunnel("caching-f");
    String before = given().get("/api/funnels").header("ETag");
    given().header("If-None-Match", before).get("/api/funnels").then().statusCode(304);
    importFunnel("caching-g");
    given()
        .header("If-None-Match", before)
        .get("/api/funnels")
        .then()
        .statusCode(200)
        .header("ETag", notNullValue());
    Response missing = given().get("/api/funnels/no-such-funnel");
    missing.then().statusCode(404).contentType("application/problem+json");
    assertThat(missing.header("ETag")).isNull();
  }

  @Test
  void unknownFormatIsAnInvalidParameterProblem() {
    given()
        .queryParam("format", "xlsx")
        .get("/api/funnels")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:case-funnel:problem:invalid-parameter"))
        .body("errors[0].pointer", equalTo("format"));
  }
}
