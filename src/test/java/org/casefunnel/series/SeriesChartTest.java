package org.casefunnel.series;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.casefunnel.TestDocuments;
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
