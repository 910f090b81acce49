package org.casefunnel.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * Every write of the API, enumerated from {@code /q/openapi}, judges a request in RFC 9110's order:
 * first whether its target exists (a 404 whatever the body says), then its preconditions (section
 * 13.2.1: they are evaluated before the request content is processed), and only then its body.
 */
@QuarkusTest
class WriteOrderTest {

  private static final String NOT_FOUND =
      "404 application/problem+json urn:case-funnel:problem:not-found";
  private static final String STALE =
      "412 application/problem+json urn:case-funnel:problem:precondition-failed";

  /** Breaks the required members of every body; an empty merge patch is a valid no-op. */
  private static final Map<String, Object> BROKEN = Map.of();

  private static final List<String> WITHOUT_TARGET =
      List.of("/api/funnels", "/api/funnel-documents", "/api/extractions");

  /** Status, media type and problem type of an answer, compared as one. */
  private static String answer(Response response) {
    return response.statusCode() + " " + response.contentType() + " " + response.path("type");
  }

  @Test
  void everyWriteToATargetThatDoesNotExistIsA404WhateverItsBody() {
    List<String> ops = WriteOperations.writes();
    int judged = 0;
    Map<String, String> answers = new TreeMap<>();
    for (int i = 0; i < ops.size(); i++) {
      WriteRecipes.Fixture f = WriteRecipes.fixture("wo-missing-" + i);
      WriteRecipes.Recipe r = f.recipe(ops.get(i));
      if (WITHOUT_TARGET.contains(r.path())) {
        continue;
      }
      judged++;
      String missing =
          r.path()
              .replace("/api/funnels/" + f.funnelId(), "/api/funnels/no-such-funnel")
              .replaceAll("^/api/(figures|statements|sources)/\\d+", "/api/$1/999999999");
      WriteRecipes.Recipe toMissing =
          new WriteRecipes.Recipe(
              r.operationId(),
              r.method(),
              missing,
              r.body() == null ? null : BROKEN,
              r.kind(),
              r.status());

      answers.put(r.operationId(), answer(WriteOperations.send(toMissing, null)));
    }
    assertThat(answers).allSatisfy((op, a) -> assertThat(a).as(op).isEqualTo(NOT_FOUND));
    assertThat(judged).as("every write below a funnel or a resource").isGreaterThanOrEqualTo(15);
  }

  @Test
  void everyWriteJudgesAStaleIfMatchBeforeItsBody() {
    List<String> ops = WriteOperations.writes();
    int judged = 0;
    Map<String, String> answers = new TreeMap<>();
    for (int i = 0; i < ops.size(); i++) {
      WriteRecipes.Fixture f = WriteRecipes.fixture("wo-stale-" + i);
      WriteRecipes.Recipe r = f.recipe(ops.get(i));
      String funnel = "/api/funnels/" + f.funnelId();
      boolean newFunnel = WITHOUT_TARGET.contains(r.path());
      if (r.kind() == WriteRecipes.Kind.NONE || newFunnel || r.body() == null) {
        continue;
      }
      judged++;
      String before = TestAuth.etag(funnel);
      WriteRecipes.Recipe broken =
          new WriteRecipes.Recipe(
              r.operationId(), r.method(), r.path(), BROKEN, r.kind(), r.status());

      answers.put(r.operationId(), answer(WriteOperations.send(broken, "\"stale\"")));
      assertThat(TestAuth.etag(funnel)).as(r.operationId() + " changed nothing").isEqualTo(before);
    }
    assertThat(answers).allSatisfy((op, a) -> assertThat(a).as(op).isEqualTo(STALE));
    assertThat(judged).as("every write with a body below a funnel").isGreaterThanOrEqualTo(10);
  }
}
