package org.casefunnel.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;

/**
 * A comparison loses none of the compared funnels' warnings, and says where their figures hold as
 * of different dates.
 */
@QuarkusTest
class CompareWarningsTest {

  private static JsonPath compare(String ids) {
    return given()
        .queryParam("funnels", ids)
        .get("/api/statistics/compare")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The warnings a funnel's own statistics give about it as a whole. */
  private static List<Map<String, Object>> wholeFunnelWarnings(String id) {
    return given()
        .get("/api/funnels/" + id + "/statistics")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("warnings.findAll { it.stage == null }");
  }

  @Test
  void eachFunnelsWarningsAboutItAsAWholeComeWithTheComparison() {
    TestDocuments.ensureImported(TestDocuments.valid("cmpw-a"));
    Map<String, Object> b = TestDocuments.valid("cmpw-b");
    TestDocuments.part(b, "figures", 2).put("asOf", "2026-01-10");
    TestDocuments.ensureImported(b);

    JsonPath answer = compare("cmpw-a,cmpw-b");

    assertThat(answer.getList("funnelWarnings.funnelId")).containsExactly("cmpw-a", "cmpw-b");
    assertThat(answer.getList("funnelWarnings[0].warnings"))
        .isEqualTo(wholeFunnelWarnings("cmpw-a"));
    assertThat(answer.getList("funnelWarnings[1].warnings"))
        .isEqualTo(wholeFunnelWarnings("cmpw-b"));
    assertThat(answer.getList("funnelWarnings[1].warnings.code", String.class))
        .as("cmpw-b's own figures hold as of two dates")
        .contains("mixed_as_of_dates");
  }

  @Test
  void aStageWhoseFiguresHoldAsOfDifferentDatesAcrossTheFunnelsIsWarnedAbout() {
    TestDocuments.ensureImported(TestDocuments.valid("cmpw-c"));
    Map<String, Object> d = TestDocuments.valid("cmpw-d");
    TestDocuments.part(d, "figures", 2).put("asOf", "2026-01-10");
    TestDocuments.ensureImported(d);

    JsonPath answer = compare("cmpw-c,cmpw-d");

    List<Map<String, Object>> mixed =
        answer.getList("warnings.findAll { it.code == 'mixed_as_of_dates' }");
    assertThat(mixed).extracting(w -> w.get("stage")).containsExactly("in_scope");
    assertThat((String) mixed.get(0).get("message"))
        .isEqualTo(
            "The funnels' figures for 'in_scope' hold as of different dates (cmpw-c 2026-01-12,"
                + " cmpw-d 2026-01-10): they may compare different moments.");
  }

  @Test
  void aStageWithAnUndatedFigureInEitherFunnelIsNotKnownToHoldAtTheSameMoment() {
    Map<String, Object> e = TestDocuments.valid("cmpw-e");
    TestDocuments.part(e, "figures", 2).put("asOf", null);
    TestDocuments.ensureImported(e);
    TestDocuments.ensureImported(TestDocuments.valid("cmpw-f"));

    JsonPath answer = compare("cmpw-e,cmpw-f");

    assertThat(answer.getList("warnings.findAll { it.code == 'unknown_as_of' }.stage"))
        .contains("in_scope");
    assertThat(answer.getString("warnings.find { it.stage == 'in_scope' }.message"))
        .isEqualTo(
            "The funnels' figures for 'in_scope' are not all dated (cmpw-e undated, cmpw-f"
                + " 2026-01-12): they are not known to hold at the same moment.");
  }
}
