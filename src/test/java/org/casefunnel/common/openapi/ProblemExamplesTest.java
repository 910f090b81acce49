package org.casefunnel.common.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.casefunnel.TestDocuments;
import org.casefunnel.common.problem.ProblemType;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every error response of every operation in the served spec carries an example problem of its own
 * status, and the examples are what the service answers: Swagger UI shows them as they are.
 */
@QuarkusTest
class ProblemExamplesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FUNNEL = "/api/funnels/" + ProblemExamples.SEED;
  private static JsonNode spec;

  private record Found(String where, String method, String code, JsonNode example) {}

  /** The served spec, read once the application is up (a static @BeforeAll runs before). */
  @BeforeEach
  void readSpec() throws IOException {
    if (spec == null) {
      spec = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
    }
  }

  @Test
  void everyErrorResponseHasAnExampleOfItsOwnStatusAndType() {
    List<String> missing = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    List<Found> found = errorExamples(missing);
    for (Found f : found) {
      JsonNode e = f.example();
      ProblemType type = typeOf(e.path("type").asText());
      if (e.path("status").asInt() != Integer.parseInt(f.code())) {
        wrong.add(f.where() + ": status " + e.path("status"));
      }
      if (type == null || type.status() != Integer.parseInt(f.code())) {
        wrong.add(f.where() + ": type " + e.path("type"));
      } else if (!type.title().equals(e.path("title").asText())) {
        wrong.add(f.where() + ": title " + e.path("title"));
      }
      if (e.path("detail").asText().isBlank() || !e.path("instance").asText().startsWith("/api")) {
        wrong.add(f.where() + ": detail or instance");
      }
    }
    assertThat(missing).isEmpty();
    assertThat(wrong).isEmpty();
    // 60 operations with at least ten error statuses each
    assertThat(found).hasSizeGreaterThan(600);
  }

  @Test
  void theNotFoundExampleOfEveryReadIsWhatTheServiceAnswers() {
    int checked = 0;
    List<String> differ = new ArrayList<>();
    for (Found f : errorExamples(new ArrayList<>())) {
      if (f.method().equals("get") && f.code().equals("404")) {
        try {
          assertSameProblem(f, given().get(f.example().path("instance").asText()));
        } catch (AssertionError e) {
          differ.add(e.getMessage());
        }
        checked++;
      }
    }
    assertThat(differ).isEmpty();
    assertThat(checked).isGreaterThanOrEqualTo(20);
  }

  @Test
  void theSharedExamplesAreWhatTheServiceAnswers() {
    // how to provoke each example at its own instance path
    Map<String, Function<String, Response>> requests =
        Map.of(
            "invalidParameter",
            path -> given().queryParam("size", 500).get(path),
            "malformedRequest",
            path ->
                TestAuth.asEditor()
                    .contentType(ContentType.JSON)
                    .body(
                        "{\"stage\":\"reviewed\",\"count\":1.5,\"status\":\"provisional\","
                            + "\"wording\":\"x\",\"statementIds\":[\"st-review\"]}")
                    .post(path),
            "unauthorized",
            path -> TestAuth.anonymous().contentType(ContentType.JSON).body("{}").post(path),
            "forbidden",
            path -> TestAuth.asReader().contentType(ContentType.JSON).body("{}").post(path),
            "methodNotAllowed",
            path -> TestAuth.asEditor().delete(path),
            "notAcceptable",
            path -> given().accept("image/png").get(path),
            "preconditionFailed",
            path -> TestAuth.asEditor().header("If-Match", "\"not-current\"").delete(path),
            "preconditionRequired",
            path -> TestAuth.asEditor().delete(path),
            "validationFailed",
            path ->
                TestAuth.asEditor().contentType(ContentType.JSON).body(lowAboveHigh()).post(path));
    Map<String, Function<String, Response>> more =
        Map.of(
            "unsupportedMediaType",
            path -> TestAuth.asEditor().contentType(ContentType.TEXT).body("x").put(path));
    List<String> provoked = new ArrayList<>();
    for (Map.Entry<String, JsonNode> response : fields(spec.path("components").path("responses"))) {
      JsonNode examples =
          response.getValue().path("content").path("application/problem+json").path("examples");
      for (Map.Entry<String, JsonNode> x : fields(examples)) {
        Function<String, Response> request =
            requests.containsKey(x.getKey()) ? requests.get(x.getKey()) : more.get(x.getKey());
        if (request != null) {
          JsonNode example = x.getValue().path("value");
          Found f = new Found(response.getKey() + " " + x.getKey(), "", "", example);
          assertSameProblem(f, request.apply(example.path("instance").asText()));
          provoked.add(x.getKey());
        }
      }
    }
    assertThat(provoked).hasSize(requests.size() + more.size());
  }

  /** The test document with one figure given as a range whose low is above its high. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> lowAboveHigh() {
    Map<String, Object> doc = TestDocuments.valid("examples-low-above-high");
    Map<String, Object> figure = ((List<Map<String, Object>>) doc.get("figures")).get(2);
    figure.remove("count");
    figure.put("low", 3001);
    figure.put("high", 3000);
    return doc;
  }

  private static void assertSameProblem(Found f, Response actual) {
    JsonNode answered = readTree(actual.asString());
    for (String member : List.of("type", "title", "status", "detail", "instance", "errors")) {
      assertThat(answered.path(member))
          .as(f.where() + " " + member + " (answered " + answered + ")")
          .isEqualTo(f.example().path(member));
    }
    assertThat(actual.statusCode()).as(f.where()).isEqualTo(f.example().path("status").asInt());
  }

  /** The example problems of every 4xx and 5xx response, $refs resolved; gaps go to missing. */
  private static List<Found> errorExamples(List<String> missing) {
    List<Found> found = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : fields(spec.path("paths"))) {
      for (Map.Entry<String, JsonNode> op : fields(path.getValue())) {
        for (Map.Entry<String, JsonNode> r : fields(op.getValue().path("responses"))) {
          String code = r.getKey();
          if (!code.startsWith("4") && !code.startsWith("5")) {
            continue;
          }
          String where = op.getKey().toUpperCase() + " " + path.getKey() + " " + code;
          JsonNode content = resolve(r.getValue()).path("content");
          if (content.isEmpty()) {
            missing.add(where + ": no body");
          }
          for (Map.Entry<String, JsonNode> media : fields(content)) {
            List<JsonNode> examples = new ArrayList<>();
            if (media.getValue().has("example")) {
              examples.add(media.getValue().get("example"));
            }
            fields(media.getValue().path("examples"))
                .forEach(x -> examples.add(x.getValue().path("value")));
            if (examples.isEmpty()) {
              missing.add(where + " " + media.getKey());
            }
            examples.forEach(x -> found.add(new Found(where, op.getKey(), code, x)));
          }
        }
      }
    }
    return found;
  }

  private static JsonNode resolve(JsonNode response) {
    String ref = response.path("$ref").asText();
    if (ref.isEmpty()) {
      return response;
    }
    return spec.path("components")
        .path("responses")
        .path(ref.substring("#/components/responses/".length()));
  }

  private static ProblemType typeOf(String uri) {
    for (ProblemType t : ProblemType.values()) {
      if (t.uri().equals(uri)) {
        return t;
      }
    }
    return null;
  }

  private static JsonNode readTree(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
    node.fields().forEachRemaining(list::add);
    return list;
  }
}
