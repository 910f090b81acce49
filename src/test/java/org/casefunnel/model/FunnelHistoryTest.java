package org.casefunnel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * Every write operation of the API, enumerated from {@code /q/openapi}, is one revision of its
 * funnel: it adds exactly one entry to {@code GET /api/funnels/{id}/history}, newer than every
 * earlier one and naming its author, whichever resource of the funnel it changes.
 */
@QuarkusTest
class FunnelHistoryTest {

  @Test
  void everyWriteAddsOneRevisionToItsFunnelsHistory() {
    List<String> ops = WriteOperations.writes();
    assertThat(ops).hasSizeGreaterThanOrEqualTo(17);
    for (int i = 0; i < ops.size(); i++) {
      String op = ops.get(i);
      WriteRecipes.Fixture f = WriteRecipes.fixture("fh-" + i);
      WriteRecipes.Recipe r = f.recipe(op);
      String funnel = "/api/funnels/" + f.funnelId();
      List<Map<String, Object>> before = history(funnel);
      assertThat(before).as(op + ": the import").hasSize(1);

      WriteOperations.send(
              r, r.kind() == WriteRecipes.Kind.CONDITIONAL ? TestAuth.etag(funnel) : null)
          .then()
          .statusCode(r.status());

      List<Map<String, Object>> after = history(funnel);
      if (r.kind() == WriteRecipes.Kind.NONE
          || r.path().equals("/api/funnels")
          || r.path().equals("/api/funnel-documents")) {
        assertThat(after).as(op + " does not change this funnel").isEqualTo(before);
        continue;
      }
      assertThat(after).as(op + " adds one revision").hasSize(before.size() + 1);
      assertThat(after.subList(0, before.size()))
          .as(op + " keeps the earlier ones")
          .isEqualTo(before);
      Map<String, Object> added = after.getLast();
      assertThat(((Number) added.get("revision")).longValue())
          .as(op + "'s revision is the newest")
          .isGreaterThan(((Number) before.getLast().get("revision")).longValue());
      assertThat(added.get("by")).as(op + "'s author").isEqualTo(TestAuth.EDITOR);
      assertThat(added.get("change"))
          .as(op)
          .isEqualTo(op.equals("deleteFunnel") ? "deleted" : "updated");
    }
  }

  @Test
  void aNewFunnelHasOneRevision() {
    WriteRecipes.Fixture f = WriteRecipes.fixture("fh-new");
    for (String op : List.of("createFunnel", "importFunnelDocument")) {
      WriteRecipes.Recipe r = f.recipe(op);
      String id = op.equals("createFunnel") ? f.funnelId() + "-new" : f.funnelId() + "-doc";
      WriteOperations.send(r, null).then().statusCode(r.status());
      TestAuth.asEditor()
          .get("/api/funnels/" + id + "/history")
          .then()
          .statusCode(200)
          .contentType(ContentType.JSON)
          .body("change", contains("created"))
          .body("by", contains(TestAuth.EDITOR));
    }
  }

  private static List<Map<String, Object>> history(String funnel) {
    return TestAuth.asEditor()
        .get(funnel + "/history")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .extract()
        .path("$");
  }
}
