package org.casefunnel.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;

/**
 * Revalidation with ETag and Last-Modified: a repeated GET with the tag (or a date not before the
 * last change) is a 304 with an empty body, for funnels, their child resources and the funnel list;
 * a write changes the tag, a funnel imported again under the same id does not revalidate the old
 * tag, and a missing resource is not cached. Which variants are kept apart is in {@link
 * HttpCacheVariantsTest}.
 */
@QuarkusTest
class HttpCachingTest {

  private static final String FUNNEL = "/api/funnels/caching-a";

  private static void importFunnel(String id) {
    TestDocuments.ensureImported(TestDocuments.valid(id));
  }

  /**
   * A read once the last change's second is over: within it the answer has no Last-Modified (a date
   * of one-second resolution could not tell two changes of that second apart).
   */
  static Response settledGet(String url) {
    long deadline = System.currentTimeMillis() + 3000;
    Response r = asEditor().get(url);
    while (r.header("Last-Modified") == null && System.currentTimeMillis() < deadline) {
      sleep(50);
      r = asEditor().get(url);
    }
    return r;
  }

  /** Records 130 reviewed in a funnel imported from {@link TestDocuments#valid}. */
  private static void addFigure130(String funnel) {
    asEditor()
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
        .post(funnel + "/stages/reviewed/figures")
        .then()
        .statusCode(201);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void repeatedGetWithETagIsNotModifiedWithEmptyBody() {
    importFunnel("caching-a");
    Response first = settledGet(FUNNEL);
    first.then().statusCode(200).header("Cache-Control", "no-cache");
    String etag = first.header("ETag");
    assertThat(etag).startsWith("\"funnel-caching-a-v").endsWith("\"");
    assertThat(first.header("Last-Modified")).isNotBlank();

    asEditor()
        .header("If-None-Match", etag)
        .get(FUNNEL)
        .then()
        .statusCode(304)
        .header("ETag", etag)
        .header("Cache-Control", "no-cache")
        .body(emptyString());
    asEditor().header("If-None-Match", "\"other\", W/" + etag).get(FUNNEL).then().statusCode(304);
  }

  @Test
  void lastModifiedIsAnImfFixdateAndObsoleteDatesRevalidate() {
    importFunnel("caching-dates");
    String url = "/api/funnels/caching-dates";
    String lastModified = settledGet(url).header("Last-Modified");
    assertThat(lastModified)
        .matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
    asEditor().header("If-Modified-Since", lastModified).get(url).then().statusCode(304);
    // RFC 9110 asks recipients to accept the asctime form too
    String asctime =
        DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US)
            .format(ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME));
    asEditor().header("If-Modified-Since", asctime).get(url).then().statusCode(304);
  }

  @Test
  void addingAFigureChangesTheETag() {
    importFunnel("caching-b");
    String before = asEditor().get("/api/funnels/caching-b").header("ETag");
    String statementsBefore = asEditor().get("/api/funnels/caching-b/statements").header("ETag");
    addFigure130("/api/funnels/caching-b");
    Response after = asEditor().header("If-None-Match", before).get("/api/funnels/caching-b");
    after.then().statusCode(200).body("stages[1].figure.count", equalTo(130));
    assertThat(after.header("ETag")).isNotEqualTo(before);
    asEditor()
        .header("If-None-Match", statementsBefore)
        .get("/api/funnels/caching-b/statements")
        .then()
        .statusCode(200);
  }

  @Test
  void aLastModifiedIsNeverOfTheSecondItIsSentInSoNoChangeHidesBehindIt() {
    importFunnel("caching-same-second");
    String url = "/api/funnels/caching-same-second";
    addFigure130(url);
    // read at once and for a second and a half after the write: every answer has a Date, and a
    // Last-Modified only once the write's second is over
    long end = System.currentTimeMillis() + 1500;
    int withDate = 0;
    int withoutLastModified = 0;
    while (System.currentTimeMillis() < end) {
      Response r = asEditor().get(url);
      r.then().statusCode(200);
      String date = r.header("Date");
      String lastModified = r.header("Last-Modified");
      assertThat(date).isNotNull();
      withDate++;
      if (lastModified == null) {
        withoutLastModified++;
      } else {
        assertThat(HttpDates.parse(lastModified).orElseThrow())
            .isBefore(HttpDates.parse(date).orElseThrow());
      }
      sleep(20);
    }
    assertThat(withDate).isPositive();
    assertThat(withoutLastModified).isPositive();
    // and the date, once given, revalidates until the next change
    String lastModified = settledGet(url).header("Last-Modified");
    asEditor().header("If-Modified-Since", lastModified).get(url).then().statusCode(304);
  }

  @Test
  void everyAnswerSaysWhenItWasSent() {
    importFunnel("caching-date");
    String url = "/api/funnels/caching-date";
    String etag = asEditor().get(url).header("ETag");
    asEditor()
        .header("If-None-Match", etag)
        .get(url)
        .then()
        .statusCode(304)
        .header("Date", notNullValue());
    asEditor()
        .get("/api/funnels/no-such-funnel")
        .then()
        .statusCode(404)
        .header("Date", notNullValue());
    asEditor().get("/q/health/live").then().statusCode(200).header("Date", notNullValue());
  }

  @Test
  void ifModifiedSinceIsAnsweredFromLastModified() {
    importFunnel("caching-c");
    String lastModified = settledGet("/api/funnels/caching-c").header("Last-Modified");
    asEditor()
        .header("If-Modified-Since", lastModified)
        .get("/api/funnels/caching-c")
        .then()
        .statusCode(304);
    asEditor()
        .header("If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT")
        .get("/api/funnels/caching-c")
        .then()
        .statusCode(200);
    // no Last-Modified of this server is in the future: such a date is ignored, not a 304
    // through every change until then
    asEditor()
        .header("If-Modified-Since", "Fri, 01 Jan 2100 00:00:00 GMT")
        .get("/api/funnels/caching-c")
        .then()
        .statusCode(200);
  }

  @Test
  void childResourcesRevalidateWith304AndTheirTagServesIfMatch() {
    importFunnel("caching-e");
    String stage = "/api/funnels/caching-e/stages/identified";
    long figureId =
        asEditor()
            .get("/api/funnels/caching-e/stages/identified/figures")
            .jsonPath()
            .getLong("[0].id");
    String figureTag = asEditor().get("/api/figures/" + figureId).header("ETag");
    asEditor()
        .header("If-None-Match", figureTag)
        .get("/api/figures/" + figureId)
        .then()
        .statusCode(304)
        .body(emptyString());
    String stageTag = asEditor().get(stage).header("ETag");
    asEditor().header("If-None-Match", stageTag).get(stage).then().statusCode(304);

    asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", stageTag)
        .body(map("key", "identified", "label", "Renamed through the GET's tag"))
        .put(stage)
        .then()
        .statusCode(200);

    asEditor().header("If-None-Match", stageTag).get(stage).then().statusCode(200);
    asEditor()
        .header("If-None-Match", figureTag)
        .get("/api/figures/" + figureId)
        .then()
        .statusCode(200);
    // the old tag named a funnel version that is gone: a second write based on it is refused
    asEditor()
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
    String path = "/api/funnels/caching-h";
    importFunnel("caching-h");
    String before = asEditor().get(path).header("ETag");
    asEditor().header("If-Match", before).delete(path).then().statusCode(204);
    // a corrected document under the same id starts again at version 0
    var corrected = TestDocuments.valid("caching-h");
    ((java.util.Map<String, Object>) corrected.get("funnel")).put("title", "Corrected review");
    asEditor().contentType(ContentType.JSON).body(corrected).post("/api/funnel-documents");

    asEditor()
        .header("If-None-Match", before)
        .get(path)
        .then()
        .statusCode(200)
        .body("title", equalTo("Corrected review"));
  }

  @Test
  void funnelListETagChangesWhenAFunnelIsAddedAndMissingResourcesAreNotCached() {
    importFunnel("caching-f");
    String before = asEditor().get("/api/funnels").header("ETag");
    asEditor().header("If-None-Match", before).get("/api/funnels").then().statusCode(304);
    importFunnel("caching-g");
    asEditor()
        .header("If-None-Match", before)
        .get("/api/funnels")
        .then()
        .statusCode(200)
        .header("ETag", notNullValue());
    Response missing = asEditor().get("/api/funnels/no-such-funnel");
    missing.then().statusCode(404).contentType("application/problem+json");
    assertThat(missing.header("ETag")).isNull();
  }
}
