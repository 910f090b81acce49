package org.casefunnel.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FunnelListLinksTest {

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
    int total =
        asEditor().queryParam("jurisdiction", "Northshire").get("/api/funnels").path("total");
    assertThat(total).isGreaterThanOrEqualTo(3);
    Response r =
        asEditor()
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
        asEditor()
            .queryParam("jurisdiction", "Northshire")
            .queryParam("size", 1)
            .queryParam("page", total - 1)
            .get("/api/funnels");
    assertThat(last.headers().getValues("Link")).noneMatch(l -> l.contains("rel=\"next\""));
    Response first = asEditor().queryParam("size", 1).get("/api/funnels");
    assertThat(first.headers().getValues("Link")).noneMatch(l -> l.contains("rel=\"prev\""));
  }

  @Test
  void sortsByTitleDescending() {
    List<String> titles =
        asEditor()
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
    asEditor()
        .queryParam("sort", "password")
        .get("/api/funnels")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:case-funnel:problem:invalid-parameter"))
        .body("errors[0].pointer", equalTo("sort"));
  }

  /**
   * The ids of every funnel a filter lists, over all its pages: other tests add funnels, so a
   * funnel may be on any page.
   */
  private static List<String> ids(String parameter, String value) {
    List<String> all = new ArrayList<>();
    int total = asEditor().queryParam(parameter, value).get("/api/funnels").path("total");
    for (int page = 0; page * 200 < total; page++) {
      all.addAll(
          asEditor()
              .queryParam(parameter, value)
              .queryParam("size", 200)
              .queryParam("page", page)
              .get("/api/funnels")
              .then()
              .statusCode(200)
              .extract()
              .<List<String>>path("items.id"));
    }
    return all;
  }

  @Test
  void filtersBySpeakerSourceAndStatus() {
    assertThat(ids("speaker", "someone else")).contains("links-c").doesNotContain("links-a");
    assertThat(ids("speaker", "Sir Mark Rowley"))
        .contains("met-group-cse-review")
        .doesNotContain("links-a");
    assertThat(ids("source", "annual")).contains("links-c").doesNotContain("links-b");
    assertThat(ids("source", "https://example.org/minutes")).contains("links-a");
    assertThat(ids("status", "projected")).contains("met-group-cse-review", "links-a");
    asEditor()
        .queryParam("status", "guessed")
        .get("/api/funnels")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("status"));
  }
}
