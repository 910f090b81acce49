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
 * first whether its target exists (a 404 whatever values the body holds), then its preconditions
 * (section 13.2.1: they are evaluated before the request content is processed), and only then its
 * body. Every request here is refused, so one fixture funnel serves each test.
 */
@QuarkusTest
class WriteOrderTest {

  private static final String INVALID =
      "422 application/problem+json urn:case-funnel:problem:validation-failed";
  private static final String NOT_FOUND =
      "404 application/problem+json urn:case-funnel:problem:not-found";
  private static final String STALE =
      "412 application/problem+json urn:case-funnel:problem:precondition-failed";

  private static final List<String> WITHOUT_TARGET =
      List.of("/api/funnels", "/api/funnel-documents", "/api/extractions");

  /**
   * A body of the operation's own shape whose values break its rules; null for a write without a
   * body. A new write needs an entry here (a merge patch's valid no-op would prove nothing), which
   * {@link #everyBrokenBodyIsRefusedOnItsOwn} enforces.
   */
  private static Object broken(WriteRecipes.Recipe r) {
    if (r.body() == null) {
      return null;
    }
    return switch (r.operationId()) {
      case "applyFunnelDocumentPatch" -> Map.of("figures", List.of(Map.of()));
      case "patchFunnel", "patchSource", "patchSourceByKey" -> Map.of("title", "");
      case "patchStage" -> Map.of("label", "");
      case "patchStatement", "patchStatementByKey" -> Map.of("speaker", "");
      default -> "PATCH".equals(r.method()) ? null : Map.of();
    };
  }

  /** Status, media type and problem type of an answer, compared as one. */
  private static String answer(Response response) {
    return response.statusCode() + " " + response.contentType() + " " + response.path("type");
  }

  private static WriteRecipes.Recipe withBody(WriteRecipes.Recipe r, String path, Object body) {
    return new WriteRecipes.Recipe(r.operationId(), r.method(), path, body, r.kind(), r.status());
  }

  @Test
  void everyBrokenBodyIsRefusedOnItsOwn() {
    WriteRecipes.Fixture f = WriteRecipes.fixture("wo-broken");
    String funnel = "/api/funnels/" + f.funnelId();
    Map<String, String> answers = new TreeMap<>();
    for (String op : WriteOperations.writes()) {
      WriteRecipes.Recipe r = f.recipe(op);
      if (r.body() == null || r.kind() == WriteRecipes.Kind.NONE) {
        continue;
      }
      String tag = r.kind() == WriteRecipes.Kind.CONDITIONAL ? TestAuth.etag(funnel) : null;
      Object body = broken(r);
      answers.put(
          op,
          body == null
              ? "no broken body"
              : answer(WriteOperations.send(withBody(r, r.path(), body), tag)));
    }
    assertThat(answers).allSatisfy((op, a) -> assertThat(a).as(op).isEqualTo(INVALID));
  }

  @Test
  void everyWriteToATargetThatDoesNotExistIsA404WhateverValuesItsBodyHolds() {
    WriteRecipes.Fixture f = WriteRecipes.fixture("wo-missing");
    Map<String, String> answers = new TreeMap<>();
    for (String op : WriteOperations.writes()) {
      WriteRecipes.Recipe r = f.recipe(op);
      if (WITHOUT_TARGET.contains(r.path())) {
        continue;
      }
      String missing =
          r.path()
              .replace("/api/funnels/" + f.funnelId(), "/api/funnels/no-such-funnel")
              .replaceAll("^/api/(figures|statements|sources)/\\d+", "/api/$1/999999999");
      Object body = r.body() == null ? null : broken(r);
      answers.put(op, answer(WriteOperations.send(withBody(r, missing, body), null)));
    }
    assertThat(answers)
        .as("every write below a funnel or a resource")
        .hasSizeGreaterThanOrEqualTo(15)
        .allSatisfy((op, a) -> assertThat(a).as(op).isEqualTo(NOT_FOUND));
  }

  @Test
  void everyWriteJudgesAStaleIfMatchBeforeItsBody() {
    WriteRecipes.Fixture f = WriteRecipes.fixture("wo-stale");
    String funnel = "/api/funnels/" + f.funnelId();
    String before = TestAuth.etag(funnel);
    Map<String, String> answers = new TreeMap<>();
    for (String op : WriteOperations.writes()) {
      WriteRecipes.Recipe r = f.recipe(op);
      if (r.kind() == WriteRecipes.Kind.NONE || WITHOUT_TARGET.contains(r.path())) {
        continue;
      }
      Object body = r.body() == null ? null : broken(r);
      answers.put(op, answer(WriteOperations.send(withBody(r, r.path(), body), "\"stale\"")));
    }
    assertThat(answers)
        .as("every write below a funnel")
        .hasSizeGreaterThanOrEqualTo(15)
        .allSatisfy((op, a) -> assertThat(a).as(op).isEqualTo(STALE));
    assertThat(TestAuth.etag(funnel)).as("nothing changed").isEqualTo(before);
  }
}
