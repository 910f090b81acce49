package org.casefunnel.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.support.TestAuth.asEditor;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.analysis.StatisticsCsv;
import org.junit.jupiter.api.Test;

/** Parses the CSV back with an independent parser (Jackson's), as a spreadsheet would read it. */
@QuarkusTest
class FiguresCsvTest {

  private static final String SEED = "/api/funnels/met-group-cse-review";

  static List<Map<String, String>> parse(byte[] body) throws Exception {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS);
    try (MappingIterator<Map<String, String>> it =
        mapper
            .readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader().withStrictHeaders(true))
            .readValues(new String(body, StandardCharsets.UTF_8))) {
      return it.readAll();
    }
  }

  static List<String> header(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    return List.of(text.substring(0, text.indexOf("\r\n")).split(","));
  }

  @Test
  void seedFunnelAsCsvKeepsNumbersAndQuotesIntact() throws Exception {
    Response r = asEditor().accept("text/csv").get(SEED);
    r.then().statusCode(200).contentType("text/csv");
    assertThat(r.contentType()).contains("charset=UTF-8");
    byte[] body = r.asByteArray();
    assertThat(header(body)).isEqualTo(FiguresCsv.COLUMNS);
    List<Map<String, String>> rows = parse(body);

    Map<String, String> identified = byStage(rows, "identified").get(0);
    assertThat(identified.get("count")).isEqualTo("9000");
    assertThat(identified.get("low")).isEqualTo("9000");
    assertThat(identified.get("high")).isEqualTo("9000");
    assertThat(identified.get("status")).isEqualTo("reported");
    assertThat(identified.get("asOf")).isEmpty();
    assertThat(identified.get("speaker")).startsWith("Sir Mark Rowley");
    assertThat(identified.get("quote"))
        .contains(
            "Met Commissioner Sir Mark Rowley told the London Assembly on Thursday that though the"
                + " 9,000 cases were identified as potentially falling into the broad definition of"
                + " \"grooming gangs\", upon a further review of 2,200 of them, just 1,200 remained"
                + " in scope.");
    // one row per figure, its statements joined one per line in each statement column
    assertThat(byStage(rows, "identified")).hasSize(1);
    assertThat(identified.get("statementId").split("\n"))
        .containsExactlyInAnyOrder("st-definition", "st-review");
    assertThat(identified.get("speaker").split("\n")).hasSize(2);
    assertThat(byStage(rows, "reviewed").get(0).get("count")).isEqualTo("2200");
    assertThat(byStage(rows, "in_scope").get(0).get("count")).isEqualTo("1200");

    Map<String, String> expected = byStage(rows, "reinvestigation_expected").get(0);
    assertThat(expected.get("count")).isEmpty();
    assertThat(expected.get("low")).isEqualTo("2000");
    assertThat(expected.get("high")).isEqualTo("3000");
    assertThat(expected.get("status")).isEqualTo("projected");
    assertThat(expected.get("wording")).isEqualTo("maybe 2,000 or 3,000 cases");
    assertThat(expected.get("quote")).contains("\"maybe 2,000 or 3,000 cases\"");
    assertThat(expected.get("sourceTitle"))
        .isEqualTo(
            "Met Police only investigating 'tens of cases' in grooming gangs probe - despite"
                + " finding 9,000");
    assertThat(expected.get("sourceUrl")).isEmpty();
  }

  @Test
  void defaultRowsCountEachFigureOnceAndTheLongFormHasARowPerStatement() throws Exception {
    List<Map<String, String>> figures =
        parse(
            asEditor().accept("text/csv").get(SEED).then().statusCode(200).extract().asByteArray());
    List<Map<String, String>> statements =
        parse(
            asEditor()
                .accept("text/csv")
                .queryParam("rows", "statements")
                .get(SEED)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());

    List<String> figureIds =
        figures.stream().map(m -> m.get("figureId")).filter(id -> !id.isEmpty()).toList();
    assertThat(figureIds).doesNotHaveDuplicates();
    assertThat(byStage(statements, "identified"))
        .extracting(m -> m.get("statementId"))
        .containsExactlyInAnyOrder("st-definition", "st-review");
    assertThat(byStage(statements, "identified"))
        .extracting(m -> m.get("count"))
        .containsOnly("9000");
    assertThat(statements).hasSizeGreaterThan(figures.size());
    asEditor()
        .accept("text/csv")
        .queryParam("rows", "figure")
        .get(SEED)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.equalTo("urn:case-funnel:problem:invalid-parameter"));
  }

  @Test
  void formatParameterChoosesCsvAndNewlinesInQuotesSurvive() throws Exception {
    Map<String, Object> doc = TestDocuments.valid("csv-newlines");
    // the quote keeps the source's line break verbatim
    TestDocuments.part(doc, "statements", 0)
        .put(
            "quote",
            "The chief constable told the panel on Monday that 500 cases were found.\n"
                + "Of those, 120 were reviewed and 80 remained in scope.");
    TestDocuments.ensureImported(doc);
    byte[] body =
        asEditor()
            .queryParam("format", "csv")
            .get("/api/funnels/csv-newlines")
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .extract()
            .asByteArray();
    List<Map<String, String>> rows = parse(body);
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).get("quote"))
        .isEqualTo(
            "The chief constable told the panel on Monday that 500 cases were found.\n"
                + "Of those, 120 were reviewed and 80 remained in scope.");
    assertThat(rows.get(0).get("asOf")).isEqualTo("2026-01-12");
    assertThat(rows.get(0).get("sourceUrl")).isEqualTo("https://example.org/minutes");
    assertThat(rows.get(3).get("quote")).isEqualTo("\"perhaps 100 or 150\"");
    assertThat(rows.get(3).get("madeOn")).isEmpty();
  }

  @Test
  void asOfBeforeEveryDatedFigureGivesRowsWithoutFiguresAndKeepsTheUndatedOneUndated()
      throws Exception {
    TestDocuments.ensureImported(TestDocuments.valid("csv-asof"));
    byte[] body =
        asEditor()
            .accept("text/csv")
            .queryParam("asOf", "2025-12-31")
            .get("/api/funnels/csv-asof")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    List<Map<String, String>> rows = parse(body);
    assertThat(rows)
        .extracting(m -> m.get("stage"))
        .containsExactly("identified", "reviewed", "in_scope", "reinvestigation");
    assertThat(rows.subList(0, 3)).allSatisfy(m -> assertThat(m.get("figureId")).isEmpty());
    // the projection has no date: it stands while no dated figure of its stage does, still undated
    assertThat(rows.get(3).get("figureId")).isNotEmpty();
    assertThat(rows.get(3).get("asOf")).isEmpty();
  }

  @Test
  void statisticsAsCsvCarryTheServiceConversions() throws Exception {
    byte[] body =
        asEditor()
            .queryParam("format", "csv")
            .get(SEED + "/statistics")
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .extract()
            .asByteArray();
    assertThat(header(body)).isEqualTo(StatisticsCsv.COLUMNS);
    Map<String, String> inScope = byStage(parse(body), "in_scope").get(0);
    // 1,200 of 2,200 is a count of what was counted: a plain ratio, no interval
    assertThat(inScope.get("conversionMethod")).isEqualTo("ratio");
    assertThat(Double.parseDouble(inScope.get("conversion")))
        .isCloseTo(1200.0 / 2200, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(inScope.get("conversionLow")).isNullOrEmpty();
    // the extrapolation's logical bounds: 1,200 found, plus the 6,800 not reviewed
    assertThat(Double.parseDouble(inScope.get("extrapolationLogicalLow"))).isEqualTo(1200.0);
    assertThat(Double.parseDouble(inScope.get("extrapolationLogicalHigh"))).isEqualTo(8000.0);
    assertThat(inScope.get("low")).isEqualTo("1200");
    assertThat(inScope.get("extrapolationMethod")).isEqualTo("exact_hypergeometric");
    // the words and the other numbers the JSON gives, beside the numbers
    String json = asEditor().get(SEED + "/statistics").asString();
    io.restassured.path.json.JsonPath stage =
        new io.restassured.path.json.JsonPath(json)
            .setRootPath("stages.find { it.key == 'in_scope' }");
    assertThat(inScope.get("extrapolationText"))
        .isEqualTo(stage.getString("extrapolation.statement"));
    assertThat(inScope.get("overallConversionText"))
        .isEqualTo(stage.getString("overallConversion.text"))
        .isNotEmpty();
    assertThat(inScope.get("dropOffLow")).isNotEmpty();
    Map<String, String> reviewed = byStage(parse(body), "reviewed").get(0);
    assertThat(reviewed.get("coverageText")).isNotEmpty();
    // each stage's warnings stand beside its numbers
    assertThat(byStage(parse(body), "reinvestigation_expected").get(0).get("warnings"))
        .contains("approximate_input: 'reinvestigation_expected' is a range");
  }

  @Test
  void anApproximateCountHasNoBoundsItsSourceNeverGave() throws Exception {
    Map<String, Object> doc = TestDocuments.valid("csv-about");
    TestDocuments.part(doc, "figures", 0).put("approximate", true);
    TestDocuments.ensureImported(doc);
    List<Map<String, String>> rows =
        parse(asEditor().accept("text/csv").get("/api/funnels/csv-about").asByteArray());
    Map<String, String> about = byStage(rows, "identified").get(0);
    assertThat(about.get("count")).isEqualTo("500");
    assertThat(about.get("approximate")).isEqualTo("true");
    assertThat(about.get("low")).isEmpty();
    assertThat(about.get("high")).isEmpty();
    Map<String, String> exact = byStage(rows, "reviewed").get(0);
    assertThat(exact.get("low")).isEqualTo(exact.get("count"));
    assertThat(exact.get("high")).isEqualTo(exact.get("count"));
  }

  private static List<Map<String, String>> byStage(List<Map<String, String>> rows, String stage) {
    return rows.stream().filter(m -> stage.equals(m.get("stage"))).toList();
  }
}
