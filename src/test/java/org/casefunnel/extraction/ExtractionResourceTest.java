package org.casefunnel.extraction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExtractionResourceTest {

  @org.junit.jupiter.api.BeforeAll
  static void actAsEditor() {
    org.casefunnel.support.TestAuth.editorByDefault();
  }

  private static JsonPath seedExtraction() {
    int sourceId =
        given()
            .get("/api/funnels/met-group-cse-review/sources")
            .then()
            .statusCode(200)
            .extract()
            .path("[0].id");
    return given()
        .post("/api/sources/" + sourceId + "/extractions")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .extract()
        .jsonPath();
  }

  private static String sourceText() {
    int sourceId = given().get("/api/funnels/met-group-cse-review/sources").path("[0].id");
    return given().get("/api/sources/" + sourceId).path("text");
  }

  private static Map<String, Object> find(List<Map<String, Object>> found, String wording) {
    return found.stream()
        .filter(q -> wording.equals(q.get("wording")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not found: " + wording + " in " + found));
  }

  @Test
  void findsTheSeedArticlesFiguresWithExactOffsetsAndSpeakers() {
    JsonPath json = seedExtraction();
    String text = sourceText();
    List<Map<String, Object>> found = json.getList("quantities");
    assertThat(found).allSatisfy(q -> assertThat(q.get("suggestion")).isEqualTo(true));
    for (Map<String, Object> q : found) {
      @SuppressWarnings("unchecked")
      Map<String, Integer> position = (Map<String, Integer>) q.get("position");
      int from = text.offsetByCodePoints(0, position.get("start"));
      int to = text.offsetByCodePoints(0, position.get("end"));
      assertThat(text.substring(from, to)).isEqualTo(q.get("wording"));
    }
    assertThat(found.stream().map(q -> q.get("wording"))).contains("9,000", "2,200", "1,200");

    Map<String, Object> range = find(found, "maybe 2,000 or 3,000");
    assertThat(range)
        .extractingByKey("value")
        .asString()
        .contains("low=2000", "high=3000", "bound=range");
    assertThat(range).extractingByKey("speaker").asString().contains("Sir Mark Rowley");

    Map<String, Object> tens = find(found, "tens");
    assertThat(tens).extractingByKey("value").asString().contains("bound=vague");

    Map<String, Object> monthly = find(found, "around 2,000");
    assertThat(monthly)
        .extractingByKey("value")
        .asString()
        .contains("approximate=true", "period=month");
    assertThat(monthly).extractingByKey("noun").asString().contains("sexual offences");

    Map<String, Object> half = find(found, "half");
    assertThat(half).extractingByKey("value").asString().contains("shareLow=0.5", "shareHigh=0.5");

    Map<String, Object> reviewed = find(found, "2,200");
    assertThat(reviewed).extractingByKey("speaker").asString().contains("Sir Mark Rowley");
    assertThat(reviewed).extractingByKey("figure").asString().contains("count=2200");
  }

  @Test
  void extractsFromTextSentInTheRequestAndStoresNothing() {
    long before = given().get("/api/funnels").then().extract().jsonPath().getLong("total");
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "text",
                "The chief constable said between 900 and 1,400 cases a year were referred."))
        .post("/api/extractions")
        .then()
        .statusCode(200)
        .body("sourceId", equalTo(null))
        .body("quantities[0].value.low", equalTo(900))
        .body("quantities[0].value.high", equalTo(1400))
        .body("quantities[0].value.bound", equalTo("range"))
        .body("quantities[0].value.period", equalTo("year"))
        .body("quantities[0].figure.low", equalTo(900));
    assertThat(given().get("/api/funnels").then().extract().jsonPath().getLong("total"))
        .isEqualTo(before);
  }

  @Test
  void rejectsMissingTextAndUnknownSource() {
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/extractions")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors[0].pointer", equalTo("/text"));
    given()
        .post("/api/sources/987654/extractions")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
