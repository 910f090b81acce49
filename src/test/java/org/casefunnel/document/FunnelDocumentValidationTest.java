package org.casefunnel.document;

import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.TestDocuments.part;
import static org.casefunnel.TestDocuments.parts;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The validation of an imported funnel document: a document with errors stores nothing and lists
 * every error with its pointer (quotes not verbatim in their source, base-stage loops, source
 * addresses that are not plain web addresses, statements named twice, bad counts and ranges); a
 * quote with typographic quotes and collapsed whitespace is accepted and its position recorded.
 */
@QuarkusTest
class FunnelDocumentValidationTest {

  private static final String PROBLEM = "application/problem+json";

  /** The answer to importing {@code doc}, ready for assertions. */
  private static ValidatableResponse imported(Object doc) {
    return asEditor().contentType(ContentType.JSON).body(doc).post("/api/funnel-documents").then();
  }

  @Test
  void documentWithManyErrorsStoresNothingAndListsEveryError() {
    Map<String, Object> doc = TestDocuments.valid("many-errors");
    part(doc, "figures", 0).put("count", -5);
    part(doc, "figures", 3).put("low", 300);
    part(doc, "figures", 1).put("stage", "nowhere");
    part(doc, "figures", 2).put("statementIds", list("st9"));
    part(doc, "statements", 1).put("quote", "words nobody wrote");
    part(doc, "stages", 0).put("baseStage", "in_scope");
    parts(doc, "sources").add(map("id", "s1", "title", "Duplicate"));

    asEditor()
        .contentType(ContentType.JSON)
        .body(doc)
        .when()
        .post("/api/funnel-documents")
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:validation-failed"))
        .body("title", equalTo("Validation failed"))
        .body("status", equalTo(422))
        .body("detail", containsString("errors"))
        .body("errors.pointer", hasItem("/figures/0/count"))
        .body("errors.pointer", hasItem("/figures/3/low"))
        .body("errors.pointer", hasItem("/figures/1/stage"))
        .body("errors.pointer", hasItem("/figures/2/statementIds/0"))
        .body("errors.pointer", hasItem("/statements/1/quote"))
        .body("errors.pointer", hasItem("/stages/0/baseStage"))
        .body("errors.pointer", hasItem("/sources/1/id"));

    asEditor().get("/api/funnels/many-errors").then().statusCode(404).contentType(PROBLEM);
  }

  @Test
  void rejectsQuoteMissingFromSource() {
    Map<String, Object> doc = TestDocuments.valid("missing-quote");
    part(doc, "statements", 0).put("quote", "The chief constable said 5,000 cases were found.");
    imported(doc)
        .statusCode(422)
        .body("errors", hasSize(1))
        .body("errors[0].pointer", equalTo("/statements/0/quote"))
        .body("errors[0].detail", containsString("verbatim"));
  }

  @Test
  void acceptsQuoteWithTypographicQuotesAndCollapsedWhitespaceAndRecordsItsPosition() {
    Map<String, Object> doc = TestDocuments.valid("typographic");
    part(doc, "statements", 1).put("quote", "She  said \"perhaps 100 or 150\"");
    imported(doc).statusCode(201);
    int expectedStart = TestDocuments.TEXT.indexOf("She said");
    asEditor()
        .get("/api/funnels/typographic/statements")
        .then()
        .body("[1].selector.start", equalTo(expectedStart))
        .body("[1].selector.exact", equalTo("She said \u201cperhaps 100 or 150\u201d"))
        .body("[1].selector.suffix", equalTo(" would be reinvestigated."));
  }

  @Test
  void rejectsBaseStageLoop() {
    Map<String, Object> doc = TestDocuments.valid("loop");
    part(doc, "stages", 0).put("baseStage", "reviewed");
    imported(doc)
        .statusCode(422)
        .body("errors.pointer", hasItem("/stages/0/baseStage"))
        .body("errors.pointer", hasItem("/stages/1/baseStage"))
        .body("errors.detail", hasItem(containsString("loop")));
  }

  @ParameterizedTest(name = "url {0}")
  @ValueSource(
      strings = {
        "https://example.org/a<script>",
        "https://example.org/\"quoted\"",
        "https://example.org/a b",
        "https://example.org/a\u00A0b",
        "ftp://example.org/minutes"
      })
  void rejectsASourceAddressThatIsNotAPlainWebAddress(String url) {
    Map<String, Object> doc = TestDocuments.valid("bad-url");
    part(doc, "sources", 0).put("url", url);
    imported(doc).statusCode(422).body("errors.pointer", equalTo(List.of("/sources/0/url")));
  }

  @ParameterizedTest(name = "url {0}")
  @ValueSource(strings = {"HTTPS://example.org/x", "Http://example.org/minutes"})
  void acceptsASchemeInAnyCaseAsUrisDo(String url) {
    Map<String, Object> doc = TestDocuments.valid("scheme-case-" + url.length());
    part(doc, "sources", 0).put("url", url);
    imported(doc).statusCode(201);
  }

  @Test
  void rejectsAStatementNamedTwiceByAFigureOrAStageDefinition() {
    Map<String, Object> doc = TestDocuments.valid("twice-cited");
    part(doc, "stages", 0).put("definitionStatementIds", List.of("st1", "st1"));
    part(doc, "figures", 0).put("statementIds", List.of("st1", "st2", "st1"));
    imported(doc)
        .statusCode(422)
        .body(
            "errors.pointer",
            containsInAnyOrder("/figures/0/statementIds/2", "/stages/0/definitionStatementIds/1"))
        .body(
            "errors.detail",
            everyItem(equalTo("names statement 'st1' again; name each statement once")));
    asEditor().get("/api/funnels/twice-cited").then().statusCode(404);
  }

  @Test
  void rejectsRangeWithLowAboveHighAndNegativeCounts() {
    Map<String, Object> doc = TestDocuments.valid("bad-values");
    part(doc, "figures", 3).put("low", 200);
    part(doc, "figures", 1).put("count", -1);
    imported(doc)
        .statusCode(422)
        .body("errors.pointer", equalTo(List.of("/figures/1/count", "/figures/3/low")));
  }

  @Test
  void rejectsFigureWithBothCountAndRangeOrNeither() {
    Map<String, Object> doc = TestDocuments.valid("count-and-range");
    part(doc, "figures", 0).put("low", 1);
    part(doc, "figures", 1).remove("count");
    imported(doc)
        .statusCode(422)
        .body("errors.pointer", equalTo(List.of("/figures/0", "/figures/1")));
  }
}
