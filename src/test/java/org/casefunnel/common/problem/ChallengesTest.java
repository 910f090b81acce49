package org.casefunnel.common.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * A 401 offers Basic and Bearer to plain clients (curl), and Bearer only to a script's request
 * (X-Requested-With: XMLHttpRequest, as Swagger UI sends), so that no browser opens its own login
 * dialog over the page; the body is the same problem either way.
 */
@QuarkusTest
class ChallengesTest {

  private static final String PROBLEM = "application/problem+json";
  private static final String UNAUTHORIZED = "urn:case-funnel:problem:unauthorized";

  private static Response anonymousImport(boolean fromScript, String id) {
    var spec = TestAuth.anonymous().contentType(ContentType.JSON);
    if (fromScript) {
      spec = spec.header("X-Requested-With", "XMLHttpRequest");
    }
    return spec.body(TestDocuments.valid(id)).post("/api/funnel-documents");
  }

  @Test
  void aPlainClientIsOfferedBasicAndBearer() {
    Response r = anonymousImport(false, "challenge-plain");

    r.then()
        .statusCode(401)
        .contentType(PROBLEM)
        .body("type", equalTo(UNAUTHORIZED))
        .body("status", equalTo(401));
    assertThat(r.headers().getValues("WWW-Authenticate"))
        .containsExactly(Challenges.BASIC, Challenges.BEARER);
  }

  @Test
  void aScriptIsOfferedBearerOnlySoTheBrowserOpensNoLoginDialog() {
    Response r = anonymousImport(true, "challenge-script");

    r.then()
        .statusCode(401)
        .contentType(PROBLEM)
        .body("type", equalTo(UNAUTHORIZED))
        .body("status", equalTo(401))
        .body("detail", equalTo(ProblemMappers.UNAUTHORIZED_DETAIL));
    assertThat(r.headers().getValues("WWW-Authenticate")).containsExactly(Challenges.BEARER);
  }

  @Test
  void wrongBasicCredentialsFromAScriptGetNoBasicChallengeEither() {
    Response r =
        given()
            .auth()
            .preemptive()
            .basic("swagger-ui-visitor", "not-a-password")
            .header("X-Requested-With", "xmlhttprequest")
            .contentType(ContentType.JSON)
            .body(TestDocuments.valid("challenge-wrong"))
            .post("/api/funnel-documents");

    r.then().statusCode(401).contentType(PROBLEM).body("type", equalTo(UNAUTHORIZED));
    assertThat(r.headers().getValues("WWW-Authenticate")).containsExactly(Challenges.BEARER);
  }

  @Test
  void basicCredentialsFromAScriptAreStillAccepted() {
    TestAuth.asEditor()
        .header("X-Requested-With", "XMLHttpRequest")
        .contentType(ContentType.JSON)
        .body(TestDocuments.valid("challenge-script-editor"))
        .post("/api/funnel-documents")
        .then()
        .statusCode(201);
  }

  @Test
  void anotherRequestedWithValueIsAPlainClient() {
    Response r =
        TestAuth.anonymous()
            .header("X-Requested-With", "curl")
            .contentType(ContentType.JSON)
            .body(TestDocuments.valid("challenge-other"))
            .post("/api/funnel-documents");

    r.then().statusCode(401);
    assertThat(r.headers().getValues("WWW-Authenticate"))
        .containsExactly(Challenges.BASIC, Challenges.BEARER);
  }
}
