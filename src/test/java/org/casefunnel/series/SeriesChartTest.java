package org.casefunnel.series;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.SvgFit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@QuarkusTest
class SeriesChartTest {

  static final String TITLE = "Series test <three dates> & \"more\"";

  @BeforeEach
  void imported() {
    SeriesDocuments.ensureImported(
        SeriesDocuments.threeSnapshots(SeriesResourceTest.FUNNEL, TITLE));
  }

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theChartIsWellFormedSvgWithOneChartPerStageAndTheTitleEscaped() throws Exception {
    Response r = given().get(SeriesResourceTest.API + "/series.svg");
    r.then().statusCode(200).contentType("image/svg+xml").header("Cache-Control", "no-cache");
    assertThat(r.header("Content-Security-Policy")).contains("default-src 'none'");
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    Document svg = parse(r.asString());
    Element root = svg.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(svg.getElementsByTagNameNS("*", "title").item(0).getTextContent())
        .isEqualTo("Series chart: " + TITLE);
    assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).isZero();
    assertThat(r.asString()).doesNotContain("href=\"http", "<three");
    // the description is one text for screen readers, not the labels' wrapped lines
    assertThat(svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent())
        .isNotBlank()
        .doesNotContain("  ", "\n");

    NodeList groups = svg.getElementsByTagNameNS("*", "g");
    assertThat(groups.getLength()).isEqualTo(SeriesResourceTest.STAGES.size());
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      assertThat(g.getAttribute("class")).isEqualTo("series-chart");
      assertThat(g.getAttribute("data-stage")).isEqualTo(SeriesResourceTest.STAGES.get(i));
    }
    Element reviewed = (Element) groups.item(1);
    // three dated figures: three filled markers, a step across each date
    assertThat(count(reviewed, "circle", "point")).isEqualTo(3);
    assertThat(count(reviewed, "line", "step")).isEqualTo(5);
    Element inScope = (Element) groups.item(2);
    assertThat(count(inScope, "circle", "superseded")).isEqualTo(1);
    // the third date's "about 4,000" reviewed gives no extrapolation: bands on two dates only
    assertThat(count(inScope, "rect", "logical")).isEqualTo(2);
    assertThat(count(inScope, "rect", "interval")).isEqualTo(2);
    assertThat(inScope.getTextContent()).contains("1,150 superseded", "1,900");
    assertThat(reviewed.getTextContent()).contains("about 4,000");
    Element reinvestigation = (Element) groups.item(3);
    // undated: written out at each date and listed, but no line places it in time
    assertThat(reinvestigation.getTextContent())
        .contains(
            "Undated, not drawn: 100–150", "100–150 (projected, undated, no dated figure yet)");
    assertThat(count(reinvestigation, "line", "step")).isZero();
    assertThat(count(reinvestigation, "rect", "range")).isZero();
    String desc = svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
    assertThat(desc).contains(SeriesDocuments.D1 + ": 1,000 (reported)");
  }

  @Test
  void theChartListsEachWarningOfTheSeriesDatesOnceWithTheDatesItHoldsOn() throws Exception {
    JsonPath series =
        given().get(SeriesResourceTest.API + "/series").then().statusCode(200).extract().jsonPath();
    List<String> messages = series.getList("dates.warnings.flatten().message");
    // the third date's "about 4,000" reviewed is an approximate input: there is one to list
    assertThat(messages).isNotEmpty();
    Document svg = parse(given().get(SeriesResourceTest.API + "/series.svg").asString());
    String text = svg.getDocumentElement().getTextContent().replaceAll("\\s+", " ");
    String desc = svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
    assertThat(text).contains("Warnings:");
    for (String message : messages) {
      // a line may wrap: compare its words, and the description holds it whole
      assertThat(text).contains(message.split(" ")[0]);
      assertThat(desc).contains(message.replaceAll("\\s+", " "));
    }
    for (int i = 0; i < series.getList("dates").size(); i++) {
      String date = series.getString("dates[" + i + "].asOf");
      for (String message : series.<String>getList("dates[" + i + "].warnings.message")) {
        // each distinct warning once, followed by the dates it holds on, this one among them
        String after = desc.substring(desc.indexOf(message) + message.length());
        assertThat(after.substring(0, after.indexOf(')'))).contains(date);
        assertThat(desc.indexOf(message)).isEqualTo(desc.lastIndexOf(message));
      }
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aLongTitleAndStageLabelWrapAndTheUnitReadsInThePlural() throws Exception {
    String title =
        "A review of historic cases of child sexual exploitation in a fictional county, 2015 to"
            + " 2025, as reported to the panel at each of its meetings";
    String label =
        "Children identified by the multi-agency safeguarding hub as possibly exploited, before"
            + " any review of their files";
    Map<String, Object> doc = SeriesDocuments.threeSnapshots("series-long-label", title);
    ((Map<String, Object>) doc.get("funnel")).put("unit", "child");
    ((List<Map<String, Object>>) doc.get("stages")).get(0).put("label", label);
    SeriesDocuments.ensureImported(doc);

    Document svg = parse(given().get("/api/funnels/series-long-label/series.svg").asString());
    NodeList texts = svg.getElementsByTagNameNS("*", "text");
    SvgFit.everyTextInside(texts, SeriesChart.WIDTH);
    String all = svg.getDocumentElement().getTextContent().replaceAll("\\s+", " ");
    assertThat(all).contains(title, label + " (children)");
    Element first = (Element) svg.getElementsByTagNameNS("*", "g").item(0);
    NodeList heading = first.getElementsByTagNameNS("*", "text");
    // the heading's two lines, then the plot below them
    double secondLineY = Double.parseDouble(((Element) heading.item(1)).getAttribute("y"));
    assertThat(heading.item(1).getTextContent()).contains("(children)");
    NodeList lines = first.getElementsByTagNameNS("*", "line");
    for (int i = 0; i < lines.getLength(); i++) {
      Element l = (Element) lines.item(i);
      assertThat(Double.parseDouble(l.getAttribute("y1"))).isGreaterThan(secondLineY);
    }
  }

  @Test
  void aRateSaysItsPeriodOnTheChartEvenWhenEveryFigureHasTheSame() throws Exception {
    Map<String, Object> doc = TestDocuments.valid("series-one-rate");
    TestDocuments.part(doc, "figures", 0).put("period", "month");
    TestDocuments.ensureImported(doc);
    Document svg = parse(given().get("/api/funnels/series-one-rate/series.svg").asString());
    Element identified = (Element) svg.getElementsByTagNameNS("*", "g").item(0);
    String text = identified.getTextContent().replaceAll("\\s+", " ");
    // "500 per month", never a bare 500 that reads as a count of cases
    assertThat(text).contains("(cases per month)", "500 per month");
  }

  @Test
  void theFunnelPageShowsTheSeriesFromTwoDatesOnly() {
    String page =
        given()
            .get("/funnels/" + SeriesResourceTest.FUNNEL)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page).contains("/api/funnels/" + SeriesResourceTest.FUNNEL + "/series.svg");
    String dated =
        given()
            .queryParam("asOf", SeriesDocuments.D2)
            .get("/funnels/" + SeriesResourceTest.FUNNEL)
            .asString();
    assertThat(dated).contains("series.svg?to=" + SeriesDocuments.D2);
    // one date only: no series to show
    assertThat(
            given()
                .queryParam("asOf", SeriesDocuments.D1)
                .get("/funnels/" + SeriesResourceTest.FUNNEL)
                .asString())
        .doesNotContain("series.svg");
    TestDocuments.ensureImported(TestDocuments.valid("series-one-date"));
    assertThat(given().get("/funnels/series-one-date").asString()).doesNotContain("series.svg");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aFigureNotInEffectOnItsDateSaysWhyDeprecatedOrCompetingNotSuperseded() throws Exception {
    String id = "series-ranks";
    Map<String, Object> doc = SeriesDocuments.threeSnapshots(id, "Series ranks");
    String other = "A councillor said 9,500 cases were identified.";
    Map<String, Object> source = ((List<Map<String, Object>>) doc.get("sources")).get(0);
    source.put("text", source.get("text") + "\n" + other);
    ((List<Object>) doc.get("statements"))
        .add(
            TestDocuments.map(
                "id",
                "st5",
                "sourceId",
                "s1",
                "speaker",
                "A councillor",
                "madeOn",
                SeriesDocuments.D1,
                "kind",
                "reported_speech",
                "quote",
                other));
    List<Object> figures = (List<Object>) doc.get("figures");
    // competes with the 9,000 of the same date (no statement in common) and is preferred
    figures.add(
        TestDocuments.map(
            "stage",
            "identified",
            "count",
            9500,
            "status",
            "reported",
            "asOf",
            SeriesDocuments.D1,
            "wording",
            "9,500 cases were identified",
            "statementIds",
            List.of("st5"),
            "rank",
            "preferred",
            "rankReason",
            "The council's own count."));
    // recorded later and dated later: it replaces both, but on the first date they competed
    figures.add(
        TestDocuments.map(
            "stage",
            "identified",
            "count",
            9800,
            "status",
            "reported",
            "asOf",
            SeriesDocuments.D3,
            "wording",
            "9,800 cases",
            "statementIds",
            List.of("st3")));
    figures.add(
        TestDocuments.map(
            "stage",
            "reviewed",
            "count",
            2300,
            "status",
            "reported",
            "asOf",
            SeriesDocuments.D2,
            "wording",
            "2,200 had been reviewed",
            "statementIds",
            List.of("st2"),
            "rank",
            "deprecated",
            "rankReason",
            "Misread from the minutes."));
    SeriesDocuments.ensureImported(doc);

    JsonPath s =
        given().get("/api/funnels/" + id + "/series").then().statusCode(200).extract().jsonPath();
    assertThat(s.getMap("stages.find { it.key == 'identified' }.points[0].replaced[0]"))
        .containsEntry("count", 9000)
        .containsEntry("rank", "normal")
        .containsEntry("superseded", true)
        .containsEntry("notInEffect", "competing");
    assertThat(s.getMap("stages.find { it.key == 'reviewed' }.points[1].replaced[0]"))
        .containsEntry("count", 2300)
        .containsEntry("rank", "deprecated")
        .containsEntry("notInEffect", "deprecated");
    assertThat(s.getMap("stages.find { it.key == 'in_scope' }.points[1].replaced[0]"))
        .containsEntry("count", 1150)
        .containsEntry("notInEffect", "superseded");

    String svg = given().get("/api/funnels/" + id + "/series.svg").asString();
    String text = parse(svg).getDocumentElement().getTextContent();
    assertThat(text)
        .contains("9,000 competing, not used", "2,300 deprecated", "1,150 superseded")
        .doesNotContain("9,000 superseded", "2,300 superseded");
  }

  private static int count(Element in, String tag, String cls) {
    NodeList all = in.getElementsByTagNameNS("*", tag);
    int n = 0;
    for (int i = 0; i < all.getLength(); i++) {
      if (cls.equals(((Element) all.item(i)).getAttribute("class"))) {
        n++;
      }
    }
    return n;
  }
}
