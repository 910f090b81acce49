package org.casefunnel.common.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommittedSpecTest {

  @Test
  void committedSpecIsTheOneTheCodeProduces() throws IOException {
    // compared as trees: the generator may order an object's keys differently from run to run
    ObjectMapper json = new ObjectMapper();
    JsonNode served =
        json.readTree(
            given()
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    JsonNode committedJson = json.readTree(Files.readString(Path.of("openapi/openapi.json")));
    JsonNode committedYaml =
        new ObjectMapper(new YAMLFactory())
            .readTree(Files.readString(Path.of("openapi/openapi.yaml")));
    assertThat(served)
        .as("openapi/openapi.json is stale: run ./mvnw package and commit openapi/")
        .isEqualTo(committedJson);
    assertThat(committedYaml)
        .as("openapi/openapi.yaml is stale: run ./mvnw package and commit openapi/")
        .isEqualTo(committedJson);
  }

  @Test
  void everyApiOperationHasSummaryIdAndDocumentsProblemResponses() {
    Map<String, Map<String, Map<String, Object>>> paths =
        given()
            .get("/q/openapi?format=json")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("paths");
    assertThat(paths).isNotEmpty();
    paths.forEach(
        (path, ops) ->
            ops.forEach(
                (method, op) -> {
                  assertThat(op.get("summary")).as(method + " " + path + " summary").isNotNull();
                  assertThat(op.get("operationId"))
                      .as(method + " " + path + " operationId")
                      .isNotNull();
                  @SuppressWarnings("unchecked")
                  Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                  if (path.startsWith("/api")) {
                    assertThat(responses).as(method + " " + path).containsKeys("400", "500");
                  }
                  if (path.startsWith("/api") && method.equals("get")) {
                    // every read revalidates (HttpCaching): clients learn it from the spec
                    assertThat(responses).as(method + " " + path).containsKey("304");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> ok = (Map<String, Object>) responses.get("200");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> headers = (Map<String, Object>) ok.get("headers");
                    assertThat(headers)
                        .as(method + " " + path + " 200 headers")
                        .containsKeys("ETag", "Last-Modified", "Cache-Control", "Vary");
                  }
                }));
  }

  /**
   * JSON Schema's {@code pattern} is a search, Bean Validation's {@code @Pattern} a full match: a
   * client validating against the spec accepts what the service refuses unless each pattern is
   * anchored. The only unanchored ones ask for one visible character somewhere, a search by intent.
   */
  @Test
  void everyPatternInTheSpecMatchesTheWholeValueAsTheServiceDoes() throws IOException {
    JsonNode spec = new ObjectMapper().readTree(Files.readString(Path.of("openapi/openapi.json")));
    java.util.List<String> patterns = new java.util.ArrayList<>();
    spec.findValues("pattern").forEach(p -> patterns.add(p.asText()));
    assertThat(patterns).isNotEmpty();
    assertThat(patterns)
        .allSatisfy(
            p ->
                assertThat(p.equals("\\S") || (p.startsWith("^") && p.endsWith("$")))
                    .as("pattern %s is anchored", p)
                    .isTrue());
    // what the spec says of a key, with search semantics, is what the service enforces
    java.util.regex.Pattern key =
        java.util.regex.Pattern.compile(org.casefunnel.model.Keys.PATTERN);
    assertThat(key.matcher("a b").find()).isFalse();
    assertThat(key.matcher(".x").find()).isFalse();
    assertThat(key.matcher("st-1").find()).isTrue();
  }
}
