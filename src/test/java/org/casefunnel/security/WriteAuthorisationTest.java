package org.casefunnel.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WriteAuthorisationTest {

  private static final String PROBLEM = "application/problem+json";

  /** Every write operation the OpenAPI document lists, as "METHOD /path/with/{params}". */
  @SuppressWarnings("unchecked")
  private static List<String[]> writeOperations() {
    Map<String, Object> paths =
        given().queryParam("format", "json").get("/q/openapi").then().extract().path("paths");
    List<String[]> ops = new ArrayList<>();
    for (Map.Entry<String, Object> p : paths.entrySet()) {
      for (String method : ((Map<String, Object>) p.getValue()).keySet()) {
        if (List.of("post", "put", "patch", "delete").contains(method)) {
          ops.add(new String[] {method.toUpperCase(), p.getKey()});
        }
      }
    }
    return ops;
  }

  private static Response call(RequestSpecification spec, String method, String template) {
    // a real funnel and plausible ids, so that only authorisation can refuse the call
    String path = template.replaceAll("\\{funnelId}|\\{id}(?=/|$)", "met-group-cse-review");
    path = path.replaceAll("^/api/(figures|statements|sources)/met-group-cse-review", "/api/$1/1");
    path = path.replaceAll("\\{[^}]+}", "identified");
    // a PATCH takes a merge patch; any other type would be refused (415) before authorisation
    return spec.contentType(
            method.equals("PATCH") ? "application/merge-patch+json" : ContentType.JSON.toString())
        .header("If-Match", "*")
        .body("{}")
        .request(method, path);
  }

  @Test
  void everyWriteOperationRefusesAnonymousCallsWithAProblemAndAChallenge() {
    List<String[]> ops = writeOperations();
    assertThat(ops).hasSizeGreaterThanOrEqualTo(13);
    for (String[] op : ops) {
      Response r = call(TestAuth.anonymous(), op[0], op[1]);
      r.then()
          .statusCode(401)
          .contentType(PROBLEM)
          .body("type", equalTo("urn:case-funnel:problem:unauthorized"))
          .body("status", equalTo(401));
      assertThat(r.headers().getValues("WWW-Authenticate"))
          .as(op[0] + " " + op[1])
          .anySatisfy(v -> assertThat(v).startsWith("Basic realm="))
          .anySatisfy(v -> assertThat(v).startsWith("Bearer"));
    }
  }

  @Test
  void everyWriteOperationRefusesReadersWithAProblem() {
    List<String[]> ops = writeOperations();
    assertThat(ops).hasSizeGreaterThanOrEqualTo(13);
    for (String[] op : ops) {
      call(TestAuth.asReader(), op[0], op[1])
          .then()
          .statusCode(403)
          .contentType(PROBLEM)
          .body("type", equalTo("urn:case-funnel:problem:forbidden"))
          .body("status", equalTo(403));
    }
  }

  @Test
  void wrongPasswordIsAProblemThatNeverEchoesTheCredentials() {
    Response r =
        given()
            .auth()
            .preemptive()
            .basic(TestAuth.EDITOR, "not-the-password")
            .contentType(ContentType.JSON)
            .body(TestDocuments.valid("never-stored"))
            .post("/api/funnel-documents");
    r.then().statusCode(401).contentType(PROBLEM);
    assertThat(r.headers().getValues("WWW-Authenticate"))
        .anySatisfy(v -> assertThat(v).startsWith("Basic realm="));
    String body = r.asString();
    assertThat(body).doesNotContain("not-the-password");
    given().get("/api/funnels/never-stored").then().statusCode(404);
  }

  @Test
  void readsArePublicByDefault() {
    TestAuth.anonymous()
        .get("/api/funnels/met-group-cse-review")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON);
  }

  @Test
  void editorMayWrite() {
    TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .body(TestDocuments.valid("editor-writes"))
        .post("/api/funnel-documents")
        .then()
        .statusCode(201);
  }

  @Test
  void bearerTokenWithEditorGroupMayWriteAndWithReaderGroupMayNot() throws Exception {
    TestAuth.anonymous()
        .header("Authorization", "Bearer " + token("jwt-editor", "editor"))
        .contentType(ContentType.JSON)
        .body(TestDocuments.valid("jwt-writes"))
        .post("/api/funnel-documents")
        .then()
        .statusCode(201);
    // authors are shown to editors only: ask as one, not with whatever default an earlier test left
    TestAuth.asEditor()
        .get("/api/funnels/jwt-writes/history")
        .then()
        .statusCode(200)
        .body("by", hasItem("jwt-editor"));
    TestAuth.anonymous()
        .header("Authorization", "Bearer " + token("jwt-reader", "reader"))
        .contentType(ContentType.JSON)
        .body(TestDocuments.valid("jwt-refused"))
        .post("/api/funnel-documents")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    TestAuth.anonymous()
        .header("Authorization", "Bearer not.a.token")
        .contentType(ContentType.JSON)
        .body(TestDocuments.valid("jwt-refused"))
        .post("/api/funnel-documents")
        .then()
        .statusCode(401)
        .contentType(PROBLEM)
        .body("detail", not(containsString("not.a.token")));
  }

  /** An RS256 token signed with the test key whose public half the test profile trusts. */
  static String token(String user, String group) throws Exception {
    long now = System.currentTimeMillis() / 1000;
    String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    String claims =
        "{\"iss\":\"https://test.case-funnel.invalid\",\"upn\":\""
            + user
            + "\",\"sub\":\""
            + user
            + "\",\"groups\":[\""
            + group
            + "\"],\"iat\":"
            + now
            + ",\"exp\":"
            + (now + 300)
            + "}";
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String signingInput =
        b64.encodeToString(header.getBytes(StandardCharsets.UTF_8))
            + "."
            + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
    String pem = Files.readString(Path.of("src/test/resources/test-jwt-private.pem"));
    byte[] der =
        Base64.getMimeDecoder()
            .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    Signature sig = Signature.getInstance("SHA256withRSA");
    sig.initSign(key);
    sig.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + b64.encodeToString(sig.sign());
  }
}
