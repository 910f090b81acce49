package org.casefunnel.funnel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A figure of 10^12, the most a figure holds, in every CSV export: no exponent, no ".0". */
@QuarkusTest
class LargeCountCsvTest {

  private static final String API = "/api/funnels/csv-trillion";
  private static final String TRILLION = "1000000000000";

  @BeforeEach
  void imported() {
    Map<String, Object> doc = TestDocuments.valid("csv-trillion");
    TestDocuments.part(doc, "figures", 0).put("count", 1_000_000_000_000L);
    // TestDocuments.ensureImported sends the editor's credentials with the import only
    TestDocuments.ensureImported(doc);
  }

  private static List<Map<String, String>> csv(String path) throws Exception {
    byte[] body =
        given()
            .accept("text/csv")
            .get(API + path)
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .extract()
            .asByteArray();
    return FiguresCsvTest.parse(body);
  }

  private static Map<String, String> row(List<Map<String, String>> rows, String stage) {
    return rows.stream().filter(m -> stage.equals(m.get("stage"))).findFirst().orElseThrow();
  }

  @Test
  void theFunnelCsvWritesTenToTheTwelveInFull() throws Exception {
    assertThat(row(csv(""), "identified").get("count")).isEqualTo(TRILLION);
  }

  @Test
  void theStatisticsCsvWritesTenToTheTwelveAndWhatFollowsFromItAsIntegers() throws Exception {
    List<Map<String, String>> rows = csv("/statistics");
    Map<String, String> identified = row(rows, "identified");
    assertThat(identified.get("low")).isEqualTo(TRILLION);
    assertThat(identified.get("point")).isEqualTo(TRILLION);
    // 80 found, plus every one of the 10^12 - 120 not reviewed
    Map<String, String> inScope = row(rows, "in_scope");
    assertThat(inScope.get("extrapolationLogicalHigh")).isEqualTo("999999999960");
    assertThat(Long.parseLong(inScope.get("extrapolationLow"))).isPositive();
    assertThat(Long.parseLong(inScope.get("extrapolationHigh"))).isLessThan(1_000_000_000_000L);
  }

  @Test
  void theSeriesCsvWritesTenToTheTwelveInFull() throws Exception {
    Map<String, String> identified = row(csv("/series"), "identified");
    assertThat(identified.get("count")).isEqualTo(TRILLION);
    assertThat(identified.get("point")).isEqualTo(TRILLION);
  }
}
