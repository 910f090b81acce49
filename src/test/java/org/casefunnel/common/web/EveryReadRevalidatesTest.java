package org.casefunnel.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;

/**
 * Every GET under /api, enumerated from {@code /q/openapi}, answers with an ETag and then 304 to
 * If-None-Match, as the spec promises, so dashboards can poll any of them cheaply.
 */
@QuarkusTest
class EveryReadRevalidatesTest {

  private static final String FUNNEL = "revalidate-all";

  @Test
  void everyReadAnswersWithAnETagAndThen304() {
    List<String> paths = concretePaths(FUNNEL);
    assertThat(paths).hasSizeGreaterThanOrEqualTo(24);
    for (String path : paths) {
      Response first = given().get(path);
      first.then().statusCode(200);
      String etag = first.header("ETag");
      assertThat(etag).as("ETag of " + path).isNotBlank();

      Response again = given().header("If-None-Match", etag).get(path);
      assertThat(again.statusCode()).as("revalidation of " + path).isEqualTo(304);
      assertThat(again.body().asByteArray()).as("304 of " + path + " has no body").isEmpty();
      assertThat(again.header("ETag")).as("304 of " + path + " names its tag").isEqualTo(etag);
    }
  }

  /**
   * Every GET under /api of the served spec, with its parameters filled for the funnel {@code
   * funnel} (imported here if missing) and the query it needs.
   */
  static List<String> concretePaths(String funnel) {
    TestDocuments.ensureImported(TestDocuments.valid(funnel));
    String api = "/api/funnels/" + funnel;
    String figure =
        given().get(api + "/stages/in_scope").then().extract().path("figure.id").toString();
    String statement = given().get(api + "/statements").then().extract().path("[0].id").toString();
    String source = given().get(api + "/sources").then().extract().path("[0].id").toString();
    List<String> out = new ArrayList<>();
    for (String template : readPaths()) {
      String path =
          template
              .replace("/api/figures/{id}", "/api/figures/" + figure)
              .replace("/api/statements/{id}", "/api/statements/" + statement)
              .replace("/api/sources/{id}", "/api/sources/" + source)
              .replace("/api/funnels/{id}", api)
              .replace("{funnelId}", funnel)
              .replace("/statements/{key}", "/statements/st1")
              .replace("/sources/{key}", "/sources/s1")
              .replace("{key}", "reviewed")
              .replace("{programme}", "National test programme");
      assertThat(path).as("every parameter of " + template + " filled").doesNotContain("{");
      String query =
          path.equals("/api/statistics/compare")
              ? "?funnels=" + funnel + ",met-group-cse-review"
              : "";
      out.add(path + query);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<String> readPaths() {
    Map<String, Map<String, Object>> paths =
        given().queryParam("format", "json").get("/q/openapi").then().extract().path("paths");
    List<String> out = new ArrayList<>();
    paths.forEach(
        (path, item) -> {
          if (path.startsWith("/api/") && item.containsKey("get")) {
            out.add(path);
          }
        });
    return out;
  }
}
