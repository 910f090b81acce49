package org.casefunnel.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.TestDocuments.part;
import static org.casefunnel.TestDocuments.parts;
import static org.casefunnel.support.TestAuth.asEditor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every absent number of every stage of the seed and of funnels with approximate counts, ranges,
 * missing figures, a review, a first stage and a context stage of another unit is explained, in the
 * JSON by a note or its field's documented condition, and in the CSV by the row's notes column.
 */
@QuarkusTest
class StatisticsNullsExplainedResourceTest {

  private static final String SEED = "met-group-cse-review";

  /** Imported on first use: the service is up only once a test runs. */
  @BeforeEach
  void importFunnels() {
    TestDocuments.ensureImported(approximate());
    TestDocuments.ensureImported(missing());
    TestDocuments.ensureImported(noDropOff());
  }

  /** About 500 identified, a range in scope, a stage without figure, a monthly context stage. */
  private static Map<String, Object> approximate() {
    Map<String, Object> doc = TestDocuments.valid("nulls-approximate");
    part(doc, "figures", 0).put("approximate", true);
    part(doc, "figures", 2).remove("count");
    part(doc, "figures", 2).put("low", 70);
    part(doc, "figures", 2).put("high", 90);
    part(doc, "stages", 3).put("estimates", "in_scope");
    parts(doc, "stages").add(map("key", "charged", "label", "Charged", "baseStage", "in_scope"));
    parts(doc, "stages")
        .add(map("key", "offences", "label", "Offences a month", "unit", "offence"));
    parts(doc, "stages")
        .add(
            map(
                "key",
                "online",
                "label",
                "Online a month",
                "baseStage",
                "offences",
                "unit",
                "offence"));
    parts(doc, "figures")
        .add(
            map(
                "stage",
                "offences",
                "count",
                500,
                "approximate",
                true,
                "status",
                "estimated",
                "period",
                "month",
                "wording",
                "500 cases",
                "statementIds",
                list("st1")));
    parts(doc, "figures")
        .add(
            map(
                "stage",
                "online",
                "count",
                80,
                "status",
                "reported",
                "period",
                "month",
                "wording",
                "80 remained in scope",
                "statementIds",
                list("st1")));
    return doc;
  }

  /** The review has no figure: what is counted within it cannot be converted or extrapolated. */
  private static Map<String, Object> missing() {
    Map<String, Object> doc = TestDocuments.valid("nulls-missing");
    parts(doc, "figures").remove(1);
    return doc;
  }

  /**
   * Stages whose drop-off is absent for the reason their conversion is: a zero base under a zero
   * stage, a base whose only figure is deprecated, a base without figure, another unit than the
   * base's, a rate under a count and a rate of another period than its base's.
   */
  private static Map<String, Object> noDropOff() {
    Map<String, Object> doc = TestDocuments.valid("nulls-drop-off");
    List<Map<String, Object>> stages = parts(doc, "stages");
    List<Map<String, Object>> figures = parts(doc, "figures");
    stages.add(map("key", "zero", "label", "None found"));
    stages.add(map("key", "zero_of_zero", "label", "None of none", "baseStage", "zero"));
    stages.add(map("key", "deprecated", "label", "Misread"));
    stages.add(map("key", "of_deprecated", "label", "Of misread", "baseStage", "deprecated"));
    stages.add(map("key", "no_figure", "label", "Never counted"));
    stages.add(map("key", "of_no_figure", "label", "Of uncounted", "baseStage", "no_figure"));
    stages.add(
        map("key", "victims", "label", "Victims", "baseStage", "identified", "unit", "person"));
    stages.add(map("key", "a_month", "label", "A month", "baseStage", "identified"));
    stages.add(map("key", "a_week", "label", "A week", "baseStage", "a_month"));
    figures.add(figure("zero", 0, null));
    figures.add(figure("zero_of_zero", 0, null));
    Map<String, Object> misread = figure("deprecated", 500, null);
    misread.put("rank", "deprecated");
    misread.put("rankReason", "Misread from the minutes.");
    figures.add(misread);
    figures.add(figure("of_deprecated", 80, null));
    figures.add(figure("of_no_figure", 80, null));
    figures.add(figure("victims", 80, null));
    figures.add(figure("a_month", 80, "month"));
    figures.add(figure("a_week", 80, "week"));
    return doc;
  }

  private static Map<String, Object> figure(String stage, long count, String period) {
    Map<String, Object> f =
        map(
            "stage",
            stage,
            "count",
            count,
            "status",
            "reported",
            "wording",
            "80 remained in scope",
            "statementIds",
            list("st1"));
    if (period != null) {
      f.put("period", period);
    }
    return f;
  }

  @Test
  void everyAbsentNumberInTheJsonIsExplained() {
    for (String id : List.of(SEED, "nulls-approximate", "nulls-missing", "nulls-drop-off")) {
      assertThat(NullExplanations.unexplained(stages(id), Set.of())).as(id).isEmpty();
    }
  }

  @Test
  void theSeedsFirstReviewAndContextStagesSayWhyNumbersAreAbsent() {
    Map<String, Map<String, Object>> byKey = new HashMap<>();
    stages(SEED).forEach(s -> byKey.put((String) s.get("key"), s));

    assertThat(byKey.get("sexual_offences_recorded_monthly"))
        .doesNotContainKey("overallConversion")
        .extractingByKey("notes")
        .asList()
        .contains(
            "No conversion, drop-off or overall conversion: this is the first stage of its chain,"
                + " with no base stage to convert from.");
    assertThat(byKey.get("reviewed"))
        .doesNotContainKey("dropOff")
        .extractingByKey("notes")
        .asList()
        .contains(
            "No drop-off: a review's drop-off is not a loss of cases; the 'identified' not"
                + " reviewed were not looked at, not ruled out (see the coverage).");
    assertThat(byKey.get("child_sexual_abuse_offences_recorded_monthly"))
        .doesNotContainKey("overallConversion")
        .extractingByKey("notes")
        .asList()
        .contains(
            "No overall conversion: it is given only for stages counting the funnel's unit"
                + " (case), not a rate; this stage counts sexual offences per month.");
  }

  @Test
  void everyEmptyNumberCellInTheCsvIsExplainedByItsRowsNotes() throws Exception {
    for (String id : List.of(SEED, "nulls-approximate", "nulls-missing", "nulls-drop-off")) {
      String path = "/api/funnels/" + id + "/statistics";
      Map<String, CSVRecord> rows = StatisticsCsvTest.rowsByStage(path, StatisticsCsv.COLUMNS);
      List<Map<String, Object>> json = stages(id);
      List<Map<String, Object>> fromCsv =
          json.stream().map(s -> asJson(s, rows.get(s.get("key")))).toList();
      assertThat(NullExplanations.unexplained(fromCsv, Set.of())).as(id).isEmpty();
    }
  }

  private static List<Map<String, Object>> stages(String id) {
    return asEditor()
        .get("/api/funnels/" + id + "/statistics")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .extract()
        .jsonPath()
        .getList("stages");
  }

  /**
   * A CSV row read back as the JSON's numeric members, so the same rules judge its empty cells;
   * what the CSV has no column for (selection, estimates, methods it leaves out) comes from the
   * JSON.
   */
  private static Map<String, Object> asJson(Map<String, Object> json, CSVRecord row) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("key", row.get("stage"));
    s.put("baseStage", cell(row, "baseStage"));
    s.put("selection", json.get("selection"));
    s.put("estimates", json.get("estimates"));
    s.put("breakdown", json.get("breakdown"));
    s.put("notes", row.get("notes").isEmpty() ? List.of() : List.of(row.get("notes").split("\n")));
    if (cell(row, "figureId") != null) {
      s.put("value", map("low", cell(row, "low"), "high", cell(row, "high")));
    }
    if (cell(row, "conversionMethod") != null) {
      s.put("conversion", derived(row, "conversion", cell(row, "conversionMethod")));
    }
    if (cell(row, "coverageText") != null) {
      s.put("coverage", derived(row, "conversion", cell(row, "conversionMethod")));
    }
    if (cell(row, "overallConversionText") != null) {
      Object method = ((Map<?, ?>) json.get("overallConversion")).get("method");
      s.put("overallConversion", derived(row, "overallConversion", method));
    }
    if (cell(row, "dropOffLow") != null) {
      // the CSV gives a drop-off's bounds only
      s.put(
          "dropOff",
          map(
              "value",
              "-",
              "low",
              cell(row, "dropOffLow"),
              "high",
              cell(row, "dropOffHigh"),
              "method",
              "difference"));
    }
    if (cell(row, "extrapolationMethod") != null) {
      s.put(
          "extrapolation",
          map(
              "method", cell(row, "extrapolationMethod"),
              "logicalBounds",
                  map("high", Double.parseDouble(row.get("extrapolationLogicalHigh")))));
    }
    if (cell(row, "projectionComparedWith") != null) {
      s.put(
          "projectionCheck",
          map(
              "extrapolatedStage", cell(row, "projectionExtrapolatedStage"),
              "shareOfExtrapolation", cell(row, "projectionShareText")));
    }
    return s;
  }

  private static Map<String, Object> derived(CSVRecord row, String prefix, Object method) {
    return map(
        "value", cell(row, prefix),
        "low", cell(row, prefix + "Low"),
        "high", cell(row, prefix + "High"),
        "method", method);
  }

  private static String cell(CSVRecord row, String column) {
    String v = row.get(column);
    return v.isEmpty() ? null : v;
  }
}
