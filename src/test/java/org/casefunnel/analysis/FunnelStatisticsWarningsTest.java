package org.casefunnel.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.TestDocuments.part;
import static org.casefunnel.analysis.StatisticsDocuments.importDoc;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;

/**
 * The statistics endpoint's consistency warnings: a stage larger than its base (or than the nearest
 * stage above with a figure), or one that may be, is warned about and kept as given; a base under
 * 30, or one that may be under 30, is warned about as a small denominator.
 */
@QuarkusTest
class FunnelStatisticsWarningsTest {

  @Test
  void stageLargerThanItsBaseImportsAsGivenAndIsWarnedAbout() {
    Map<String, Object> doc = TestDocuments.valid("stats-exceeds");
    part(doc, "figures", 2).put("count", 130); // in scope 130 of 120 reviewed
    importDoc(doc);

    asEditor()
        .config(Json.DOUBLES)
        .get("/api/funnels/stats-exceeds/statistics")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("stages.find { it.key == 'in_scope' }.value.point", closeTo(130.0, 1e-9))
        // the true ratio, not capped at 100%, with a note pointing to the warning below
        .body("stages.find { it.key == 'in_scope' }.conversion.value", closeTo(130.0 / 120, 1e-12))
        .body("stages.find { it.key == 'in_scope' }.conversion.text", equalTo("108.33%"))
        .body("stages.find { it.key == 'in_scope' }.dropOff", nullValue())
        .body(
            "stages.find { it.key == 'in_scope' }.notes",
            hasItem(
                "The conversion is above 100%: the stage is larger than its base 'reviewed',"
                    + " which it should be a subset of (see the warning stage_exceeds_base); the"
                    + " ratio is given as it is, not capped."))
        .body("stages.find { it.key == 'in_scope' }.overallConversion.value", closeTo(0.26, 1e-9))
        .body(
            "warnings.findAll { it.code == 'stage_exceeds_base' }.stage",
            equalTo(List.of("in_scope")))
        .body(
            "warnings.find { it.code == 'stage_exceeds_base' }.message",
            equalTo(
                "'in_scope' (130) is larger than its base 'reviewed' (120), which it should be a"
                    + " subset of; the figures are kept as given."));
    // stored as given, not fixed
    asEditor()
        .get("/api/funnels/stats-exceeds")
        .then()
        .body("stages.find { it.key == 'in_scope' }.figure.count", equalTo(130));
  }

  @Test
  void stageWithinItsAboutBasesReadingIsWarnedOnlyThatItMayBeLarger() {
    Map<String, Object> doc = TestDocuments.valid("stats-about-base");
    part(doc, "figures", 1).put("approximate", true); // "about 120" reads 115 to 125
    part(doc, "figures", 2).put("count", 121);
    importDoc(doc);

    asEditor()
        .config(Json.DOUBLES)
        .get("/api/funnels/stats-about-base/statistics")
        .then()
        .statusCode(200)
        .body("stages.find { it.key == 'in_scope' }.conversion.low", closeTo(121.0 / 125, 1e-12))
        // within its base the stage is at most all of it; 121/120 is no possible point value
        .body("stages.find { it.key == 'in_scope' }.conversion.high", closeTo(1.0, 1e-12))
        .body("stages.find { it.key == 'in_scope' }.conversion.value", nullValue())
        .body("stages.find { it.key == 'in_scope' }.dropOff.high", closeTo(4.0, 1e-9))
        .body(
            "warnings.findAll { it.code == 'stage_exceeds_base' }.message",
            equalTo(
                List.of(
                    "'in_scope' (121) may be larger than its base 'reviewed' (about 120, read as"
                        + " 115 to 125): as read, their ranges overlap, so it is larger for some"
                        + " of the values they allow and not for others; the figures are kept as"
                        + " given.")))
        .body(
            "stages.find { it.key == 'in_scope' }.notes",
            not(
                hasItem(
                    "The conversion is above 100%: the stage is larger than its base 'reviewed',"
                        + " which it should be a subset of (see the warning stage_exceeds_base);"
                        + " the ratio is given as it is, not capped.")));
  }

  @Test
  void aboutThirtyAsABaseMayBeUnderThirty() {
    Map<String, Object> doc = TestDocuments.valid("stats-about-thirty");
    part(doc, "figures", 1).put("count", 30);
    part(doc, "figures", 1).put("approximate", true); // "about 30" reads 25 to 35
    part(doc, "figures", 2).put("count", 10);
    importDoc(doc);

    asEditor()
        .get("/api/funnels/stats-about-thirty/statistics")
        .then()
        .statusCode(200)
        .body(
            "warnings.findAll { it.code == 'small_denominator' }.message",
            equalTo(
                List.of(
                    "The conversion of 'in_scope' rests on a base of about 30, read as 25 to 35,"
                        + " which may be under 30: the proportion can move a lot with one"
                        + " case.")));
  }

  @Test
  void stageLargerThanTheNearestStageAboveWithAFigureIsWarnedAbout() {
    Map<String, Object> doc = TestDocuments.valid("stats-exceeds-gap");
    @SuppressWarnings("unchecked")
    List<Object> figures = (List<Object>) doc.get("figures");
    figures.remove(1); // 'reviewed' has no figure
    part(doc, "figures", 1).put("count", 600); // in scope 600 of the 500 identified
    importDoc(doc);

    asEditor()
        .get("/api/funnels/stats-exceeds-gap/statistics")
        .then()
        .statusCode(200)
        .body(
            "warnings.find { it.code == 'stage_exceeds_base' }.message",
            equalTo(
                "'in_scope' (600) is larger than 'identified' (500), which it should be a subset"
                    + " of (its base 'reviewed' has no figure); the figures are kept as given."));
  }

  @Test
  void smallDenominatorIsWarnedAbout() {
    Map<String, Object> doc = TestDocuments.valid("stats-small");
    part(doc, "figures", 1).put("count", 20);
    part(doc, "figures", 2).put("count", 8);
    importDoc(doc);

    asEditor()
        .get("/api/funnels/stats-small/statistics")
        .then()
        .statusCode(200)
        .body(
            "warnings.findAll { it.code == 'small_denominator' }.stage",
            equalTo(List.of("in_scope")));
    assertThat(
            asEditor()
                .get("/api/funnels/stats-small/statistics")
                .jsonPath()
                .getString("warnings.find { it.code == 'small_denominator' }.message"))
        .contains("under 30");
  }

  @Test
  void baseThatMayBeSmallIsWarnedAboutThoughItsMidpointIsNot() {
    Map<String, Object> doc = TestDocuments.valid("stats-small-range");
    Map<String, Object> reviewed = part(doc, "figures", 1);
    reviewed.remove("count");
    reviewed.put("low", 5);
    reviewed.put("high", 95); // midpoint 50, lower bound 5
    reviewed.put("wording", "between 5 and 95 were reviewed");
    part(doc, "figures", 2).put("count", 4);
    importDoc(doc);

    asEditor()
        .get("/api/funnels/stats-small-range/statistics")
        .then()
        .statusCode(200)
        .body(
            "warnings.findAll { it.code == 'small_denominator' }.stage",
            equalTo(List.of("in_scope")));
  }
}
