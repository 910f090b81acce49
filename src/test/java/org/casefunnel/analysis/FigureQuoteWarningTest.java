package org.casefunnel.analysis;

import static org.casefunnel.TestDocuments.part;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FigureQuoteWarningTest {

  @Test
  void seedFiguresAreAllStatedInTheirQuotes() {
    asEditor()
        .get("/api/funnels/met-group-cse-review/statistics")
        .then()
        .statusCode(200)
        .body("warnings.code", not(hasItem("figure_not_in_quote")))
        .body("warnings.code", not(hasItem("figure_more_precise_than_quote")));
  }

  @Test
  void figureWhoseQuoteDoesNotStateItsNumberIsWarnedAbout() {
    Map<String, Object> doc = TestDocuments.valid("quote-mismatch");
    // the quote says 120 were reviewed; the figure was mistyped as 210
    part(doc, "figures", 1).put("count", 210);
    TestDocuments.ensureImported(doc);
    asEditor()
        .get("/api/funnels/quote-mismatch/statistics")
        .then()
        .statusCode(200)
        .body(
            "warnings.findAll { it.code == 'figure_not_in_quote' }.stage",
            equalTo(List.of("reviewed")))
        .body("warnings.find { it.code == 'figure_not_in_quote' }.message", containsString("210"));
  }
}
