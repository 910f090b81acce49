package org.casefunnel.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/** The seed's statistics as CSV: the columns the JSON has, numbers as programs parse them. */
@QuarkusTest
class StatisticsCsvTest {

  private static final String SEED = "/api/funnels/met-group-cse-review/statistics";

  /** A whole number without ".0" or exponent, or a plain decimal without trailing zeros. */
  static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d*[1-9])?");

  /** The statistics CSV's number columns. */
  static final List<String> NUMBER_COLUMNS =
      List.of(
          "figureId",
          "low",
          "high",
          "point",
          "conversion",
          "conversionLow",
          "conversionHigh",
          "extrapolation",
          "extrapolationLow",
          "extrapolationHigh",
          "extrapolationLogicalLow",
          "extrapolationLogicalHigh",
          "coverage",
          "overallConversion",
          "overallConversionLow",
          "overallConversionHigh",
          "dropOffLow",
          "dropOffHigh",
          "projectionShare",
          "projectionShareLow",
          "projectionShareHigh");

  /** The CSV of a read, parsed with its header checked against the columns. */
  static Map<String, CSVRecord> rowsByStage(String path, List<String> columns) throws Exception {
    String body =
        TestAuth.anonymous()
            .accept("text/csv")
            .get(path)
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .extract()
            .asString();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (var parser = format.parse(new StringReader(body))) {
      List<CSVRecord> rows = parser.getRecords();
      assertThat(parser.getHeaderNames()).containsExactlyElementsOf(columns);
      Map<String, CSVRecord> byStage = new LinkedHashMap<>();
      rows.forEach(r -> byStage.put(r.get("stage"), r));
      return byStage;
    }
  }

  private static Map<String, CSVRecord> seed() throws Exception {
    return rowsByStage(SEED, StatisticsCsv.COLUMNS);
  }

  @Test
  void theHeaderKeepsEveryEarlierColumnInPlaceAndAppendsTheNewOnes() {
    String header = given().queryParam("format", "csv").get(SEED).asString().split("\r\n")[0];
    assertThat(header)
        .isEqualTo(
            "stage,stageLabel,baseStage,comparable,figureId,low,high,point,status,asOf,wording,"
                + "conversion,conversionLow,conversionHigh,conversionMethod,conversionText,"
                + "extrapolation,extrapolationLow,extrapolationHigh,extrapolationAssumption,notes,"
                + "warnings,extrapolationLogicalLow,extrapolationLogicalHigh,extrapolationMethod,"
                + "extrapolationText,coverage,coverageText,overallConversion,overallConversionLow,"
                + "overallConversionHigh,overallConversionText,dropOffLow,dropOffHigh,"
                + "pointIsMidpoint,approximate,unit,period,projectionExtrapolatedStage,"
                + "projectionComparedWith,projectionRelation,projectionRelationToLogicalBounds,"
                + "projectionShare,projectionShareLow,projectionShareHigh,projectionShareText,"
                + "projectionText,coverageLow,coverageHigh,conversionPointIsMidpoint,"
                + "extrapolationPointIsMidpoint,overallConversionPointIsMidpoint,"
                + "projectionSharePointIsMidpoint,projectionComparedLow,projectionComparedHigh");
  }

  @Test
  void aCoverageThatMayBeAllOfAnApproximateBaseHasItsBoundsInTheCsv() throws Exception {
    Map<String, Object> doc = TestDocuments.valid("csv-coverage-bounds");
    // the review may cover all of "about" its base: bounds, and no single share
    TestDocuments.part(doc, "figures", 0).put("approximate", true);
    TestDocuments.part(doc, "figures", 0).put("count", 120);
    TestDocuments.ensureImported(doc);
    String path = "/api/funnels/csv-coverage-bounds/statistics";
    Map<String, Object> coverage =
        given().get(path).then().statusCode(200).extract().path("stages[1].coverage");
    Map<String, CSVRecord> rows = rowsByStage(path, StatisticsCsv.COLUMNS);
    CSVRecord reviewed = rows.values().stream().toList().get(1);
    assertThat(coverage).containsKey("low");
    // the CSV holds the JSON's bounds (JSON read back as float here: compare as numbers)
    assertThat(Double.parseDouble(reviewed.get("coverageLow")))
        .isCloseTo(((Number) coverage.get("low")).doubleValue(), within(1e-6));
    assertThat(Double.parseDouble(reviewed.get("coverageHigh")))
        .isCloseTo(((Number) coverage.get("high")).doubleValue(), within(1e-6));
  }

  @Test
  void aRangesMidpointIsMarkedAsAMidpointAndAsApproximate() throws Exception {
    Map<String, CSVRecord> rows = seed();
    CSVRecord expected = rows.get("reinvestigation_expected");
    assertThat(List.of(expected.get("low"), expected.get("high"), expected.get("point")))
        .containsExactly("2000", "3000", "2500");
    assertThat(expected.get("pointIsMidpoint")).isEqualTo("true");
    assertThat(expected.get("approximate")).isEqualTo("true");
    CSVRecord tens = rows.get("under_investigation");
    assertThat(List.of(tens.get("low"), tens.get("high"), tens.get("point")))
        .containsExactly("20", "99", "59.5");
    assertThat(tens.get("pointIsMidpoint")).isEqualTo("true");
    assertThat(tens.get("approximate")).isEqualTo("true");
    CSVRecord identified = rows.get("identified");
    assertThat(identified.get("point")).isEqualTo("9000");
    assertThat(identified.get("pointIsMidpoint")).isEqualTo("false");
    assertThat(identified.get("approximate")).isEqualTo("false");
    // "around 2,000": approximate, but its point is the number said, not a midpoint
    CSVRecord around = rows.get("sexual_offences_recorded_monthly");
    assertThat(around.get("point")).isEqualTo("2000");
    assertThat(around.get("pointIsMidpoint")).isEqualTo("false");
    assertThat(around.get("approximate")).isEqualTo("true");
  }

  @Test
  void wholeNumbersHaveNoDecimalPointOrExponentAndFractionsKeepEveryDigit() throws Exception {
    Map<String, CSVRecord> rows = seed();
    CSVRecord inScope = rows.get("in_scope");
    assertThat(inScope.get("point")).isEqualTo("1200");
    assertThat(inScope.get("extrapolationLow")).isEqualTo("4744");
    assertThat(inScope.get("extrapolationLogicalLow")).isEqualTo("1200");
    assertThat(inScope.get("extrapolationLogicalHigh")).isEqualTo("8000");
    assertThat(inScope.get("conversion")).isEqualTo("0.5454545454545454");
    JsonPath json = given().config(Json.DOUBLES).get(SEED).jsonPath();
    assertThat(Long.parseLong(inScope.get("extrapolationHigh")))
        .isEqualTo(
            Math.round(
                json.getDouble(
                    "stages.find { it.key == 'in_scope' }.extrapolation.estimate.high")));
    for (CSVRecord row : rows.values()) {
      for (String column : NUMBER_COLUMNS) {
        String cell = row.get(column);
        assertThat(cell.isEmpty() || PLAIN_NUMBER.matcher(cell).matches())
            .as("%s of %s: %s", column, row.get("stage"), cell)
            .isTrue();
      }
    }
  }

  @Test
  void aMonthlyCountOfOffencesSaysItsUnitAndPeriod() throws Exception {
    Map<String, CSVRecord> rows = seed();
    CSVRecord monthly = rows.get("sexual_offences_recorded_monthly");
    assertThat(monthly.get("unit")).isEqualTo("sexual offence");
    assertThat(monthly.get("period")).isEqualTo("month");
    assertThat(rows.get("identified").get("unit")).isEqualTo("case");
    assertThat(rows.get("identified").get("period")).isEmpty();
  }

  @Test
  void theProjectionCheckStandsBesideTheProjectionAsTheJsonGivesIt() throws Exception {
    CSVRecord expected = seed().get("reinvestigation_expected");
    JsonPath check =
        given()
            .config(Json.DOUBLES)
            .get(SEED)
            .jsonPath()
            .setRootPath("stages.find { it.key == 'reinvestigation_expected' }.projectionCheck");
    assertThat(expected.get("projectionExtrapolatedStage")).isEqualTo("in_scope");
    assertThat(expected.get("projectionComparedWith")).isEqualTo("logical_bounds");
    assertThat(expected.get("projectionRelation")).isEqualTo("overlaps");
    assertThat(expected.get("projectionRelationToLogicalBounds")).isEqualTo("overlaps");
    // 2,000 to 3,000 of the 1,200 to 8,000 logically possible: 25% to 100%, no point value
    assertThat(expected.get("projectionShare")).isEmpty();
    assertThat(expected.get("projectionShareLow")).isEqualTo("0.25");
    assertThat(expected.get("projectionShareHigh")).isEqualTo("1");
    assertThat(expected.get("projectionShareText"))
        .isEqualTo(check.getString("shareOfExtrapolation.text"))
        .startsWith("25% to 100%");
    assertThat(expected.get("projectionText")).isEqualTo(check.getString("message")).isNotEmpty();
    // a stage that estimates nothing has no projection check
    CSVRecord inScope = seed().get("in_scope");
    assertThat(inScope.get("projectionComparedWith")).isEmpty();
    assertThat(inScope.get("projectionText")).isEmpty();
  }

  @Test
  void aProjectionAgainstACompleteCountHasItsShareAsAPointInTheCsv() throws Exception {
    Map<String, Object> doc = TestDocuments.valid("csv-census");
    TestDocuments.part(doc, "stages", 3).put("estimates", "in_scope");
    TestDocuments.part(doc, "stages", 1).put("selection", "unknown");
    TestDocuments.part(doc, "figures", 1).put("count", 500); // every identified case reviewed
    TestDocuments.part(doc, "figures", 2).put("count", 200);
    TestDocuments.part(doc, "figures", 3).put("low", 250);
    TestDocuments.part(doc, "figures", 3).put("high", 300);
    if (given().get("/api/funnels/csv-census").statusCode() == 404) {
      TestAuth.asEditor()
          .contentType(ContentType.JSON)
          .body(doc)
          .post("/api/funnel-documents")
          .then()
          .statusCode(201);
    }
    CSVRecord projected =
        rowsByStage("/api/funnels/csv-census/statistics", StatisticsCsv.COLUMNS)
            .get("reinvestigation");
    assertThat(projected.get("projectionComparedWith")).isEqualTo("complete_count");
    assertThat(projected.get("projectionRelation")).isEqualTo("above");
    assertThat(projected.get("projectionRelationToLogicalBounds")).isEqualTo("above");
    // 250 to 300 of exactly 200: 1.25 to 1.5 (not capped), 1.375 at the midpoint 275
    assertThat(projected.get("projectionShare")).isEqualTo("1.375");
    assertThat(projected.get("projectionShareLow")).isEqualTo("1.25");
    assertThat(projected.get("projectionShareHigh")).isEqualTo("1.5");
    assertThat(projected.get("point")).isEqualTo("275");
    assertThat(projected.get("pointIsMidpoint")).isEqualTo("true");
  }
}
