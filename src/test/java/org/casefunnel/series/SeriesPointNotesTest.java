package org.casefunnel.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.support.TestAuth.asEditor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A point's notes explain the members a point has (its value, conversion, coverage and
 * extrapolation), never the overall conversion, drop-off, projection check or breakdown, which a
 * point does not carry; the same stage's /statistics keeps them all.
 */
@QuarkusTest
class SeriesPointNotesTest {

  private static final String FUNNEL = "series-point-notes";

  @BeforeEach
  void importFunnel() {
    TestDocuments.ensureImported(TestDocuments.valid(FUNNEL));
  }

  private static List<String> statisticsNotes(String stage) {
    return asEditor()
        .get("/api/funnels/" + FUNNEL + "/statistics")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("stages.find { it.key == '" + stage + "' }.notes", String.class);
  }

  private static List<String> pointNotes(JsonPath series, String stage) {
    return series.getList(
        "stages.find { it.key == '" + stage + "' }.points[0].notes", String.class);
  }

  @Test
  void aReviewsPointLeavesOutTheDropOffNoteButKeepsItsOwn() {
    List<String> stats = statisticsNotes("reviewed");
    // the statistics explain the review's absent drop-off
    assertThat(stats).anyMatch(n -> n.startsWith("No drop-off"));
    JsonPath series =
        asEditor()
            .get("/api/funnels/" + FUNNEL + "/series")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> point = pointNotes(series, "reviewed");
    assertThat(point).noneMatch(n -> n.startsWith("No drop-off"));
    assertThat(point).isSubsetOf(stats);
  }

  @Test
  void aPointUnderAReviewLeavesOutTheOverallConversionNote() {
    List<String> stats = statisticsNotes("in_scope");
    assertThat(stats).anyMatch(n -> n.startsWith("The overall conversion"));
    JsonPath series =
        asEditor()
            .get("/api/funnels/" + FUNNEL + "/series")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> point = pointNotes(series, "in_scope");
    assertThat(point).noneMatch(n -> n.contains("overall conversion"));
    assertThat(point).isSubsetOf(stats);
  }

  @Test
  void aFirstStageKeepsTheNoteThatExplainsItsConversion() {
    JsonPath series =
        asEditor()
            .get("/api/funnels/" + FUNNEL + "/series")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // "No conversion, drop-off or overall conversion: ..." explains the conversion a point has
    assertThat(pointNotes(series, "identified"))
        .anyMatch(n -> n.startsWith("No conversion, drop-off or overall conversion"));
  }
}
