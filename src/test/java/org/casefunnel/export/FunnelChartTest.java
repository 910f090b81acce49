package org.casefunnel.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.SvgFit;
import org.casefunnel.text.SvgText;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@QuarkusTest
class FunnelChartTest {

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void seedChartIsWellFormedSvgWithOneBarPerStageInOrderAndAnAccessibleDescription()
      throws Exception {
    Response r = asEditor().get("/api/funnels/met-group-cse-review/chart.svg");
    r.then().statusCode(200).contentType("image/svg+xml").header("Cache-Control", "no-cache");
    assertThat(r.header("ETag")).startsWith("\"funnel-met-group-cse-review-v");
    Document svg = parse(r.asString());
    Element root = svg.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    String desc = svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
    assertThat(desc)
        .contains("Historic cases identified: 9,000 (reported)")
        .contains("Cases given a further review: 2,200")
        .contains("Reviewed cases still in scope: 1,200")
        .contains("Cases expected to pass the remit for reinvestigation: 2,000–3,000 (projected)")
        .contains("Not drawn: Sexual offences recorded a month (context)");
    assertThat(svg.getElementsByTagNameNS("*", "title").item(0).getTextContent())
        .contains("Metropolitan Police review");

    NodeList groups = svg.getElementsByTagNameNS("*", "g");
    assertThat(groups.getLength()).isEqualTo(5);
    assertThat(((Element) groups.item(0)).getAttribute("data-stage")).isEqualTo("identified");
    assertThat(((Element) groups.item(3)).getAttribute("data-stage"))
        .isEqualTo("reinvestigation_expected");
    // widths proportional to value: 9,000 is the widest bar; 2,200 is 2200/9000 of it
    double identified = barWidth(groups.item(0));
    double reviewed = barWidth(groups.item(1));
    assertThat(reviewed / identified)
        .isCloseTo(2200.0 / 9000, org.assertj.core.data.Offset.offset(0.001));
    // the range has a solid part to its low end and a band to its high end
    NodeList rangeRects = ((Element) groups.item(3)).getElementsByTagNameNS("*", "rect");
    assertThat(rangeRects.getLength()).isEqualTo(2);
    double low = Double.parseDouble(((Element) rangeRects.item(0)).getAttribute("width"));
    double band = Double.parseDouble(((Element) rangeRects.item(1)).getAttribute("width"));
    assertThat(low / identified)
        .isCloseTo(2000.0 / 9000, org.assertj.core.data.Offset.offset(0.001));
    assertThat((low + band) / identified)
        .isCloseTo(3000.0 / 9000, org.assertj.core.data.Offset.offset(0.001));
    // in scope of reviewed: 1,200 of 2,200, with the logical bounds and the exact interval
    Element inScope = (Element) groups.item(2);
    // the base stage's label as given
    assertThat(inScope.getTextContent()).contains("of Cases given a further review: 54.5");
    assertThat(inScope.getTextContent()).contains("Without any assumption, 1,200 to 8,000");
    NodeList spans = inScope.getElementsByTagNameNS("*", "path");
    assertThat(spans.getLength()).isEqualTo(2);
    assertThat(((Element) spans.item(0)).getAttribute("class")).isEqualTo("logical");
    assertThat(((Element) spans.item(1)).getAttribute("class")).isEqualTo("whisker");
  }

  @Test
  void userSuppliedTextIsEscapedAndAsOfIsHonoured() throws Exception {
    Map<String, Object> doc = TestDocuments.valid("chart-escape");
    ((Map<String, Object>) doc.get("funnel")).put("title", "<script>alert('x')</script> & \"co\"");
    TestDocuments.ensureImported(doc);
    String svg =
        asEditor()
            .get("/api/funnels/chart-escape/chart.svg")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;");
    assertThat(parse(svg).getElementsByTagNameNS("*", "title").item(0).getTextContent())
        .contains("<script>alert('x')</script> & \"co\"");

    String before =
        asEditor()
            .queryParam("asOf", "2025-12-31")
            .get("/api/funnels/chart-escape/chart.svg")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(parse(before).getElementsByTagNameNS("*", "desc").item(0).getTextContent())
        .contains("figures as of 2025-12-31")
        .contains("Cases identified: no figure");
  }

  @Test
  void figuresThatDoNotFitAreWarnedAboutInTheChartAsInTheStatistics() throws Exception {
    Map<String, Object> doc = TestDocuments.valid("chart-misfit");
    TestDocuments.part(doc, "figures", 2).put("count", 500); // in scope above the 120 reviewed
    TestDocuments.ensureImported(doc);
    String message =
        asEditor()
            .get("/api/funnels/chart-misfit/statistics")
            .then()
            .statusCode(200)
            .extract()
            .path("warnings.find { it.code == 'stage_exceeds_base' }.message");
    assertThat(message).isNotBlank();

    Document svg = parse(asEditor().get("/api/funnels/chart-misfit/chart.svg").asString());

    assertThat(svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent())
        .contains("Warning: ")
        .contains(message);
    String drawn = svg.getDocumentElement().getTextContent().replaceAll("\\s+", " ");
    assertThat(drawn).contains("Warnings:").contains(message.substring(0, 40));
  }

  @Test
  void aReviewNotSelectedAtRandomGetsNoWhiskerAndALongTitleAndTheLegendWrap() throws Exception {
    Map<String, Object> doc = TestDocuments.valid("chart-not-random");
    TestDocuments.part(doc, "stages", 1).put("selection", "not_random");
    ((Map<String, Object>) doc.get("funnel"))
        .put(
            "title",
            "A review of historic cases of child sexual exploitation in a fictional county,"
                + " 2015 to 2025, as reported to the panel");
    TestDocuments.ensureImported(doc);
    String statement =
        asEditor()
            .get("/api/funnels/chart-not-random/statistics")
            .then()
            .statusCode(200)
            .body(
                "stages.find { it.key == 'in_scope' }.extrapolation.assumption",
                is("does_not_hold"))
            .extract()
            .path("stages.find { it.key == 'in_scope' }.extrapolation.statement");
    assertThat(statement).contains("no sampling interval applies");

    Document svg = parse(asEditor().get("/api/funnels/chart-not-random/chart.svg").asString());

    Element inScope = (Element) svg.getElementsByTagNameNS("*", "g").item(2);
    NodeList spans = inScope.getElementsByTagNameNS("*", "path");
    assertThat(spans.getLength()).as("the logical bounds only").isEqualTo(1);
    assertThat(((Element) spans.item(0)).getAttribute("class")).isEqualTo("logical");
    // every line of the header fits: the title in two lines, then the legend, none cut
    NodeList texts = svg.getElementsByTagNameNS("*", "text");
    assertThat(joined(texts, 0, 2))
        .isEqualTo(
            "A review of historic cases of child sexual exploitation in a fictional county,"
                + " 2015 to 2025, as reported to the panel");
    int legendEnd = 3;
    while (!joined(texts, 2, legendEnd).endsWith("(none is drawn where it was not)")) {
      legendEnd++;
    }
    assertThat(legendEnd).isLessThanOrEqualTo(6);
    assertThat(joined(texts, 2, legendEnd))
        .startsWith("Current figures")
        .endsWith("valid only if the review was random (none is drawn where it was not)");
    SvgFit.everyTextInside(texts, FunnelChart.WIDTH);
  }

  @Test
  void theValueOfAWideRangeEndsInsideTheImage() throws Exception {
    Map<String, Object> doc = TestDocuments.valid("chart-wide-range");
    Map<String, Object> identified = TestDocuments.part(doc, "figures", 0);
    identified.remove("count");
    identified.put("low", 100_000_000_000L);
    identified.put("high", 999_999_999_999L);
    TestDocuments.ensureImported(doc);

    Document svg = parse(asEditor().get("/api/funnels/chart-wide-range/chart.svg").asString());

    Element first = (Element) svg.getElementsByTagNameNS("*", "g").item(0);
    NodeList texts = first.getElementsByTagNameNS("*", "text");
    Element value = null;
    for (int i = 0; i < texts.getLength(); i++) {
      if (texts.item(i).getTextContent().equals("100,000,000,000–999,999,999,999 · reported")) {
        value = (Element) texts.item(i);
      }
    }
    assertThat(value).as("the value label, whole").isNotNull();
    Element bar = (Element) first.getElementsByTagNameNS("*", "rect").item(0);
    assertThat(Double.parseDouble(value.getAttribute("y")))
        .as("too wide to stand right of the bar, it stands above it, not over it")
        .isLessThanOrEqualTo(Double.parseDouble(bar.getAttribute("y")));
    SvgFit.everyTextInside(svg.getElementsByTagNameNS("*", "text"), FunnelChart.WIDTH);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aLongStageLabelWrapsAboveItsBarAndTheUnitReadsInThePlural() throws Exception {
    Map<String, Object> doc = TestDocuments.valid("chart-long-label");
    ((Map<String, Object>) doc.get("funnel")).put("unit", "child");
    String label =
        "Children identified by the multi-agency safeguarding hub as possibly exploited, before"
            + " any review of their files, see https://example.org/a-very-long-address-without-any-spaces-at-all";
    TestDocuments.part(doc, "stages", 0).put("label", label);
    TestDocuments.ensureImported(doc);

    Document svg = parse(asEditor().get("/api/funnels/chart-long-label/chart.svg").asString());
    // every line, the next stage's conversion "of Children identified by ...: 24%" too
    SvgFit.everyTextInside(svg.getElementsByTagNameNS("*", "text"), FunnelChart.WIDTH);
    assertThat(svg.getDocumentElement().getTextContent()).contains("of Children identified by");
    assertThat(svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent())
        .contains("in children,");
    Element first = (Element) svg.getElementsByTagNameNS("*", "g").item(0);
    NodeList texts = first.getElementsByTagNameNS("*", "text");
    // the label's lines come first, none wider than the chart, then the bar below the last one
    int lines = 0;
    StringBuilder read = new StringBuilder();
    while (read.toString().replace(" ", "").length() < label.replace(" ", "").length()) {
      String line = texts.item(lines++).getTextContent();
      assertThat(SvgText.width(line, 13)).isLessThanOrEqualTo(FunnelChart.TEXT_ROOM);
      read.append(line.startsWith("  ") ? line.substring(2) : " " + line);
    }
    assertThat(lines).isGreaterThanOrEqualTo(2);
    assertThat(read.toString().replace(" ", "")).isEqualTo(label.replace(" ", ""));
    double lastLabelY = Double.parseDouble(((Element) texts.item(lines - 1)).getAttribute("y"));
    Element bar = (Element) first.getElementsByTagNameNS("*", "rect").item(0);
    assertThat(Double.parseDouble(bar.getAttribute("y"))).isGreaterThan(lastLabelY);
    // and the next stage starts below this one's bar
    Element second = (Element) svg.getElementsByTagNameNS("*", "g").item(1);
    double nextLabelY =
        Double.parseDouble(
            ((Element) second.getElementsByTagNameNS("*", "text").item(0)).getAttribute("y"));
    assertThat(nextLabelY)
        .isGreaterThan(
            Double.parseDouble(bar.getAttribute("y"))
                + Double.parseDouble(bar.getAttribute("height")));
  }

  @Test
  void aLabelWithCharactersXmlForbidsLeavesTheChartsWellFormed() throws Exception {
    Map<String, Object> doc = TestDocuments.valid("chart-nonchar");
    TestDocuments.part(doc, "stages", 0).put("label", "Cases \uFFFF flagged \uFFFE\u0001");
    TestDocuments.ensureImported(doc);
    for (String chart : List.of("chart.svg", "series.svg")) {
      Document svg = parse(asEditor().get("/api/funnels/chart-nonchar/" + chart).asString());
      assertThat(svg.getDocumentElement().getTextContent()).contains("Cases  flagged");
    }
    assertThat(asEditor().get("/funnels/chart-nonchar").asString())
        .contains("Cases  flagged")
        .doesNotContain("\uFFFF", "\uFFFE", "\u0001");
    // the API keeps the label as given
    asEditor()
        .get("/api/funnels/chart-nonchar")
        .then()
        .body("stages[0].label", is("Cases \uFFFF flagged \uFFFE\u0001"));
  }

  /** The text of lines {@code from} (inclusive) to {@code to}, as one line. */
  private static String joined(NodeList texts, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append(' ').append(texts.item(i).getTextContent());
    }
    return sb.toString().replaceAll("\\s+", " ").strip();
  }

  private static double barWidth(org.w3c.dom.Node group) {
    Element rect = (Element) ((Element) group).getElementsByTagNameNS("*", "rect").item(0);
    return Double.parseDouble(rect.getAttribute("width"));
  }

  @Test
  void anApproximateCountIsDrawnAsGivenNotAsTheServicesReadingOfIt() throws Exception {
    Map<String, Object> doc = TestDocuments.valid("chart-about");
    TestDocuments.part(doc, "figures", 0).put("approximate", true);
    TestDocuments.ensureImported(doc);
    Document svg = parse(asEditor().get("/api/funnels/chart-about/chart.svg").asString());
    String desc = svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
    assertThat(desc).contains(": about 500 (reported)").doesNotContain("450–550");
    Element identified = (Element) svg.getElementsByTagNameNS("*", "g").item(0);
    assertThat(identified.getTextContent()).contains("about 500 · reported");
  }
}
