package org.casefunnel.model;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * Forty identical writes at once, for every write operation the API lists: exactly the documented
 * outcome (a conditional write or a create has one winner, the rest 412 or 409; appends all
 * succeed, in turn), never a 5xx, every refusal a problem, and one audited change per winner. Runs
 * on H2 and on PostgreSQL (CI runs the suite on both).
 */
@QuarkusTest
class ConcurrentWritesTest {

  private static final int N = 40;
  private static final String PROBLEM = "application/problem+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestHTTPResource("/")
  URL base;

  @Test
  void everyWriteOperationHasTheDocumentedOutcomeUnderFortyConcurrentRequests() throws Exception {
    List<String> ops = WriteOperations.writes();
    for (int i = 0; i < ops.size(); i++) {
      WriteRecipes.Fixture f = WriteRecipes.fixture("race-" + i);
      WriteRecipes.Recipe r = f.recipe(ops.get(i));
      if (r.kind() == WriteRecipes.Kind.NONE) {
        continue;
      }
      String ifMatch = r.kind() == WriteRecipes.Kind.CONDITIONAL ? TestAuth.etag(tagPath(r)) : null;
      int historyBefore = revisions(r);
      String body = r.body() == null ? null : JSON.writeValueAsString(r.body());

      List<HttpResponse<String>> answers =
          Burst.send(base, N, n -> new Burst.Request(r.method(), r.path(), body, ifMatch, null));

      Map<Integer, Long> statuses = tally(answers);
      String what = r.operationId() + " " + statuses;
      assertThat(answers).as(what).allSatisfy(a -> assertThat(a.statusCode()).isLessThan(500));
      answers.stream()
          .filter(a -> a.statusCode() >= 400)
          .forEach(
              a -> assertThat(a.headers().firstValue("Content-Type")).as(what).hasValue(PROBLEM));
      switch (r.kind()) {
        case CONDITIONAL -> {
          assertThat(statuses).as(what).containsOnlyKeys(r.status(), 412);
          assertThat(statuses.get(r.status())).as(what).isEqualTo(1);
          if (r.status() == 200) {
            assertThat(revisions(r)).as(what + ": one audited change").isEqualTo(historyBefore + 1);
          }
        }
        case CREATE -> {
          assertThat(statuses).as(what).containsOnlyKeys(r.status(), 409);
          assertThat(statuses.get(r.status())).as(what).isEqualTo(1);
        }
        case APPEND -> {
          assertThat(statuses).as(what).containsOnlyKeys(r.status());
          List<Integer> sequences =
              given().get(r.path()).then().statusCode(200).extract().path("sequence");
          assertThat(sequences)
              .as(what + ": every append supersedes the one before, none lost")
              .hasSize(1 + N)
              .doesNotHaveDuplicates();
        }
        default -> throw new IllegalStateException();
      }
    }
  }

  @Test
  void concurrentImportsWithOneIdempotencyKeyStoreOneFunnel() throws Exception {
    WriteRecipes.Fixture f = WriteRecipes.fixture("race-idem");
    WriteRecipes.Recipe r = f.recipe("importFunnelDocument");
    String body = JSON.writeValueAsString(r.body());

    List<HttpResponse<String>> answers =
        Burst.send(base, N, n -> new Burst.Request("POST", r.path(), body, null, "race-idem-key"));

    Map<Integer, Long> statuses = tally(answers);
    // 409 while the first import runs, 201 (the first, or its replay) once it is done
    assertThat(statuses.keySet()).as(statuses.toString()).isSubsetOf(201, 409).contains(201);
    assertThat(answers)
        .filteredOn(a -> a.statusCode() == 201)
        .extracting(a -> a.headers().firstValue("Location").orElseThrow())
        .as("every 201 is the one import, replayed")
        .containsOnly(
            answers.stream()
                .filter(a -> a.statusCode() == 201)
                .findFirst()
                .orElseThrow()
                .headers()
                .firstValue("Location")
                .orElseThrow());
    List<Map<String, Object>> history =
        given()
            .get("/api/funnels/race-idem-doc/history")
            .then()
            .statusCode(200)
            .extract()
            .path("$");
    assertThat(history).as("one creation in the audit history").hasSize(1);
  }

  private static Map<Integer, Long> tally(List<HttpResponse<String>> answers) {
    return answers.stream()
        .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
  }

  /**
   * Where a conditional write's If-Match tag is read: the resource it changes, or for a conditional
   * POST (a document patch, which changes the funnel) the funnel.
   */
  private static String tagPath(WriteRecipes.Recipe r) {
    return r.method().equals("POST")
        ? r.path().replaceFirst("^(/api/funnels/[^/]+)/.*$", "$1")
        : r.path();
  }

  /** Revisions in the audit history of what a conditional update changes; 0 for the rest. */
  private static int revisions(WriteRecipes.Recipe r) {
    if (r.kind() != WriteRecipes.Kind.CONDITIONAL || r.method().equals("DELETE")) {
      return 0;
    }
    Function<String, Integer> count =
        p -> given().get(p).then().statusCode(200).extract().path("size()");
    if (r.method().equals("POST")) {
      // a document patch changes the funnel: one revision of it
      return count.apply(tagPath(r) + "/history");
    }
    // a statement or source addressed by key keeps its history under its numeric id
    java.util.regex.Matcher keyed =
        java.util.regex.Pattern.compile("/api/funnels/[^/]+/(statements|sources)/[^/]+")
            .matcher(r.path());
    if (keyed.matches()) {
      Object id = given().get(r.path()).then().statusCode(200).extract().path("id");
      return count.apply("/api/" + keyed.group(1) + "/" + id + "/history");
    }
    // a figure's rank is part of the figure, whose history records the change
    String path = r.path().endsWith("/rank") ? r.path().replaceFirst("/rank$", "") : r.path();
    return count.apply(path + "/history");
  }
}
