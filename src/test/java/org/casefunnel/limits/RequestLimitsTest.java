package org.casefunnel.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestLimitsTest {

  private static final String PROBLEM = "application/problem+json";

  @Test
  void bodyAboveTheLimitIsAPayloadTooLargeProblem() {
    // the test profile's limit is 2 MB
    String huge = "{\"funnel\":{\"id\":\"too-big\",\"title\":\"" + "x".repeat(3_000_000) + "\"}}";
    asEditor()
        .contentType(ContentType.JSON)
        .body(huge)
        .post("/api/funnel-documents")
        .then()
        .statusCode(413)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:payload-too-large"))
        .body("status", equalTo(413));
    asEditor().get("/api/funnels/too-big").then().statusCode(404);
  }

  @Test
  void documentWithTooManyStagesIsRefusedWithAPointer() {
    Map<String, Object> doc = TestDocuments.valid("too-many-stages");
    List<Object> stages = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      stages.add(map("key", "s" + i, "label", "Stage " + i));
    }
    doc.put("stages", stages);
    doc.put("figures", List.of());
    asEditor()
        .contentType(ContentType.JSON)
        .body(doc)
        .post("/api/funnel-documents")
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("errors.pointer", org.hamcrest.Matchers.hasItem("/stages"));
    asEditor().get("/api/funnels/too-many-stages").then().statusCode(404);
  }

  @Test
  void wrongContentTypeIsAnUnsupportedMediaTypeProblem() {
    asEditor()
        .contentType("text/plain")
        .body("funnel")
        .post("/api/funnel-documents")
        .then()
        .statusCode(415)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:unsupported-media-type"))
        .body("detail", not(containsString("Exception")));
  }

  @Test
  void aBodyIsReadInTheCharsetItsContentTypeNames() {
    String doc =
        "{\"id\":\"ct-latin\",\"title\":\"Caf\u00e9\",\"organisation\":\"o\","
            + "\"jurisdiction\":\"j\",\"unit\":\"case\"}";
    // the bytes of ISO-8859-1, where "é" is the one byte E9 (malformed as UTF-8)
    TestAuth.asEditor()
        .contentType("application/json; charset=ISO-8859-1")
        .body(doc.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
        .post("/api/funnels")
        .then()
        .statusCode(201);
    asEditor()
        .get("/api/funnels/ct-latin")
        .then()
        .statusCode(200)
        .body("title", equalTo("Caf\u00e9"));
    // UTF-8 named in any case, quoted or not
    TestAuth.asEditor()
        .contentType("application/json; Charset=\"utf-8\"")
        .body(doc.replace("ct-latin", "ct-utf8").getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .post("/api/funnels")
        .then()
        .statusCode(201);
    asEditor()
        .get("/api/funnels/ct-utf8")
        .then()
        .statusCode(200)
        .body("title", equalTo("Caf\u00e9"));
    // bytes that are UTF-8 are read as UTF-8 whatever the label (RFC 8259 section 11)
    TestAuth.asEditor()
        .contentType("application/json; charset=ISO-8859-1")
        .body(
            doc.replace("ct-latin", "ct-labelled")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .post("/api/funnels")
        .then()
        .statusCode(201);
    asEditor()
        .get("/api/funnels/ct-labelled")
        .then()
        .statusCode(200)
        .body("title", equalTo("Caf\u00e9"));
    // bytes that are not, under a charset nobody can read, are refused, and nothing is stored
    TestAuth.asEditor()
        .contentType("application/json; charset=x-no-such-charset")
        .body(
            doc.replace("ct-latin", "ct-unknown")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
        .post("/api/funnels")
        .then()
        .statusCode(415)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:unsupported-media-type"))
        .body("detail", containsString("'x-no-such-charset'"));
    asEditor().get("/api/funnels/ct-unknown").then().statusCode(404);
    // bytes malformed in the charset named are refused as such
    TestAuth.asEditor()
        .contentType("application/json; charset=UTF-8")
        .body(
            doc.replace("ct-latin", "ct-bad")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
        .post("/api/funnels")
        .then()
        .statusCode(400)
        .body("detail", containsString("not well-formed UTF-8"));
  }

  @Test
  void aBodyWithAWildcardContentTypeOrNoneIsAnUnsupportedMediaTypeProblem() throws Exception {
    String doc =
        "{\"id\":\"ct-wild\",\"title\":\"t\",\"organisation\":\"o\",\"jurisdiction\":\"j\",\"unit\":\"case\"}";
    for (String wildcard : List.of("*/*", "application/*")) {
      asEditor()
          .contentType(wildcard)
          .body(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .post("/api/funnels")
          .then()
          .statusCode(415)
          .contentType(PROBLEM)
          .body("type", equalTo("urn:case-funnel:problem:unsupported-media-type"))
          .body("detail", containsString("does not name one type"));
    }
    // no Content-Type at all (RestAssured always sends one)
    java.net.http.HttpResponse<String> none =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/funnels"))
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(
                                    (TestAuth.EDITOR + ":" + TestAuth.EDITOR_PASSWORD).getBytes()))
                    .POST(HttpRequest.BodyPublishers.ofString(doc))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(none.statusCode()).isEqualTo(415);
    assertThat(none.body()).contains("has no Content-Type");
    asEditor().get("/api/funnels/ct-wild").then().statusCode(404);
  }

  @Test
  void unacceptableAcceptIsANotAcceptableProblem() {
    asEditor()
        .accept("image/png")
        .get("/api/funnels/met-group-cse-review")
        .then()
        .statusCode(406)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:not-acceptable"))
        .body("detail", containsString("Accept"));
  }

  @Test
  void aFormatParameterTheResourceDoesNotProduceIsNamedInTheNotAcceptableProblem() {
    asEditor()
        .queryParam("format", "svg")
        .get("/api/funnels/met-group-cse-review/statistics")
        .then()
        .statusCode(406)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:not-acceptable"))
        .body("detail", containsString("format=svg"))
        .body("detail", not(containsString("Accept")));
  }

  @Test
  void aTypeAcceptedWithQualityZeroIsNotAcceptable() {
    asEditor()
        .accept("application/json;q=0")
        .get("/api/funnels/met-group-cse-review")
        .then()
        .statusCode(406)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:not-acceptable"));
    asEditor()
        .accept("application/json;q=0, text/csv")
        .get("/api/funnels/met-group-cse-review/statistics")
        .then()
        .statusCode(200)
        .contentType(containsString("text/csv"));
  }

  @Test
  void pageSizeAboveTwoHundredIsRefused() {
    asEditor()
        .queryParam("size", 201)
        .get("/api/funnels")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }
}
