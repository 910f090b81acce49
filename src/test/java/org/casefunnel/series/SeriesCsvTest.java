package org.casefunnel.series;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The series CSV says what each row counts and marks a range's midpoint. */
@io.quarkus.test.junit.QuarkusTest
class SeriesCsvTest {

  private static final String FUNNEL = "series-csv-columns";

  @BeforeEach
  void imported() {
    SeriesDocuments.ensureImported(SeriesDocuments.threeSnapshots(FUNNEL, "Series CSV columns"));
  }

  private static List<CSVRecord> csv(String funnel) throws Exception {
    String body =
        given()
            .accept("text/csv")
            .get("/api/funnels/" + funnel + "/series")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return SeriesResourceTest.parse(body);
  }

  private static List<CSVRecord> stage(List<CSVRecord> rows, String key) {
    return rows.stream().filter(r -> r.get("stage").equals(key)).toList();
  }

  @Test
  void theHeaderAppendsUnitPeriodAndPointIsMidpointAfterTheEarlierColumns() {
    String header =
        given().queryParam("format", "csv").get("/api/funnels/" + FUNNEL + "/series").asString();
    assertThat(header.substring(0, header.indexOf("\r\n")))
        .isEqualTo(
            "row,stage,stageLabel,date,changed,figureId,figureAsOf,count,low,high,approximate,"
                + "status,wording,superseded,supersededBy,point,conversion,conversionLow,"
                + "conversionHigh,conversionText,coverage,extrapolationLogicalLow,"
                + "extrapolationLogicalHigh,extrapolation,extrapolationLow,extrapolationHigh,"
                + "extrapolationAssumption,replacedFigureIds,notes,unit,period,pointIsMidpoint,"
                + "extrapolationMethod,conversionPointIsMidpoint,extrapolationPointIsMidpoint");
  }

  @Test
  void aMonthlyCountOfOffencesSaysItsUnitAndPeriodAndIsNoCaseCount() throws Exception {
    List<CSVRecord> rows = csv("met-group-cse-review");
    CSVRecord monthly = stage(rows, "sexual_offences_recorded_monthly").getFirst();
    assertThat(monthly.get("row")).isEqualTo("undated");
    assertThat(monthly.get("count")).isEqualTo("2000");
    assertThat(monthly.get("unit")).isEqualTo("sexual offence");
    assertThat(monthly.get("period")).isEqualTo("month");
    // the undated row's note stays in its column and speaks of that one figure, not of a count
    assertThat(monthly.get("notes")).startsWith("This figure has no date");
    CSVRecord identified = stage(rows, "identified").getFirst();
    assertThat(identified.get("unit")).isEqualTo("case");
    assertThat(identified.get("period")).isEmpty();
  }

  @Test
  void aRangesPointIsMarkedAsItsMidpointAndWholeNumbersHaveNoDecimalPoint() throws Exception {
    List<CSVRecord> rows = csv(FUNNEL);
    List<CSVRecord> projected =
        stage(rows, "reinvestigation").stream().filter(r -> r.get("row").equals("point")).toList();
    assertThat(projected).hasSize(3);
    for (CSVRecord r : projected) {
      assertThat(List.of(r.get("low"), r.get("high"), r.get("point")))
          .containsExactly("100", "150", "125");
      assertThat(r.get("pointIsMidpoint")).isEqualTo("true");
      assertThat(r.get("unit")).isEqualTo("case");
    }
    CSVRecord reviewed = stage(rows, "reviewed").getFirst();
    assertThat(reviewed.get("point")).isEqualTo("1000");
    assertThat(reviewed.get("pointIsMidpoint")).isEqualTo("false");
    CSVRecord inScope = stage(rows, "in_scope").get(1);
    assertThat(inScope.get("extrapolationLogicalHigh")).isEqualTo("8000");
    assertThat(inScope.get("conversion")).isEqualTo("0.5454545454545454");
  }
}
