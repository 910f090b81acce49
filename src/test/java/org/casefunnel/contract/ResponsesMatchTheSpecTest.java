package org.casefunnel.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casefunnel.common.problem.ProblemType;
import org.junit.jupiter.api.Test;

/**
 * What the committed spec promises generated clients (required members, nullable ones, enums, typed
 * history and PROV) is what the service sends: every JSON read of the seed funnel is validated
 * against its 200 schema (JSON Schema 2020-12, the dialect of OpenAPI 3.1).
 */
@QuarkusTest
class ResponsesMatchTheSpecTest {

  private static final String SEED = "met-group-cse-review";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads that need more than the seed: two funnels, a programme. */
  private static final Set<String> NEEDS_MORE =
      Set.of("/api/statistics/compare", "/api/programmes/{programme}/statistics");

  @Test
  void everyJsonReadOfTheSeedIsAnInstanceOfItsSchema() throws IOException {
    JsonNode spec = JSON.readTree(Path.of("openapi", "openapi.json").toFile());
    JsonNode funnel = read("/api/funnels/" + SEED);
    JsonNode stage = funnel.path("stages").get(1);
    JsonNode statement = read("/api/funnels/" + SEED + "/statements").get(0);
    JsonNode source = read("/api/funnels/" + SEED + "/sources").get(0);
    Map<String, String> keys =
        Map.of(
            "/api/funnels/{funnelId}/stages/{key}", stage.path("key").asText(),
            "/api/funnels/{funnelId}/statements/{key}", statement.path("key").asText(),
            "/api/funnels/{funnelId}/sources/{key}", source.path("key").asText(),
            "/api/figures/{id}", stage.path("figure").path("id").asText(),
            "/api/statements/{id}", statement.path("id").asText(),
            "/api/sources/{id}", source.path("id").asText());
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      JsonNode schema =
          path.getValue()
              .path("get")
              .path("responses")
              .path("200")
              .path("content")
              .path("application/json")
              .path("schema");
      if (!path.getKey().startsWith("/api") || schema.isMissingNode()) {
        continue;
      }
      if (NEEDS_MORE.contains(path.getKey())) {
        continue;
      }
      String url = path.getKey().replace("{funnelId}", SEED);
      for (Map.Entry<String, String> key : keys.entrySet()) {
        if (path.getKey().startsWith(key.getKey())) {
          url = url.replace("{key}", key.getValue()).replace("{id}", key.getValue());
        }
      }
      JsonNode body = read(url);
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(rooted(spec, schema))
          .validate(body)
          .forEach(m -> problems.add(path.getKey() + ": " + m.getMessage()));
      checked++;
    }
    assertThat(problems).isEmpty();
    assertThat(checked).isGreaterThanOrEqualTo(20);
  }

  @Test
  void problemTypesAreTheDocumentedUrnsAndResponseMembersAreRequired() throws IOException {
    JsonNode schemas = schemas();
    List<String> documented = new ArrayList<>();
    schemas
        .path("Problem")
        .path("properties")
        .path("type")
        .path("enum")
        .forEach(v -> documented.add(v.asText()));
    assertThat(documented)
        .containsExactlyInAnyOrderElementsOf(
            java.util.Arrays.stream(ProblemType.values()).map(ProblemType::uri).toList());
    assertThat(schemas.path("Figure").path("required").toString())
        .contains("\"id\"", "\"stage\"", "\"recordedAt\"", "\"statementIds\"")
        .doesNotContain("\"count\"", "\"supersededAt\"");
    assertThat(schemas.path("FigureRevision").path("properties").path("state").toString())
        .contains("FigureState");
  }

  @Test
  void everyMemberOfAHistoryStateIsDeclaredSoGeneratedClientsKeepIt() throws IOException {
    JsonNode schemas = schemas();
    JsonNode funnel = read("/api/funnels/" + SEED);
    JsonNode statement = read("/api/funnels/" + SEED + "/statements").get(0);
    JsonNode source = read("/api/funnels/" + SEED + "/sources").get(0);
    Map<String, String> histories =
        Map.of(
            "FunnelState", "/api/funnels/" + SEED + "/history",
            "FigureState",
                "/api/figures/"
                    + funnel.path("stages").get(1).path("figure").path("id").asText()
                    + "/history",
            "StatementState", "/api/statements/" + statement.path("id").asText() + "/history",
            "SourceState", "/api/sources/" + source.path("id").asText() + "/history");
    List<String> undeclared = new ArrayList<>();
    histories.forEach(
        (schema, url) -> {
          try {
            for (JsonNode revision : read(url)) {
              JsonNode state = revision.path("state");
              if (state.isObject() && revision.path("kind").asText(schema).equals(schema)) {
                state
                    .fieldNames()
                    .forEachRemaining(
                        name -> {
                          if (!schemas.path(schema).path("properties").has(name)) {
                            undeclared.add(schema + "." + name);
                          }
                        });
              }
            }
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
    // a rank and its reason are a figure's history too (who deprecated it, and why)
    assertThat(undeclared).isEmpty();
    assertThat(schemas.path("FigureState").path("properties").has("rank")).isTrue();
  }

  /** The committed spec's component schemas. */
  private static JsonNode schemas() throws IOException {
    return JSON.readTree(Path.of("openapi", "openapi.json").toFile())
        .path("components")
        .path("schemas");
  }

  private static JsonNode read(String url) throws IOException {
    return JSON.readTree(
        given().accept("application/json").get(url).then().statusCode(200).extract().asString());
  }

  /** The schema, resolved inside the whole spec so its $refs to components work. */
  private static JsonNode rooted(JsonNode spec, JsonNode schema) {
    ObjectNode root = JSON.createObjectNode();
    root.set("components", spec.get("components"));
    root.setAll((ObjectNode) schema.deepCopy());
    return root;
  }
}
