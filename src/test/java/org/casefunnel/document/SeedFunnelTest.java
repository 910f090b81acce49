package org.casefunnel.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SeedFunnelTest {

  private static final String SEED = "met-group-cse-review";

  @Test
  void seedFunnelShowsTheArticlesFunnel() {
    asEditor()
        .get("/api/funnels/" + SEED)
        .then()
        .statusCode(200)
        .body("organisation", equalTo("Metropolitan Police Service"))
        .body("stages.find { it.key == 'identified' }.figure.count", equalTo(9000))
        .body(
            "stages.find { it.key == 'identified' }.definition",
            equalTo("any case with two or more suspects and at least one victim"))
        .body("stages.find { it.key == 'reviewed' }.figure.count", equalTo(2200))
        .body("stages.find { it.key == 'reviewed' }.baseStage", equalTo("identified"))
        .body("stages.find { it.key == 'in_scope' }.figure.count", equalTo(1200))
        .body("stages.find { it.key == 'in_scope' }.baseStage", equalTo("reviewed"))
        .body("stages.find { it.key == 'reinvestigation_expected' }.figure.low", equalTo(2000))
        .body("stages.find { it.key == 'reinvestigation_expected' }.figure.high", equalTo(3000))
        .body(
            "stages.find { it.key == 'reinvestigation_expected' }.figure.status",
            equalTo("projected"))
        .body(
            "stages.find { it.key == 'under_investigation' }.figure.wording",
            equalTo("tens of cases"))
        .body("stages.find { it.key == 'under_investigation' }.figure.approximate", equalTo(true))
        .body(
            "stages.find { it.key == 'sexual_offences_recorded_monthly' }.figure.period",
            equalTo("month"))
        .body("stages.figure.asOf", equalTo(java.util.Collections.nCopies(7, null)));
  }

  @Test
  void everySeedQuoteStandsVerbatimInTheStoredArticleText() {
    JsonPath statements =
        asEditor()
            .get("/api/funnels/" + SEED + "/statements")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> list = statements.getList("");
    assertThat(list).isNotEmpty();
    for (Map<String, Object> st : list) {
      Number sourceId = (Number) st.get("sourceId");
      String text =
          asEditor().get("/api/sources/" + sourceId).then().extract().jsonPath().getString("text");
      String quote = (String) st.get("quote");
      @SuppressWarnings("unchecked")
      Map<String, Object> selector = (Map<String, Object>) st.get("selector");
      int start = (Integer) selector.get("start");
      int end = (Integer) selector.get("end");
      int from = text.offsetByCodePoints(0, start);
      int to = text.offsetByCodePoints(0, end);
      assertThat(text.substring(from, to)).isEqualTo(quote);
      assertThat(text).contains(quote);
      assertThat(st.get("madeOn")).as("the article gives no date").isNull();
    }
  }

  @Test
  void everySeedFigureReachesAStatementAndItsSource() {
    JsonPath funnel = asEditor().get("/api/funnels/" + SEED).then().extract().jsonPath();
    List<Integer> figureIds = funnel.getList("stages.figure.id", Integer.class);
    assertThat(figureIds).hasSize(7);
    for (Integer id : figureIds) {
      asEditor()
          .get("/api/figures/" + id + "/provenance")
          .then()
          .statusCode(200)
          .body("evidence.size()", org.hamcrest.Matchers.greaterThan(0))
          .body("evidence[0].source.publisher", equalTo("GB News"))
          .body("evidence[0].source.url", nullValue())
          .body("evidence[0].statement.selector.exact", equalTo(funnelQuote(id)));
    }
  }

  private static String funnelQuote(int figureId) {
    return asEditor()
        .get("/api/figures/" + figureId + "/provenance")
        .then()
        .extract()
        .jsonPath()
        .getString("evidence[0].statement.quote");
  }
}
