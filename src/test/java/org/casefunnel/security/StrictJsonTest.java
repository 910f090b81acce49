package org.casefunnel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * JSON is read as sent or refused (issue 15): nothing is truncated, converted or dropped on the way
 * in, and the refusal names the JSON pointer of the value.
 */
@QuarkusTest
class StrictJsonTest {

  private static final String FUNNEL = "strict-json";
  private static final String FIGURES = "/api/funnels/" + FUNNEL + "/stages/reviewed/figures";

  @BeforeEach
  void importFunnel() {
    TestDocuments.ensureImported(TestDocuments.valid(FUNNEL));
  }

  /** A valid figure body with one member replaced by raw JSON. */
  private static String figure(String member, String rawValue) {
    String count = member.equals("count") ? rawValue : "125";
    String wording = member.equals("wording") ? rawValue : "\"125 reviewed\"";
    String approximate = member.equals("approximate") ? rawValue : "false";
    String asOf = member.equals("asOf") ? rawValue : "\"2026-01-12\"";
    return "{\"stage\":\"reviewed\",\"count\":"
        + count
        + ",\"approximate\":"
        + approximate
        + ",\"asOf\":"
        + asOf
        + ",\"status\":\"provisional\",\"wording\":"
        + wording
        + ",\"statementIds\":[\"st1\"]}";
  }

  private static void refused(String member, String rawValue) {
    asEditor()
        .contentType(ContentType.JSON)
        .body(figure(member, rawValue))
        .post(FIGURES)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:case-funnel:problem:malformed-request"))
        .body("errors.pointer", hasItem("/" + member));
  }

  @Test
  void theUnchangedBodyIsAccepted() {
    asEditor()
        .contentType(ContentType.JSON)
        .body(figure("none", ""))
        .post(FIGURES)
        .then()
        .statusCode(201)
        .body("count", equalTo(125));
  }

  @Test
  void aFractionWhereACountIsExpectedIsRefusedNotTruncated() {
    refused("count", "1.5");
    refused("count", "1.0000000001");
    refused("count", "125.5e0");
    refused("count", "1e-1");
  }

  @Test
  void anIntegralNumberInAnyJsonNotationIsTheInteger() {
    // JSON Schema 2020-12 (the spec's dialect): an integer is any number without a fraction
    for (String sent : List.of("1e3", "1000.0", "1E3", "1.0e3", "1e+3", "10000e-1")) {
      asEditor()
          .contentType(ContentType.JSON)
          .body(figure("count", sent))
          .post(FIGURES)
          .then()
          .statusCode(201)
          .body("count", equalTo(1000));
    }
    asEditor()
        .contentType(ContentType.JSON)
        .body(figure("count", "1.2E3"))
        .post(FIGURES)
        .then()
        .statusCode(201)
        .body("count", equalTo(1200));
  }

  @Test
  void anIntegralNumberBeyondTheRangeIsRefusedNotWrapped() {
    refused("count", "1e400");
    refused("count", "-1e400");
    refused("count", "9.3e19");
    refused("count", "99999999999999999999");
  }

  @Test
  void aFunnelDocumentReadsIntegralNumbersInAnyNotation() throws Exception {
    Map<String, Object> doc = TestDocuments.valid("strict-json-exponent");
    String json = new ObjectMapper().writeValueAsString(doc);
    String sent = json.replace("\"count\":500", "\"count\":5e2");
    sent = sent.replace("\"count\":120", "\"count\":120.0");
    assertThat(sent).contains("5e2", "120.0");
    asEditor()
        .contentType(ContentType.JSON)
        .body(sent)
        .post("/api/funnel-documents")
        .then()
        .statusCode(201);
    asEditor()
        .get("/api/funnels/strict-json-exponent/statistics")
        .then()
        .statusCode(200)
        .body("stages.find { it.key == 'identified' }.value.inputs.count", equalTo(500))
        .body("stages.find { it.key == 'reviewed' }.value.inputs.count", equalTo(120));
  }

  @Test
  void aFunnelDocumentRefusesAFractionOrAnOverflowAtItsPointer() throws Exception {
    Map<String, Object> doc = TestDocuments.valid("strict-json-fraction");
    String json = new ObjectMapper().writeValueAsString(doc);
    for (String[] c :
        new String[][] {
          {"\"count\":500", "\"count\":500.5", "/figures/0/count"},
          {"\"count\":120", "\"count\":120,\"sequence\":2147483648", "/figures/1/sequence"},
          {"\"count\":120", "\"count\":120,\"sequence\":2.147483648e9", "/figures/1/sequence"}
        }) {
      asEditor()
          .contentType(ContentType.JSON)
          .body(json.replace(c[0], c[1]))
          .post("/api/funnel-documents")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:case-funnel:problem:malformed-request"))
          .body("errors.pointer", hasItem(c[2]));
    }
    asEditor().get("/api/funnels/strict-json-fraction").then().statusCode(404);
  }

  @Test
  void aStringWhereANumberIsExpectedIsRefused() {
    refused("count", "\"123\"");
    refused("count", "true");
  }

  @Test
  void onlyTrueAndFalseAreBooleans() {
    refused("approximate", "1");
    refused("approximate", "2");
    refused("approximate", "\"true\"");
    refused("approximate", "\"\\u0000true\"");
  }

  @Test
  void numbersAndBooleansAreNotText() {
    refused("wording", "125");
    refused("wording", "true");
  }

  @Test
  void aDateOfControlCharactersIsRefusedNotReadAsNoDate() {
    refused("asOf", "\"\\u0000\"");
    refused("asOf", "\"\\u00002026-01-12\"");
    refused("asOf", "\"\"");
  }

  @Test
  void aDateTimeOrAnImpossibleDayIsRefusedAsADateNotCutToOne() {
    for (String notADate :
        List.of(
            "\"2026-01-01T23:59:59Z\"",
            "\"2026-01-01T00:00:00\"",
            "\"2025-12-31T23:00:00-05:00\"",
            "\"2026-02-30\"",
            "\"2026-1-5\"",
            "[2026, 3, 5]",
            "[1, 2, 3]",
            "{\"year\": 2026}",
            "\"+2026-01-01\"")) {
      refused("asOf", notADate);
      asEditor()
          .contentType(ContentType.JSON)
          .body(figure("asOf", notADate))
          .post(FIGURES)
          .then()
          .body("detail", equalTo("The value at /asOf must be a date as YYYY-MM-DD."));
    }
  }

  @Test
  void anythingAfterTheBodysJsonValueIsRefusedNotDropped() {
    // a second JSON value (text that is none is not well-formed JSON, also a 400)
    for (String tail : List.of("{\"count\":9}", "[]", " 1")) {
      asEditor()
          .contentType(ContentType.JSON)
          .body(figure("none", "") + tail)
          .post(FIGURES)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:case-funnel:problem:malformed-request"))
          .body(
              "detail",
              equalTo(
                  "The request body holds more than one JSON value: nothing may follow the"
                      + " document."));
    }
    // white space after the value is no value
    asEditor()
        .contentType(ContentType.JSON)
        .body(figure("none", "") + " \n")
        .post(FIGURES)
        .then()
        .statusCode(201);
  }

  @Test
  void anOverlongUtf8FormIsRefusedNotDecodedToTheCharacterItSpells() {
    // C0 AF and E0 80 AF spell "/" in too many bytes, C1 BF spells DEL: not UTF-8
    for (byte[] overlong :
        List.of(
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            new byte[] {(byte) 0xC1, (byte) 0xBF})) {
      byte[] body = figure("wording", "\"125@reviewed\"").getBytes(StandardCharsets.UTF_8);
      int at = new String(body, StandardCharsets.UTF_8).indexOf('@');
      byte[] sent = new byte[body.length - 1 + overlong.length];
      System.arraycopy(body, 0, sent, 0, at);
      System.arraycopy(overlong, 0, sent, at, overlong.length);
      System.arraycopy(body, at + 1, sent, at + overlong.length, body.length - at - 1);
      asEditor()
          .contentType(ContentType.JSON)
          .body(sent)
          .post(FIGURES)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:case-funnel:problem:malformed-request"));
    }
  }

  @Test
  void nulInTextIsRefused() {
    refused("wording", "\"125\\u0000 reviewed\"");
  }

  @Test
  void ifMatchWithAStarInAListIsABadRequestNotAWildcard() {
    TestDocuments.ensureImported(TestDocuments.valid("strict-if-match"));
    asEditor()
        .header("If-Match", "* , \"x\"")
        .delete("/api/funnels/strict-if-match")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.pointer", hasItem("If-Match"));
    asEditor().get("/api/funnels/strict-if-match").then().statusCode(200);
    asEditor()
        .header("If-Match", "\"x\", W/\"y\"")
        .delete("/api/funnels/strict-if-match")
        .then()
        .statusCode(412);
  }
}
