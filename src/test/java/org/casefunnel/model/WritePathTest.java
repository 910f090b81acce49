package org.casefunnel.model;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * Every write operation of the API, enumerated from {@code /q/openapi}, keeps the invariants of the
 * one write path: it moves the ETag of its funnel and of the funnel list (so caches and pollers see
 * it), and a write that changes an existing resource needs If-Match.
 */
@QuarkusTest
class WritePathTest {

  private static final String PROBLEM = "application/problem+json";

  @Test
  void everyWriteOperationHasARecipe() {
    WriteRecipes.Fixture f = WriteRecipes.fixture("wp-recipes");
    assertThat(WriteOperations.writes())
        .hasSizeGreaterThanOrEqualTo(17)
        .allSatisfy(id -> assertThat(f.recipe(id)).as("recipe of " + id).isNotNull());
  }

  @Test
  void everyWriteMovesTheTagOfItsFunnelAndOfTheList() {
    List<String> ops = WriteOperations.writes();
    for (int i = 0; i < ops.size(); i++) {
      String op = ops.get(i);
      WriteRecipes.Fixture f = WriteRecipes.fixture("wp-tag-" + i);
      String funnel = "/api/funnels/" + f.funnelId();
      String before = TestAuth.etag(funnel);
      String listBefore = TestAuth.etag("/api/funnels");
      WriteRecipes.Recipe r = f.recipe(op);

      Response answer =
          WriteOperations.send(r, r.kind() == WriteRecipes.Kind.CONDITIONAL ? before : null);

      answer.then().statusCode(r.status());
      Response after = given().get(funnel);
      if (r.kind() == WriteRecipes.Kind.NONE) {
        assertThat(after.header("ETag")).as(op + " stores nothing").isEqualTo(before);
        continue;
      }
      boolean newFunnel =
          r.path().equals("/api/funnels") || r.path().equals("/api/funnel-documents");
      if (!op.equals("deleteFunnel") && !newFunnel) {
        assertThat(after.header("ETag")).as(op + " moves the funnel's tag").isNotEqualTo(before);
      }
      assertThat(TestAuth.etag("/api/funnels"))
          .as(op + " moves the list's tag")
          .isNotEqualTo(listBefore);
    }
  }

  @Test
  void everyAdditionToAFunnelHonoursAnIfMatchItIsSent() {
    // RFC 9110 section 13.1.1: an If-Match that is sent is evaluated, on an addition too
    List<String> ops = WriteOperations.writes();
    int additions = 0;
    for (int i = 0; i < ops.size(); i++) {
      WriteRecipes.Fixture f = WriteRecipes.fixture("wp-add-" + i);
      WriteRecipes.Recipe r = f.recipe(ops.get(i));
      String funnel = "/api/funnels/" + f.funnelId();
      boolean addition =
          r.kind() == WriteRecipes.Kind.CREATE || r.kind() == WriteRecipes.Kind.APPEND;
      if (!addition || !r.path().startsWith(funnel + "/")) {
        continue;
      }
      additions++;
      String before = TestAuth.etag(funnel);

      refusedAsStale(r, funnel, before);

      WriteOperations.send(r, before).then().statusCode(r.status());
      assertThat(TestAuth.etag(funnel)).as(ops.get(i) + " made").isNotEqualTo(before);
    }
    assertThat(additions).as("stages, statements, sources and figures").isGreaterThanOrEqualTo(4);
  }

  @Test
  void anIfMatchSentOnSeveralLinesIsOneList() {
    WriteRecipes.Fixture f = WriteRecipes.fixture("wp-lines");
    WriteRecipes.Recipe r = f.recipe("updateStage");
    String current = TestAuth.etag("/api/funnels/" + f.funnelId());

    TestAuth.asEditor()
        .header("If-Match", "\"an-older-one\"")
        .header("If-Match", current)
        .contentType(ContentType.JSON)
        .body(r.body())
        .request(r.method(), r.path())
        .then()
        .statusCode(r.status());
  }

  @Test
  void everyWriteHonoursIfNoneMatchAfterIfMatch() {
    // RFC 9110 sections 13.1.2 and 13.2.2: on a write, If-None-Match: * fails when the target
    // exists, and a list fails when it names the target's current tag; If-Match is evaluated first
    List<String> ops = WriteOperations.writes();
    int refused = 0;
    for (int i = 0; i < ops.size(); i++) {
      WriteRecipes.Fixture f = WriteRecipes.fixture("wp-inm-" + i);
      WriteRecipes.Recipe r = f.recipe(ops.get(i));
      String funnel = "/api/funnels/" + f.funnelId();
      String before = TestAuth.etag(funnel);
      String ifMatch = r.kind() == WriteRecipes.Kind.CONDITIONAL ? before : null;
      boolean newFunnel = r.kind() == WriteRecipes.Kind.CREATE && !r.path().startsWith(funnel);
      if (r.kind() == WriteRecipes.Kind.NONE) {
        continue;
      }
      if (!newFunnel) {
        for (String inm : List.of("*", before, "\"other\", W/" + before)) {
          WriteOperations.send(r, ifMatch, inm)
              .then()
              .statusCode(412)
              .contentType(PROBLEM)
              .body("type", equalTo("urn:case-funnel:problem:precondition-failed"));
          assertThat(TestAuth.etag(funnel))
              .as(r.operationId() + " refused on If-None-Match " + inm + " changes nothing")
              .isEqualTo(before);
        }
        // If-Match first: a stale one is the 412 whatever If-None-Match says
        WriteOperations.send(r, "\"stale\"", "\"other\"").then().statusCode(412);
        refused++;
      }
      // a tag that is not current, or * on a funnel yet to be created, lets the write through
      WriteOperations.send(r, ifMatch, newFunnel ? "*" : "\"other\"").then().statusCode(r.status());
    }
    assertThat(refused).as("writes within a funnel").isGreaterThanOrEqualTo(15);
  }

  @Test
  void everyMergePatchThatChangesNothingIsNoChange() {
    // an empty patch, and a patch or PUT to what the resource holds: no version, no revision
    List<String> ops = WriteOperations.ids(List.of("patch"));
    for (int i = 0; i < ops.size(); i++) {
      WriteRecipes.Fixture f = WriteRecipes.fixture("wp-noop-" + i);
      WriteRecipes.Recipe r = f.recipe(ops.get(i));
      String funnel = "/api/funnels/" + f.funnelId();
      String before = TestAuth.etag(funnel);
      WriteRecipes.Recipe empty =
          new WriteRecipes.Recipe(r.operationId(), r.method(), r.path(), Map.of(), r.kind(), 200);

      Response answer = WriteOperations.send(empty, before);

      answer.then().statusCode(200);
      assertThat(TestAuth.etag(funnel))
          .as(r.operationId() + " {} changes nothing")
          .isEqualTo(before);
      // the answer's tag is current: a change based on it is not stale
      WriteOperations.send(r, answer.header("ETag")).then().statusCode(200);
      String changed = TestAuth.etag(funnel);
      assertThat(changed).as(r.operationId() + " a real change moves the tag").isNotEqualTo(before);
      WriteOperations.send(r, changed).then().statusCode(200);
      assertThat(TestAuth.etag(funnel))
          .as(r.operationId() + " the same patch again changes nothing")
          .isEqualTo(changed);
    }
    assertThat(ops)
        .as("funnel, stage, statement and source patches")
        .hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void everyPutOfWhatTheResourceHoldsIsNoChange() {
    // a client that saves a form unchanged, or retries a PUT: no version, no revision
    List<String> puts = WriteOperations.ids(List.of("put"));
    assertThat(puts)
        .as("funnel, stage, statement, source and rank PUTs")
        .hasSizeGreaterThanOrEqualTo(7);
    for (String op : puts) {
      WriteRecipes.Fixture f = WriteRecipes.fixture("wp-noop-put-" + op.toLowerCase(Locale.ROOT));
      WriteRecipes.Recipe r = f.recipe(op);
      String funnel = "/api/funnels/" + f.funnelId();
      WriteOperations.send(r, TestAuth.etag(funnel)).then().statusCode(r.status());
      String changed = TestAuth.etag(funnel);

      WriteOperations.send(r, changed).then().statusCode(r.status());

      assertThat(TestAuth.etag(funnel)).as(op + " again changes nothing").isEqualTo(changed);
    }
  }

  /** A stale If-Match is a 412 problem, and the funnel is as it was. */
  private static void refusedAsStale(WriteRecipes.Recipe r, String funnel, String before) {
    WriteOperations.send(r, "\"stale\"")
        .then()
        .statusCode(412)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:precondition-failed"));
    assertThat(TestAuth.etag(funnel))
        .as(r.operationId() + " refused changes nothing")
        .isEqualTo(before);
  }

  @Test
  void everyWriteOfAnExistingResourceNeedsIfMatchAndChangesNothingWithout() {
    List<String> ops = WriteOperations.writes();
    for (int i = 0; i < ops.size(); i++) {
      WriteRecipes.Fixture f = WriteRecipes.fixture("wp-428-" + i);
      WriteRecipes.Recipe r = f.recipe(ops.get(i));
      if (r.kind() != WriteRecipes.Kind.CONDITIONAL) {
        continue;
      }
      String funnel = "/api/funnels/" + f.funnelId();
      String before = TestAuth.etag(funnel);

      WriteOperations.send(r, null)
          .then()
          .statusCode(428)
          .contentType(PROBLEM)
          .body("type", equalTo("urn:case-funnel:problem:precondition-required"));
      refusedAsStale(r, funnel, before);
    }
  }
}
