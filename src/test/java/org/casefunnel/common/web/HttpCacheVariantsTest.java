package org.casefunnel.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;

/**
 * The variants the HTTP cache keeps apart: JSON and CSV of one funnel (by Accept or by format) have
 * their own ETags and Vary on Accept, a body chosen for one Accept is never served for another,
 * queries that decode alike are different variants, repeated reads answer the same body and headers
 * from the response cache, cached list links name the host each client asked, and an unknown format
 * is a problem.
 */
@QuarkusTest
class HttpCacheVariantsTest {

  private static void importFunnel(String id) {
    TestDocuments.ensureImported(TestDocuments.valid(id));
  }

  @Test
  void oneRequestGetsOneRepresentationUnderOneTagWhateverWasCachedBefore() {
    importFunnel("caching-negotiation");
    String url = "/api/funnels/caching-negotiation";
    String both = "text/csv, application/json"; // equal qualities: JSON, as documented
    Response first = asEditor().accept(both).get(url);
    first.then().statusCode(200).contentType(ContentType.JSON);
    Response csv = asEditor().accept("text/csv").get(url);
    csv.then().statusCode(200).contentType(startsWith("text/csv"));
    assertThat(csv.header("ETag")).isNotEqualTo(first.header("ETag"));
    // the CSV now in the response cache must not answer the first request
    Response again = asEditor().accept(both).get(url);
    again.then().statusCode(200).contentType(ContentType.JSON);
    assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(again.asString()).isEqualTo(first.asString());
  }

  @Test
  void anEncodedSlashIsAnotherPathWhateverTheCacheHolds() {
    importFunnel("caching-encoded-slash");
    String plain = "/api/funnels/caching-encoded-slash/stages/reviewed/figures";
    String encoded = "/api/funnels/caching-encoded-slash/stages/reviewed%2Ffigures";
    // a stage key holding a slash: no such stage, before and after the plain path is kept
    asEditor().urlEncodingEnabled(false).get(encoded).then().statusCode(404);
    for (int i = 0; i < 3; i++) {
      asEditor().get(plain).then().statusCode(200);
    }
    asEditor()
        .urlEncodingEnabled(false)
        .get(encoded)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void csvAndJsonOfTheSameFunnelHaveDifferentETagsAndVaryOnAccept() {
    importFunnel("caching-d");
    Response json = asEditor().accept(ContentType.JSON).get("/api/funnels/caching-d");
    Response csv = asEditor().accept("text/csv").get("/api/funnels/caching-d");
    assertThat(json.header("ETag")).isNotEqualTo(csv.header("ETag"));
    assertThat(csv.header("Vary")).isEqualTo("Accept, Origin");
    asEditor()
        .accept(ContentType.JSON)
        .header("If-None-Match", csv.header("ETag"))
        .get("/api/funnels/caching-d")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON);
    String viaFormat =
        asEditor().queryParam("format", "csv").get("/api/funnels/caching-d").header("ETag");
    asEditor()
        .queryParam("format", "csv")
        .header("If-None-Match", viaFormat)
        .get("/api/funnels/caching-d")
        .then()
        .statusCode(304)
        .header("Vary", "Accept, Origin");
  }

  @Test
  void repeatedReadsAnswerTheSameBodyAndHeadersFromTheResponseCache() {
    importFunnel("caching-i");
    importFunnel("caching-j");
    Response first = asEditor().queryParam("size", 1).get("/api/funnels");
    Response again = asEditor().queryParam("size", 1).get("/api/funnels");

    again.then().statusCode(200).contentType(ContentType.JSON);
    assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
    assertThat(again.header("Link")).isNotBlank().isEqualTo(first.header("Link"));
    assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
    Response csv = asEditor().queryParam("format", "csv").get("/api/funnels/caching-i");
    asEditor()
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
    asEditor().header("Host", "evil.example").queryParam("size", 1).get("/api/funnels");

    String link = asEditor().queryParam("size", 1).get("/api/funnels").header("Link");

    assertThat(link).isNotBlank().doesNotContain("evil.example");
  }

  @Test
  void bodyChosenForOneAcceptIsNotServedForAnother() {
    importFunnel("caching-m");
    // ties go to JSON in the operation, while the filter's first choice is CSV
    asEditor()
        .header("Accept", "text/csv, application/json")
        .get("/api/funnels/caching-m")
        .then()
        .statusCode(200);

    asEditor()
        .header("Accept", "text/csv")
        .get("/api/funnels/caching-m")
        .then()
        .statusCode(200)
        .contentType(startsWith("text/csv"));
  }

  @Test
  void queriesThatDecodeAlikeAreDifferentVariants() {
    importFunnel("caching-n");
    asEditor()
        .urlEncodingEnabled(false)
        .get("/api/funnels/caching-n?asOf=2025-12-31&asOf=x")
        .then()
        .statusCode(400)
        .body("detail", containsString("given 2 times"));

    asEditor()
        .urlEncodingEnabled(false)
        .get("/api/funnels/caching-n?asOf=2025-12-31,x")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:case-funnel:problem:invalid-parameter"));
  }

  @Test
  void unknownFormatIsAnInvalidParameterProblem() {
    asEditor()
        .queryParam("format", "xlsx")
        .get("/api/funnels")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:case-funnel:problem:invalid-parameter"))
        .body("errors[0].pointer", equalTo("format"));
  }
}
