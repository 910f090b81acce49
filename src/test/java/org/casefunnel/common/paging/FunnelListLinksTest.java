package org.casefunnel.common.paging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FunnelListLinksTest {

  @org.junit.jupiter.api.BeforeEach
  void actAsEditor() {
    // writes need the editor role; reads stay public
    org.casefunnel.support.TestAuth.editorByDefault();
  }

  @BeforeEach
  void importFunnels() {
    for (String id : List.of("links-a", "links-b", "links-c")) {
      Map<String, Object> doc = TestDocuments.valid(id);
      if (id.equals("links-c")) {
        TestDocuments.part(doc, "statements", 0).put("speaker", "Someone Else");
        TestDocuments.part(doc, "statements", 1).put("speaker", "Someone Else");
        TestDocuments.part(doc, "sources", 0).put("title", "Annual report");
      }
      TestDocuments.ensureImported(doc);
    }
  }

  @Test
  void pagesCarryFirstPrevNextAndLastLinksThatKeepTheFilters() {
    int total = given().queryParam("jurisdiction", "Northshire").get("/api/funnels").path("total");
    assertThat(total).isGreaterThanOrEqualTo(3);
    Response r =
        given()
            .queryParam("jurisdiction", "Northshire")
            .queryParam("size", 1)
            .queryParam("page", 1)
            .get("/api/funnels");
    r.then().statusCode(200);
    List<String> links = r.headers().getValues("Link");
    assertThat(links).anySatisfy(l -> assertThat(l).contains("rel=\"next\"").contains("page=2"));
    assertThat(links).anySatisfy(l -> assertThat(l).contains("rel=\"prev\"").contains("page=0"));
    assertThat(links).anySatisfy(l -> assertThat(l).contains("rel=\"first\""));
    assertThat(links)
        .anySatisfy(l -> assertThat(l).contains("rel=\"last\"").contains("page=" + (total - 1)));
    assertThat(links).allSatisfy(l -> assertThat(l).contains("jurisdiction=Northshire"));

    Response last =
        given()
            .queryParam("jurisdiction", "Northshire")
            .queryParam("size", 1)
            .queryParam("page", total - 1)
            .get("/api/funnels");
    assertThat(last.headers().getValues("Link")).noneMatch(l -> l.contains("rel=\"next\""));
    Response first = given().queryParam("size", 1).get("/api/funnels");
    assertThat(first.headers().getValues("Link")).noneMatch(l -> l.contains("rel=\"prev\""));
  }

  @Test
  void sortsByTitleDescending() {
    List<String> titles =
        given()
            .queryParam("sort", "-title")
            .queryParam("size", 200)
            .get("/api/funnels")
            .then()
            .statusCode(200)
            .extract()
            .path("items.title");
    assertThat(titles).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void unknownSortFieldIsAnInvalidParameterProblem() {
    given()
        .queryParam("sort", "password")
        .get("/api/funnels")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:case-funnel:problem:invalid-parameter"))
        .body("errors[0].pointer", equalTo("sort"));
  }

  @Test
  void filtersBySpeakerSourceAndStatus() {
    given()
        .queryParam("speaker", "someone else")
        .get("/api/funnels")
        .then()
        .statusCode(200)
        .body("items.id", hasItem("links-c"))
        .body("items.id", not(hasItem("links-a")));
    given()
        .queryParam("speaker", "Sir Mark Rowley")
        .get("/api/funnels")
        .then()
        .body("items.id", hasItem("met-group-cse-review"))
        .body("items.id", not(hasItem("links-a")));
    given()
        .queryParam("source", "annual")
        .get("/api/funnels")
        .then()
        .body("items.id", hasItem("links-c"))
        .body("items.id", not(hasItem("links-b")));
    given()
        .queryParam("source", "https://example.org/minutes")
        .get("/api/funnels")
        .then()
        .body("items.id", hasItem("links-a"));
    given()
        .queryParam("status", "projected")
        .get("/api/funnels")
        .then()
        .body("items.id", hasItem("met-group-cse-review"))
        .body("items.id", hasItem("links-a"));
    given()
        .queryParam("status", "guessed")
        .get("/api/funnels")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("status"));
  }
}
