package org.casefunnel.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.RawHttp;
import org.casefunnel.support.ServiceProcess;
import org.casefunnel.support.TestAuth;
import org.casefunnel.support.TestDatabases;

/**
 * Spec-driven fuzzing of the packaged service (issue 15, item 8): a seeded, bounded stream of
 * hostile requests over every operation the served {@code /q/openapi} lists. Every answer must be
 * in the spec: never a 5xx, a status the operation documents, every error an {@code
 * application/problem+json} document valid against the {@code Problem} schema, and every 2xx body
 * valid against its response schema. A failure shrinks to the plainest request that still fails and
 * prints the seed to replay it with {@code @Property(seed = ...)}.
 *
 * <p>Runs against the jar (as in production, with its own main class) on a new database of the kind
 * the build targets, so {@code .ci/run} covers H2 and PostgreSQL.
 */
class SpecFuzzIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PROBLEM = "application/problem+json";
  private static final String EDITOR =
      "Authorization: Basic "
          + Base64.getEncoder()
              .encodeToString(
                  (TestAuth.EDITOR + ":" + TestAuth.EDITOR_PASSWORD)
                      .getBytes(StandardCharsets.UTF_8));

  private static ServiceProcess service;
  private static LiveSpec spec;
  private static HostileRequests requests;
  private static final Map<String, AtomicInteger> SENT = new ConcurrentHashMap<>();
  private static final boolean SURVEY = "true".equals(System.getenv("FUZZ_SURVEY"));
  private static final Map<String, String> FINDINGS = new ConcurrentHashMap<>();

  @BeforeContainer
  static void startService() throws Exception {
    service =
        new ServiceProcess(TestDatabases.newServiceDatabase("fuzz"), TestAuth.PACKAGED_EDITOR)
            .start(Duration.ofSeconds(240));
    RestAssured.port = service.port();
    for (int i = 0; i < 3; i++) {
      given()
          .baseUri(service.baseUri())
          .auth()
          .preemptive()
          .basic(TestAuth.EDITOR, TestAuth.EDITOR_PASSWORD)
          .contentType(ContentType.JSON)
          .body(TestDocuments.valid("fuzz-" + i))
          .post("/api/funnel-documents")
          .then()
          .statusCode(201);
    }
    spec = LiveSpec.read(service.baseUri());
    requests = new HostileRequests(realValues());
  }

  @AfterContainer
  static void stopService() throws Exception {
    if (service != null) {
      service.close();
    }
    FINDINGS.values().stream().sorted().forEach(f -> System.out.println("FINDING " + f));
    if (spec != null && SENT.values().stream().mapToInt(AtomicInteger::get).sum() >= 1000) {
      // every operation was reached (checked when the property ran its course)
      assertThat(spec.operations())
          .allSatisfy(op -> assertThat(SENT).as("requests sent to " + op).containsKey(op.id()));
    }
  }

  @Provide
  Arbitrary<FuzzRequest> requests() {
    return Arbitraries.of(spec.operations()).flatMap(requests::forOperation);
  }

  @Property(tries = 2000, seed = "20260715", shrinking = ShrinkingMode.BOUNDED)
  void everyAnswerIsOneTheSpecDocuments(@ForAll("requests") FuzzRequest request) throws Exception {
    SENT.computeIfAbsent(request.operation().id(), k -> new AtomicInteger()).incrementAndGet();
    List<String> headers = new ArrayList<>(request.headers());
    boolean anonymous = headers.remove("Authorization: none");
    FuzzRequest sent =
        new FuzzRequest(request.operation(), request.target(), headers, request.body());
    RawHttp.Answer answer =
        RawHttp.send(sent.head(anonymous ? List.of() : List.of(EDITOR)), sent.body());
    check(request, answer);
  }

  private static void check(FuzzRequest request, RawHttp.Answer answer) throws Exception {
    int status = answer.status();
    LiveSpec.Operation op = request.operation();
    String what =
        request
            + "\n  answered "
            + status
            + " "
            + answer.headers()
            + " "
            + abbreviate(answer.body());
    assertThat(status).as("no server error: " + what).isLessThan(500);
    assertThat(op.answers(status)).as("status documented: " + what).isTrue();
    String type = answer.header("Content-Type");
    if (status >= 400) {
      assertThat(type).as("a problem: " + what).startsWith(PROBLEM);
      JsonNode body = JSON.readTree(answer.body());
      assertThat(spec.validate("Problem", body)).as("a valid Problem: " + what).isEmpty();
      assertThat(body.path("status").asInt()).as("status field: " + what).isEqualTo(status);
      return;
    }
    if (status == 204 || status == 304) {
      assertThat(answer.body()).as("no body: " + what).isEmpty();
      return;
    }
    assertThat(type).as("a content type: " + what).isNotNull();
    String media = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
    JsonNode content = op.content(status, media);
    assertThat(content.isMissingNode()).as("media type documented: " + what).isFalse();
    if (media.endsWith("json") && content.has("schema")) {
      JsonNode body = JSON.readTree(answer.body());
      assertThat(spec.validate(content.get("schema"), body))
          .as("body valid against its schema: " + what)
          .isEmpty();
    }
  }

  /** Identifiers and keys the service holds, by the path parameter names that take them. */
  private static Map<String, List<String>> realValues() {
    Set<String> funnels = new LinkedHashSet<>(List.of("met-group-cse-review"));
    for (int i = 0; i < 3; i++) {
      funnels.add("fuzz-" + i);
    }
    Set<String> keys = new LinkedHashSet<>();
    Set<String> ids = new LinkedHashSet<>();
    Set<String> programmes = new LinkedHashSet<>(List.of("National test programme"));
    for (String f : funnels) {
      for (String part : List.of("/stages", "/statements", "/sources", "")) {
        JsonNode node = read("/api/funnels/" + f + part);
        collect(node, keys, ids);
      }
    }
    Map<String, List<String>> pool = new LinkedHashMap<>();
    pool.put("funnelId", List.copyOf(funnels));
    pool.put("key", List.copyOf(keys));
    pool.put("id", List.copyOf(ids));
    pool.put("programme", programmes.stream().map(p -> p.replace(" ", "%20")).toList());
    return pool;
  }

  private static JsonNode read(String path) {
    try {
      return JSON.readTree(given().baseUri(service.baseUri()).get(path).asString());
    } catch (Exception e) {
      throw new IllegalStateException(path, e);
    }
  }

  private static void collect(JsonNode node, Set<String> keys, Set<String> ids) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              f -> {
                if (f.getKey().equals("key") && f.getValue().isTextual()) {
                  keys.add(f.getValue().asText());
                } else if (f.getKey().equals("id") && f.getValue().isValueNode()) {
                  ids.add(f.getValue().asText());
                }
                collect(f.getValue(), keys, ids);
              });
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, keys, ids));
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 500 ? s : s.substring(0, 500) + "…(" + s.length() + " chars)";
  }
}
