package org.casefunnel.common.web;

import static io.restassured.RestAssured.given;
import static org.casefunnel.TestDocuments.map;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * A member a body's schema does not have is refused, not dropped: "approx" for "approximate" would
 * otherwise store a hedged figure as exact (the tester's case), on every write as on PATCH.
 */
@QuarkusTest
class UnknownMembersTest {

  private static final String PROBLEM = "application/problem+json";
  private static final String INVALID = "urn:case-funnel:problem:validation-failed";

  @Test
  void aFigureWithAMisspeltMemberIsRefusedAndNothingIsStored() {
    TestDocuments.ensureImported(TestDocuments.valid("unknown-members-a"));
    String figures = "/api/funnels/unknown-members-a/stages/identified/figures";
    int before = given().get(figures).then().statusCode(200).extract().path("size()");

    TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .body(
            map(
                "count",
                2000,
                "approx",
                true,
                "wording",
                "around 2,000",
                "status",
                "reported",
                "statementIds",
                List.of("st1")))
        .post(figures)
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", equalTo(INVALID))
        .body("errors", hasSize(1))
        .body("errors[0].pointer", equalTo("/approx"))
        .body("errors[0].detail", startsWith("is not a member of "))
        .body("detail", containsString("approximate"))
        .body("detail", endsWith("(at /approx)"));
    given().get(figures).then().statusCode(200).body("size()", equalTo(before));
  }

  @Test
  void anImportWithAnUnknownMemberInAFigureIsRefusedAtItsPointer() {
    Map<String, Object> doc = TestDocuments.valid("unknown-members-b");
    TestDocuments.part(doc, "figures", 1).put("Approximate", true);
    TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .body(doc)
        .post("/api/funnel-documents")
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", equalTo(INVALID))
        .body("errors[0].pointer", equalTo("/figures/1/Approximate"));
    given().get("/api/funnels/unknown-members-b").then().statusCode(404);
  }

  @Test
  void anUnknownTopLevelMemberOfAnImportIsRefused() {
    Map<String, Object> doc = TestDocuments.valid("unknown-members-c");
    doc.put("exportedBy", "someone");
    TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .body(doc)
        .post("/api/funnel-documents")
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("errors[0].pointer", equalTo("/exportedBy"));
    given().get("/api/funnels/unknown-members-c").then().statusCode(404);
  }

  @Test
  void everyUnknownMemberOfAFigureIsReportedAtItsPointer() {
    TestDocuments.ensureImported(TestDocuments.valid("unknown-members-f"));
    TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .body(
            map(
                "count",
                2000,
                "approx",
                true,
                "wording",
                "around 2,000",
                "status",
                "reported",
                "sorce",
                "s1",
                "statementIds",
                List.of("st1")))
        .post("/api/funnels/unknown-members-f/stages/identified/figures")
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .header("Cache-Control", equalTo("no-store"))
        .body("type", equalTo(INVALID))
        .body("errors", hasSize(2))
        .body("errors.pointer", contains("/approx", "/sorce"))
        .body("errors[0].detail", startsWith("is not a member of "))
        .body("errors[1].detail", startsWith("is not a member of "))
        .body("detail", containsString("2 "));
  }

  @Test
  void anImportReportsEveryUnknownMemberAlongsideItsOtherErrors() {
    Map<String, Object> doc = TestDocuments.valid("unknown-members-g");
    doc.put("exportedBy", "someone");
    TestDocuments.part(doc, "figures", 1).put("Approximate", true);
    TestDocuments.part(doc, "figures", 2).put("approx", true);
    TestDocuments.part(doc, "figures", 0).put("count", -1);
    TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .body(doc)
        .post("/api/funnel-documents")
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", equalTo(INVALID))
        .body(
            "errors.pointer",
            hasItems(
                "/exportedBy", "/figures/1/Approximate", "/figures/2/approx", "/figures/0/count"))
        .body(
            "errors.findAll { it.pointer == '/figures/2/approx' }.detail",
            everyItem(startsWith("is not a member of FigureSpec")));
    given().get("/api/funnels/unknown-members-g").then().statusCode(404);
  }

  @Test
  void anExportedDocumentImportsBackUnderANewId() {
    TestDocuments.ensureImported(TestDocuments.valid("unknown-members-d"));
    Map<String, Object> doc =
        given().get("/api/funnels/unknown-members-d/document").then().extract().jsonPath().get();
    @SuppressWarnings("unchecked")
    Map<String, Object> funnel = (Map<String, Object>) doc.get("funnel");
    funnel.put("id", "unknown-members-e");
    TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .body(doc)
        .post("/api/funnel-documents")
        .then()
        .statusCode(201);
  }
}
