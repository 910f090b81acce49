package org.casefunnel.series;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.series.SeriesDocuments.D1;
import static org.casefunnel.series.SeriesDocuments.D2;
import static org.casefunnel.series.SeriesDocuments.D3;
import static org.casefunnel.series.SeriesResourceTest.stage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A period belongs to each figure: a stage given "around 2,000 a week", later "8,000 a month",
 * shows each point with its own period in the JSON, the CSV and the chart, never as comparable.
 */
@QuarkusTest
class SeriesPeriodTest {

  static final String FUNNEL = "series-periods";
  static final String API = "/api/funnels/" + FUNNEL;
  static final String OFFENCES = stage("offences");

  @BeforeEach
  void imported() {
    SeriesDocuments.ensureImported(SeriesDocuments.weeklyThenMonthly(FUNNEL));
  }

  private static JsonPath json(String funnelApi) {
    return given().get(funnelApi + "/series").then().statusCode(200).extract().jsonPath();
  }

  @Test
  void eachPointAndFigureStatesItsOwnPeriodAndANoteSaysTheyDiffer() {
    JsonPath s = json(API);
    assertThat(s.getList(OFFENCES + ".points.asOf")).containsExactly(D1, D2, D3);
    assertThat(s.getList(OFFENCES + ".points.period")).containsExactly("week", "month", "month");
    assertThat(s.getList(OFFENCES + ".points.unit")).containsOnly("offence");
    assertThat(s.getList(OFFENCES + ".points.figure.period"))
        .containsExactly("week", "month", "month");
    assertThat(s.getList(OFFENCES + ".points.figure.count", Integer.class))
        .containsExactly(2000, 8000, 8500);
    // the weekly figure corrected the same day keeps its own period
    assertThat(s.getMap(OFFENCES + ".points[1].replaced[0]"))
        .containsEntry("count", 1900)
        .containsEntry("period", "week")
        .containsEntry("notInEffect", "superseded");
    // the stage's own fields are its figure in effect now
    assertThat(s.getString(OFFENCES + ".period")).isEqualTo("month");
    assertThat(s.getString(OFFENCES + ".unit")).isEqualTo("offence");
    // a stock has no period on any point
    assertThat(s.getList(stage("identified") + ".points.period")).containsOnlyNulls().hasSize(3);
    assertThat(s.getList(stage("identified") + ".points.unit")).containsOnly("case");
    List<String> notes = s.getList("notes", String.class);
    assertThat(notes)
        .filteredOn(n -> n.contains("different periods"))
        .singleElement()
        .satisfies(
            n ->
                assertThat(n)
                    .contains("'offences'", "(per week, per month)", "No figure is rescaled"));
  }

  @Test
  void eachCsvRowGivesItsOwnFiguresPeriod() throws Exception {
    String body = given().queryParam("format", "csv").get(API + "/series").asString();
    List<CSVRecord> rows =
        SeriesResourceTest.parse(body).stream()
            .filter(r -> r.get("stage").equals("offences"))
            .toList();
    assertThat(rows.stream().map(r -> r.get("date"))).containsExactly(D1, D2, D3);
    assertThat(rows.stream().map(r -> r.get("count"))).containsExactly("2000", "8000", "8500");
    assertThat(rows.stream().map(r -> r.get("period"))).containsExactly("week", "month", "month");
    assertThat(rows.stream().map(r -> r.get("unit"))).containsOnly("offence");
  }

  @Test
  void theChartBreaksTheLineBetweenPeriodsAndLabelsEachValueWithItsPeriod() throws Exception {
    Document svg = SeriesChartTest.parse(given().get(API + "/series.svg").asString());
    Element offences = group(svg, "offences");
    List<Element> points = elements(offences, "circle", "point");
    assertThat(points).hasSize(3);
    double week = Double.parseDouble(points.get(0).getAttribute("cx"));
    double month = Double.parseDouble(points.get(1).getAttribute("cx"));
    double later = Double.parseDouble(points.get(2).getAttribute("cx"));
    List<Element> steps = elements(offences, "line", "step");
    // no step reaches the first monthly date from the weekly value, nor rises there
    assertThat(steps)
        .noneSatisfy(l -> assertThat(num(l, "x2")).isEqualTo(month))
        .anySatisfy(
            l -> {
              assertThat(num(l, "x1")).isEqualTo(week);
              assertThat(num(l, "x2")).isLessThan(month);
            });
    // two monthly figures are comparable: the step joins them
    assertThat(steps)
        .anySatisfy(
            l -> {
              assertThat(num(l, "x1")).isEqualTo(later);
              assertThat(num(l, "x2")).isEqualTo(later);
            });
    List<Element> breaks = elements(offences, "line", "period-break");
    assertThat(breaks).singleElement().satisfies(l -> assertThat(num(l, "x1")).isEqualTo(month));
    assertThat(offences.getTextContent())
        .contains(
            "about 2,000 per week",
            "8,000 per month",
            "8,500 per month",
            "1,900 per week superseded",
            "from here per month, not joined",
            D1 + ": about 2,000 per week (reported)");
    assertThat(svg.getDocumentElement().getTextContent()).contains("different periods");
    // the case stage has one period throughout: joined and labelled as before
    Element identified = group(svg, "identified");
    assertThat(elements(identified, "line", "period-break")).isEmpty();
    assertThat(identified.getTextContent()).contains("1,000").doesNotContain(" per ");
  }

  @Test
  void whereThePeriodsAgreeTheSeriesIsAsBefore() throws Exception {
    SeriesDocuments.ensureImported(
        SeriesDocuments.threeSnapshots(SeriesResourceTest.FUNNEL, SeriesChartTest.TITLE));
    JsonPath three = json(SeriesResourceTest.API);
    assertThat(three.getList("notes", String.class)).noneMatch(n -> n.contains("periods"));
    assertThat(three.getList(stage("reviewed") + ".points.unit")).containsOnly("case");
    assertThat(three.getList(stage("reviewed") + ".points.period")).containsOnlyNulls();
    String svg = given().get(SeriesResourceTest.API + "/series.svg").asString();
    assertThat(svg).doesNotContain("period-break", " per ");

    // the seed's monthly context stage: one period, on the stage and its undated figure
    JsonPath seed = json("/api/funnels/met-group-cse-review");
    String monthly = stage("sexual_offences_recorded_monthly");
    assertThat(seed.getString(monthly + ".period")).isEqualTo("month");
    assertThat(seed.getString(monthly + ".undated[0].period")).isEqualTo("month");
    assertThat(seed.getList("notes", String.class)).noneMatch(n -> n.contains("periods"));
  }

  @Test
  void aCompetingFigureOfAnotherPeriodThatNoPointUsesGivesNoNote() {
    SeriesDocuments.ensureImported(SeriesDocuments.competingPeriods("series-competing-periods"));
    JsonPath s = json("/api/funnels/series-competing-periods");
    assertThat(s.getList(stage("r") + ".points.figure.period")).containsOnly("week").hasSize(2);
    assertThat(s.getList(stage("r") + ".points.figure.count", Integer.class))
        .containsExactly(500, 30);
    // the monthly figure is on record, beside the point it lost to
    assertThat(s.getMap(stage("r") + ".points[0].replaced[0]"))
        .containsEntry("count", 2000)
        .containsEntry("period", "month");
    assertThat(s.getList("notes", String.class)).noneMatch(n -> n.contains("periods"));
    // yet the chart still gives each value its period, so the monthly one is not read as weekly
    assertThat(given().get("/api/funnels/series-competing-periods/series.svg").asString())
        .contains("2,000 per month", "500 per week", "30 per week");
  }

  private static Element group(Document svg, String key) {
    NodeList groups = svg.getElementsByTagNameNS("*", "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (key.equals(g.getAttribute("data-stage"))) {
        return g;
      }
    }
    throw new AssertionError("no chart for " + key);
  }

  private static List<Element> elements(Element in, String tag, String cls) {
    NodeList all = in.getElementsByTagNameNS("*", tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      if (cls.equals(((Element) all.item(i)).getAttribute("class"))) {
        out.add((Element) all.item(i));
      }
    }
    return out;
  }

  private static double num(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }
}
