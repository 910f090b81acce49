package org.casefunnel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.RawHttp;
import org.junit.jupiter.api.Test;

/** Requests that answered 500 on main (issue 15): each is now a client error or a success. */
@QuarkusTest
class NoServerErrorTest {

  private static final String SEED = "/api/funnels/met-group-cse-review";

  @Test
  void anEmptyAcceptHeaderIsReadAsAcceptingAnything() throws Exception {
    for (String path :
        List.of(
            "/api/funnels",
            SEED,
            SEED + "/statistics",
            SEED + "/stages",
            SEED + "/history",
            "/api/changes",
            "/api/funnels/no-such-funnel")) {
      RawHttp.Answer answer = RawHttp.get(path, "Accept:");
      assertThat(answer.status()).as(path).isIn(200, 404);
      assertThat(answer.header("Content-Type"))
          .as(path)
          .startsWith(answer.status() == 200 ? "application/json" : "application/problem+json");
    }
  }

  @Test
  void emptyElementsOfAnAcceptListAreIgnored() throws Exception {
    // found by SpecFuzzIT: the framework's negotiation failed on them with a 500
    for (String accept :
        List.of(
            "Accept: application/json, , ,",
            "Accept: ,application/json;;",
            // the JDK HttpURLConnection's default
            "Accept: text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2")) {
      RawHttp.Answer answer = RawHttp.get("/api/funnels", accept);
      assertThat(answer.status()).as(accept).isEqualTo(200);
      assertThat(answer.header("Content-Type")).as(accept).startsWith("application/json");
    }
  }

  @Test
  void anAcceptElementThatIsNoMediaRangeIsAMalformedRequest() throws Exception {
    for (String accept : List.of("Accept: garbage", "Accept: */*;q=abc", "Accept: ;;;")) {
      RawHttp.Answer answer = RawHttp.get("/api/funnels", accept);
      assertThat(answer.status()).as(accept).isEqualTo(400);
      assertThat(answer.header("Content-Type")).as(accept).startsWith("application/problem+json");
      assertThat(answer.body()).as(accept).contains("urn:case-funnel:problem:malformed-request");
    }
  }

  @Test
  void duplicateKeysInABodyAreAMalformedRequestNamingTheKey() {
    asEditor()
        .contentType(ContentType.JSON)
        .body("{\"funnel\":{\"id\":\"dup-a\",\"id\":\"dup-b\"}}")
        .post("/api/funnel-documents")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:case-funnel:problem:malformed-request"))
        .body("errors.pointer", hasItem("/funnel/id"));
  }

  @Test
  void duplicateKeysAtTheTopLevelAreAMalformedRequest() {
    TestDocuments.ensureImported(TestDocuments.valid("dup-top"));
    asEditor()
        .contentType(ContentType.JSON)
        .body("{\"text\":\"500 cases\",\"text\":\"600 cases\"}")
        .post("/api/extractions")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:case-funnel:problem:malformed-request"))
        .body("errors.pointer", hasItem("/text"));
  }
}
