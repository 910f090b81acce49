package org.casefunnel.common.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casefunnel.common.web.FormatParameter;
import org.junit.jupiter.api.Test;

/**
 * {@code ?format=} is declared, with the formats the operation can answer in, on every operation
 * where it chooses between representations, and on no other, so generated clients can send it.
 */
@QuarkusTest
class FormatParameterInSpecTest {

  @Test
  void everyOperationThatAnswersInSeveralFormatsDeclaresFormatAndNoOtherDoes() throws Exception {
    JsonNode spec =
        new ObjectMapper()
            .readTree(
                given()
                    .queryParam("format", "json")
                    .get("/q/openapi")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
    List<String> declaring = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        String name = op.getKey().toUpperCase() + " " + path.getKey();
        List<String> formats = new ArrayList<>();
        op.getValue()
            .path("responses")
            .path("200")
            .path("content")
            .fieldNames()
            .forEachRemaining(
                type ->
                    FormatParameter.FORMATS.forEach(
                        (format, media) -> {
                          if (media.equals(type)) {
                            formats.add(format);
                          }
                        }));
        JsonNode declared = null;
        for (JsonNode p : op.getValue().path("parameters")) {
          JsonNode resolved = resolve(spec, p);
          if ("format".equals(resolved.path("name").asText())
              && "query".equals(resolved.path("in").asText())) {
            declared = resolved;
          }
        }
        if (formats.size() < 2) {
          assertThat(declared).as(name + " answers one format only").isNull();
          continue;
        }
        declaring.add(name);
        assertThat(declared).as(name + " declares format").isNotNull();
        List<String> values = new ArrayList<>();
        declared.path("schema").path("enum").forEach(v -> values.add(v.asText()));
        assertThat(values).as(name).containsExactlyInAnyOrderElementsOf(formats);
        assertThat(declared.path("required").asBoolean(false)).isFalse();
      }
    }
    assertThat(declaring)
        .contains(
            "GET /api/funnels/{funnelId}",
            "GET /api/funnels/{funnelId}/statistics",
            "GET /api/funnels/{funnelId}/series");
  }

  private static JsonNode resolve(JsonNode spec, JsonNode parameter) {
    String ref = parameter.path("$ref").asText("");
    if (!ref.startsWith("#/components/parameters/")) {
      return parameter;
    }
    return spec.path("components")
        .path("parameters")
        .path(ref.substring("#/components/parameters/".length()));
  }
}
