package org.casefunnel.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PagesTest {

  @Test
  void overviewAtTheRootListsTheSeedFunnel() {
    asEditor()
        .get("/")
        .then()
        .statusCode(200)
        .contentType("text/html")
        .body(containsString("<a href=\"/funnels/met-group-cse-review\">"))
        .body(
            containsString(
                "Metropolitan Police review of historic group-based child sexual abuse cases"))
        // dates as people read them, not ISO 8601 with microseconds
        .body(
            matchesPattern(
                "(?s).*<td class=\"muted\">\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} UTC</td>.*"))
        .body(not(matchesPattern("(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*")));
  }

  @Test
  void pagesAnswerHeadLikeGetWithoutABody() {
    for (String path : new String[] {"/", "/funnels/met-group-cse-review"}) {
      String getType = asEditor().get(path).then().statusCode(200).extract().contentType();
      asEditor()
          .head(path)
          .then()
          .statusCode(200)
          .contentType(getType)
          .header("ETag", notNullValue())
          .body(emptyString());
    }
  }

  @Test
  void overviewPageBeyondTheLastPossibleOffsetIsABadRequest() {
    asEditor().queryParam("page", Integer.MAX_VALUE).get("/").then().statusCode(400);
  }

  @Test
  void funnelPageShowsNumbersChartQuotesAndSources() {
    Response r = asEditor().get("/funnels/met-group-cse-review");
    r.then().statusCode(200).contentType("text/html");
    String html = r.asString();
    assertThat(html)
        .contains("9,000", "2,200", "1,200", "2,000–3,000")
        .contains("<img src=\"/api/funnels/met-group-cse-review/chart.svg\"")
        .contains("Sir Mark Rowley, Commissioner of the Metropolitan Police Service")
        .contains("&quot;maybe 2,000 or 3,000 cases&quot;")
        .contains("date not stated")
        .contains("no URL known")
        .contains("class=\"warning\"")
        .contains("Without any assumption, 1,200 to 8,000")
        .doesNotContain("Wilson");
    assertThat(r.header("ETag")).startsWith("\"funnel-met-group-cse-review-v");
    asEditor()
        .header("If-None-Match", r.header("ETag"))
        .get("/funnels/met-group-cse-review")
        .then()
        .statusCode(304);
  }

  @Test
  void everythingUserSuppliedIsEscaped() {
    Map<String, Object> doc = TestDocuments.valid("page-escape");
    ((Map<String, Object>) doc.get("funnel")).put("title", "<script>alert(1)</script>");
    TestDocuments.part(doc, "sources", 0).put("title", "<img src=x onerror=alert(1)>");
    TestDocuments.ensureImported(doc);
    String html =
        asEditor().get("/funnels/page-escape").then().statusCode(200).extract().asString();
    assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    assertThat(html).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
    assertThat(asEditor().get("/").asString()).doesNotContain("<script>alert(1)</script>");
  }

  @Test
  @SuppressWarnings("unchecked")
  void thePageSaysWhatTheFunnelCountsInThePlural() {
    Map<String, Object> doc = TestDocuments.valid("page-children");
    ((Map<String, Object>) doc.get("funnel")).put("unit", "child");
    TestDocuments.ensureImported(doc);
    assertThat(asEditor().get("/funnels/page-children").then().statusCode(200).extract().asString())
        .contains("counts children")
        .doesNotContain("childs");
  }

  @Test
  void aLabelsRightToLeftOverrideDoesNotReorderWhatFollowsIt() {
    // an unclosed U+202E in a label would show the count after it reversed ("005" for 500)
    Map<String, Object> doc = TestDocuments.valid("page-bidi");
    TestDocuments.part(doc, "stages", 0).put("label", "Cases \u202Eidentified");
    TestDocuments.ensureImported(doc);

    String html = asEditor().get("/funnels/page-bidi").then().statusCode(200).extract().asString();
    assertThat(html).contains("Cases \u202Eidentified\u202C").doesNotContain("\u202Eidentified<");
    String svg =
        asEditor()
            .get("/api/funnels/page-bidi/chart.svg")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    // every override is closed right after the label, never after the count or share beside it
    for (String chart : List.of(svg, series("/api/funnels/page-bidi/series.svg"))) {
      assertThat(chart.split("\u202E", -1).length - 1)
          .isPositive()
          .isEqualTo(chart.split("\u202Eidentified\u202C", -1).length - 1);
    }
  }

  private static String series(String path) {
    return asEditor().get(path).then().statusCode(200).extract().asString();
  }

  @Test
  void aStageWithoutAFigureSaysWhyOnTheFunnelPage() {
    Map<String, Object> doc = TestDocuments.valid("page-no-figure");
    TestDocuments.parts(doc, "figures").removeIf(f -> "in_scope".equals(f.get("stage")));
    TestDocuments.ensureImported(doc);
    String html =
        asEditor().get("/funnels/page-no-figure").then().statusCode(200).extract().asString();
    assertThat(html)
        .contains("<h3>Still in scope: no figure</h3>")
        .contains("<p class=\"muted\">The stage has no figure.</p>");
  }

  @Test
  void unknownFunnelPageIsNotFoundAndProblemsNameTheAddressTheClientUsed() {
    asEditor()
        .get("/funnels/no-such-funnel")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("instance", org.hamcrest.Matchers.equalTo("/funnels/no-such-funnel"));
    asEditor()
        .queryParam("asOf", "bad")
        .get("/funnels/met-group-cse-review")
        .then()
        .statusCode(400)
        .body("instance", org.hamcrest.Matchers.equalTo("/funnels/met-group-cse-review"));
  }
}
