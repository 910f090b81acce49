package org.casefunnel.common.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * If-Match and If-Unmodified-Since hold for reads too (RFC 9110 sections 13.1.1, 13.1.4): a false
 * condition is a 412 problem whatever the method, evaluated in the order of section 13.2.2
 * (If-Match, else If-Unmodified-Since, then If-None-Match, else If-Modified-Since).
 */
@QuarkusTest
class ReadPreconditionsTest {

  private static final String PROBLEM = "application/problem+json";
  private static final String FUNNEL = "/api/funnels/read-preconditions";
  private static final String IN_2020 = "Wed, 01 Jan 2020 00:00:00 GMT";
  private static final String IN_2100 = "Fri, 01 Jan 2100 00:00:00 GMT";

  @Test
  void anIfMatchNamingAnotherTagIsAPreconditionFailed() {
    importFunnel();
    for (String path : new String[] {FUNNEL, FUNNEL + "/stages", "/api/funnels"}) {
      expectFailed(TestAuth.anonymous().header("If-Match", "\"nope\"").get(path));
      String etag = TestAuth.etag(path);
      // strong comparison: the weak form of the current tag does not match
      expectFailed(TestAuth.anonymous().header("If-Match", "W/" + etag).get(path));
      ok(TestAuth.anonymous().header("If-Match", etag).get(path));
      ok(TestAuth.anonymous().header("If-Match", "\"nope\", " + etag).get(path));
      ok(TestAuth.anonymous().header("If-Match", "*").get(path));
    }
    TestAuth.anonymous()
        .header("If-Match", "\"nope\"")
        .head(FUNNEL)
        .then()
        .statusCode(412)
        .body(emptyString());
  }

  @Test
  void anIfUnmodifiedSinceBeforeTheLastChangeIsAPreconditionFailed() {
    importFunnel();
    expectFailed(TestAuth.anonymous().header("If-Unmodified-Since", IN_2020).get(FUNNEL));
    ok(TestAuth.anonymous().header("If-Unmodified-Since", IN_2100).get(FUNNEL));
    String lastModified = HttpCachingTest.settledGet(FUNNEL).header("Last-Modified");
    ok(TestAuth.anonymous().header("If-Unmodified-Since", lastModified).get(FUNNEL));
    // a date that is no date is ignored
    ok(TestAuth.anonymous().header("If-Unmodified-Since", "yesterday").get(FUNNEL));
    // If-Match, when present, decides alone
    String etag = TestAuth.etag(FUNNEL);
    ok(
        TestAuth.anonymous()
            .header("If-Match", etag)
            .header("If-Unmodified-Since", IN_2020)
            .get(FUNNEL));
  }

  @Test
  void aChangeWhoseDateIsStillWithheldFailsAnEarlierIfUnmodifiedSince() {
    importFunnel();
    String before = HttpDates.format(Instant.now().minusSeconds(1));
    TestAuth.asEditor()
        .contentType("application/merge-patch+json")
        .header("If-Match", TestAuth.etag(FUNNEL))
        .body("{\"title\": \"Read preconditions, changed " + System.nanoTime() + "\"}")
        .patch(FUNNEL)
        .then()
        .statusCode(200);
    // within the change's second the read has no Last-Modified, yet the change is after the date
    expectFailed(TestAuth.anonymous().header("If-Unmodified-Since", before).get(FUNNEL));
    // a date naming the change's own second cannot say whether it was before the change: 412
    // while that second lasts (a later date, once settled, is compared at one-second resolution)
    Instant now = Instant.now();
    Response sameSecond =
        TestAuth.anonymous().header("If-Unmodified-Since", HttpDates.format(now)).get(FUNNEL);
    if (Instant.now().getEpochSecond() == now.getEpochSecond()
        && sameSecond.header("Last-Modified") == null) {
      expectFailed(sameSecond);
    }
  }

  @Test
  void preconditionsComeBeforeRevalidation() {
    importFunnel();
    String etag = TestAuth.etag(FUNNEL);
    expectFailed(
        TestAuth.anonymous()
            .header("If-Match", "\"nope\"")
            .header("If-None-Match", etag)
            .get(FUNNEL));
    expectFailed(
        TestAuth.anonymous()
            .header("If-Unmodified-Since", IN_2020)
            .header("If-None-Match", etag)
            .get(FUNNEL));
    TestAuth.anonymous()
        .header("If-Match", etag)
        .header("If-None-Match", etag)
        .get(FUNNEL)
        .then()
        .statusCode(304)
        .header("ETag", etag);
  }

  @Test
  void aMalformedIfMatchIsABadRequestAndAMissingFunnelANotFound() {
    importFunnel();
    TestAuth.anonymous()
        .header("If-Match", "nope")
        .get(FUNNEL)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:invalid-parameter"));
    // RFC 9110 section 13.2.1: a request that would not succeed anyway ignores its preconditions
    TestAuth.anonymous()
        .header("If-Match", "\"nope\"")
        .get("/api/funnels/read-preconditions-none")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
  }

  private static void importFunnel() {
    TestDocuments.ensureImported(TestDocuments.valid("read-preconditions"));
  }

  private static void ok(Response r) {
    r.then().statusCode(200).contentType(ContentType.JSON);
  }

  private static void expectFailed(Response r) {
    r.then()
        .statusCode(412)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:precondition-failed"))
        .body("title", equalTo("Precondition failed"))
        .body("status", equalTo(412))
        .body("detail", containsString("If-Match"));
  }
}
