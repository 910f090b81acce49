package org.casefunnel.common.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every example in the committed spec (openapi/openapi.json) is an instance of the schema beside
 * it, checked with a JSON Schema 2020-12 validator (the dialect of OpenAPI 3.1), and every request
 * body and main response has one.
 */
class SpecExamplesTest {

  /** Responses that need more than the one seed funnel to show (two funnels, a programme). */
  private static final Set<String> WITHOUT_EXAMPLE =
      Set.of(
          "GET /api/statistics/compare",
          "GET /api/programmes/{programme}/statistics",
          "GET /api/funnels/{funnelId}/prov");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonNode spec;

  @BeforeAll
  static void readSpec() throws IOException {
    spec = JSON.readTree(Path.of("openapi", "openapi.json").toFile());
  }

  @Test
  void everyExampleIsValidAgainstItsSchema() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Example e : examples()) {
      Set<ValidationMessage> errors = validator(e.schema()).validate(e.example());
      errors.forEach(m -> problems.add(e.where() + ": " + m.getMessage()));
      checked++;
    }
    assertThat(problems).isEmpty();
    assertThat(checked).isGreaterThanOrEqualTo(40);
  }

  @Test
  void everyRequestBodyAndMainResponseHasAnExample() {
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : fields(spec.path("paths"))) {
      for (Map.Entry<String, JsonNode> op : fields(path.getValue())) {
        String name = op.getKey().toUpperCase() + " " + path.getKey();
        JsonNode body = op.getValue().path("requestBody").path("content").path("application/json");
        if (!body.isMissingNode() && !body.has("example")) {
          missing.add(name + " request body");
        }
        for (Map.Entry<String, JsonNode> r : fields(op.getValue().path("responses"))) {
          JsonNode json = r.getValue().path("content").path("application/json");
          if (r.getKey().startsWith("2")
              && !json.isMissingNode()
              && !json.has("example")
              && !WITHOUT_EXAMPLE.contains(name)) {
            missing.add(name + " " + r.getKey());
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void validatorRejectsAnExampleThatBreaksItsSchema() {
    ObjectNode figure = (ObjectNode) example("Figure");
    figure.put("count", "twelve hundred");
    figure.remove("stage");

    assertThat(validator(ref("Figure")).validate(figure)).isNotEmpty();
  }

  private static JsonNode example(String name) {
    return JSON.valueToTree(SpecExamples.load(name));
  }

  private record Example(String where, JsonNode schema, JsonNode example) {}

  /** Media-type examples (single and named) of request bodies, responses and shared responses. */
  private static List<Example> examples() {
    List<Example> found = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : fields(spec.path("paths"))) {
      for (Map.Entry<String, JsonNode> op : fields(path.getValue())) {
        String name = op.getKey().toUpperCase() + " " + path.getKey();
        mediaExamples(name + " request", op.getValue().path("requestBody").path("content"), found);
        for (Map.Entry<String, JsonNode> r : fields(op.getValue().path("responses"))) {
          mediaExamples(name + " " + r.getKey(), r.getValue().path("content"), found);
        }
      }
    }
    for (Map.Entry<String, JsonNode> r : fields(spec.path("components").path("responses"))) {
      mediaExamples("components/responses/" + r.getKey(), r.getValue().path("content"), found);
    }
    return found;
  }

  private static void mediaExamples(String where, JsonNode content, List<Example> found) {
    for (Map.Entry<String, JsonNode> media : fields(content)) {
      JsonNode schema = media.getValue().get("schema");
      JsonNode example = media.getValue().get("example");
      if (example != null) {
        found.add(new Example(where + " " + media.getKey(), schema, example));
      }
      // named examples: the problems of error responses
      for (Map.Entry<String, JsonNode> named : fields(media.getValue().path("examples"))) {
        found.add(
            new Example(
                where + " " + media.getKey() + " " + named.getKey(),
                schema,
                named.getValue().path("value")));
      }
    }
  }

  private static JsonNode ref(String schemaName) {
    return JSON.createObjectNode().put("$ref", "#/components/schemas/" + schemaName);
  }

  /** The schema, resolved inside the whole spec so its $refs to components work. */
  private static JsonSchema validator(JsonNode schema) {
    ObjectNode root = spec.deepCopy();
    root.removeAll();
    root.set("components", spec.get("components"));
    root.setAll((ObjectNode) schema.deepCopy());
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
  }

  private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
    node.fields().forEachRemaining(list::add);
    return list;
  }
}
