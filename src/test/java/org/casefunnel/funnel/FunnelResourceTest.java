package org.casefunnel.funnel;

import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class FunnelResourceTest {

  private static final String PROBLEM = "application/problem+json";

  @BeforeEach
  void importFunnels() {
    for (String id : new String[] {"list-a", "list-b", "list-c"}) {
      Map<String, Object> doc = TestDocuments.valid(id);
      if (id.equals("list-c")) {
        ((Map<String, Object>) doc.get("funnel")).put("organisation", "Southshire Police");
        ((Map<String, Object>) doc.get("funnel")).put("programme", null);
      }
      TestDocuments.ensureImported(doc);
    }
  }

  @Test
  void listsFunnelsFilteredByOrganisation() {
    asEditor()
        .queryParam("organisation", "northshire police")
        .queryParam("size", 200)
        .get("/api/funnels")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("items.organisation", everyItem(equalTo("Northshire Police")))
        .body("items.id", hasItem("list-a"))
        .body("items.id", org.hamcrest.Matchers.not(hasItem("list-c")));
    asEditor()
        .queryParam("organisation", "Southshire Police")
        .queryParam("size", 200)
        .get("/api/funnels")
        .then()
        .body("total", equalTo(1))
        .body("items[0].id", equalTo("list-c"));
    asEditor()
        .queryParam("programme", "National test programme")
        .queryParam("jurisdiction", "Northshire")
        .queryParam("size", 200)
        .get("/api/funnels")
        .then()
        .body("items.id", hasItem("list-b"));
  }

  @Test
  void pagesFunnelListWithTotal() {
    int total = asEditor().get("/api/funnels").then().extract().path("total");
    asEditor()
        .queryParam("size", 1)
        .queryParam("page", 1)
        .get("/api/funnels")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("total", equalTo(total))
        .body("page", equalTo(1))
        .body("size", equalTo(1));
  }

  @Test
  void rejectsPageSizeAboveMaximum() {
    asEditor()
        .queryParam("size", 201)
        .get("/api/funnels")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:invalid-parameter"))
        .body("errors[0].pointer", equalTo("size"));
  }

  @Test
  void rejectsPagingValuesThatAreNotNumbersOrOutOfRange() {
    for (String page : List.of("abc", "1.5", "99999999999", "2147483647")) {
      asEditor()
          .queryParam("page", page)
          .get("/api/funnels")
          .then()
          .statusCode(400)
          .contentType(PROBLEM)
          .body("type", equalTo("urn:case-funnel:problem:invalid-parameter"))
          .body("errors[0].pointer", equalTo("page"));
    }
    asEditor()
        .queryParam("limit", "ten")
        .get("/api/changes")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].pointer", equalTo("limit"));
  }

  @Test
  void rejectsUnparseableAsOf() {
    asEditor()
        .queryParam("asOf", "last tuesday")
        .get("/api/funnels/list-a")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }

  /** The answer to creating a funnel from {@code spec}, ready for assertions. */
  private static ValidatableResponse created(Map<String, Object> spec) {
    return asEditor().contentType(ContentType.JSON).body(spec).post("/api/funnels").then();
  }

  /** The fields a new funnel needs. */
  private static Map<String, Object> funnelSpec(String id, String title) {
    return map(
        "id", id, "title", title, "organisation", "Org", "jurisdiction", "Here", "unit", "case");
  }

  @ParameterizedTest(name = "title {0}")
  @ValueSource(strings = {"   ", "\u00A0\u2003", "\u200B\uFEFF", "\u3000\t"})
  void refusesATitleWithNothingVisible(String title) {
    Map<String, Object> spec = funnelSpec("blank-title", title);
    created(spec).statusCode(422).contentType(PROBLEM).body("errors.pointer", hasItem("/title"));
    asEditor().get("/api/funnels/blank-title").then().statusCode(404);
  }

  @Test
  void createsUpdatesAndDeletesAFunnel() {
    Map<String, Object> spec = funnelSpec("crud-funnel", "CRUD");
    created(spec)
        .statusCode(201)
        .header("Location", containsString("/api/funnels/crud-funnel"))
        .body("stages", hasSize(0));
    spec.put("title", "CRUD renamed");
    asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", TestAuth.etag("/api/funnels/crud-funnel"))
        .body(spec)
        .put("/api/funnels/crud-funnel")
        .then()
        .statusCode(200)
        .body("title", equalTo("CRUD renamed"));
    asEditor()
        .header("If-Match", TestAuth.etag("/api/funnels/crud-funnel"))
        .delete("/api/funnels/crud-funnel")
        .then()
        .statusCode(204);
    asEditor().get("/api/funnels/crud-funnel").then().statusCode(404).contentType(PROBLEM);
  }

  @Test
  void rejectsFunnelIdThatIsNotASlug() {
    Map<String, Object> spec = funnelSpec("../etc/passwd", "x");
    created(spec).statusCode(422).contentType(PROBLEM).body("errors[0].pointer", equalTo("/id"));
  }

  @Test
  void addsStageAndRejectsLoopingBase() {
    asEditor()
        .contentType(ContentType.JSON)
        .body(map("key", "referred", "label", "Referred", "baseStage", "in_scope"))
        .post("/api/funnels/list-a/stages")
        .then()
        .statusCode(201)
        .body("position", equalTo(4))
        .body("baseStage", equalTo("in_scope"));
    asEditor()
        .contentType(ContentType.JSON)
        .body(map("key", "identified", "label", "Cases identified", "baseStage", "referred"))
        .header("If-Match", TestAuth.etag("/api/funnels/list-a/stages/identified"))
        .put("/api/funnels/list-a/stages/identified")
        .then()
        .statusCode(422)
        .body("errors[0].pointer", equalTo("/baseStage"))
        .body("errors[0].detail", containsString("loop"));
    asEditor()
        .header("If-Match", TestAuth.etag("/api/funnels/list-a/stages/in_scope"))
        .delete("/api/funnels/list-a/stages/in_scope")
        .then()
        .statusCode(409)
        .contentType(PROBLEM);
  }

  @Test
  void unknownPathAndMethodAreProblems() {
    asEditor().get("/api/nothing-here").then().statusCode(404).contentType(PROBLEM);
    asEditor()
        .post("/api/funnels/list-a")
        .then()
        .statusCode(405)
        .contentType(PROBLEM)
        .header("Allow", "GET, HEAD, PUT, PATCH, DELETE, OPTIONS");
    asEditor()
        .post("/api/funnels/met-group-cse-review/statistics")
        .then()
        .statusCode(405)
        .header("Allow", "GET, HEAD, OPTIONS");
    // OPTIONS names the methods of the path, not of the whole application
    asEditor()
        .options("/api/funnels/met-group-cse-review/statistics")
        .then()
        .header("Allow", "GET, HEAD, OPTIONS");
    // and a path where nothing is answers OPTIONS as it answers every other method
    asEditor()
        .options("/api/nothing-here")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("detail", equalTo("No resource at /api/nothing-here."));
    // the pages answer OPTIONS with their own methods
    asEditor().options("/").then().statusCode(200).header("Allow", "GET, HEAD, OPTIONS");
    asEditor()
        .options("/funnels/met-group-cse-review")
        .then()
        .statusCode(200)
        .header("Allow", "GET, HEAD, OPTIONS");
  }
}
