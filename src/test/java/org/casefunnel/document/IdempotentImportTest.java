package org.casefunnel.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotentImportTest {

  private static Response post(String key, Object doc) {
    return asEditor()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(doc)
        .post("/api/funnel-documents");
  }

  @Test
  void replayReturnsTheFirstAnswerAndStoresNothingNew() {
    Map<String, Object> doc = TestDocuments.valid("idem-a");
    Response first = post("key-idem-a", doc);
    first.then().statusCode(201);
    long revisions = asEditor().get("/api/funnels/idem-a/history").jsonPath().getList("$").size();
    int figures =
        asEditor()
            .get("/api/funnels/idem-a/stages/identified/figures")
            .jsonPath()
            .getList("$")
            .size();
    Response replay = post("key-idem-a", doc);
    replay.then().statusCode(201).contentType(ContentType.JSON);
    assertThat(replay.header("Location")).isEqualTo(first.header("Location")).endsWith("/idem-a");
    assertThat(replay.header("ETag")).isNotNull().isEqualTo(first.header("ETag"));
    assertThat(replay.contentType()).isEqualTo(first.contentType());
    assertThat(replay.jsonPath().getMap("")).isEqualTo(first.jsonPath().getMap(""));
    asEditor().get("/api/funnels/idem-a/history").then().body("size()", equalTo((int) revisions));
    asEditor()
        .get("/api/funnels/idem-a/stages/identified/figures")
        .then()
        .body("size()", equalTo(figures));
  }

  @Test
  void aKeyLongerThanTheSpecAllowsIsABadRequest() {
    post("k".repeat(201), TestDocuments.valid("idem-long"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("1 to 200 characters"));
    post("k".repeat(200), TestDocuments.valid("idem-long")).then().statusCode(201);
  }

  @Test
  void anEmptyBlankOrRepeatedKeyIsABadRequestAndImportsNothing() {
    for (String key : List.of("", "   ")) {
      post(key, TestDocuments.valid("idem-empty"))
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:case-funnel:problem:invalid-parameter"))
          .body("errors[0].pointer", equalTo("Idempotency-Key"))
          .body("detail", containsString("1 to 200 characters"));
    }
    // RFC 9110 section 5.3: a singleton field on two lines is invalid, whether or not they agree
    for (String second : List.of("key-two", "key-one")) {
      asEditor()
          .contentType(ContentType.JSON)
          .header("Idempotency-Key", "key-one")
          .header("Idempotency-Key", second)
          .body(TestDocuments.valid("idem-empty"))
          .post("/api/funnel-documents")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:case-funnel:problem:invalid-parameter"))
          .body("errors", hasSize(1))
          .body("errors[0].pointer", equalTo("Idempotency-Key"))
          .body("errors[0].detail", containsString("2 header lines"))
          .body("detail", containsString("2 header lines"));
    }
    asEditor().get("/api/funnels/idem-empty").then().statusCode(404);
  }

  @Test
  void sameKeyWithAnotherBodyIsUnprocessable() {
    post("key-idem-b", TestDocuments.valid("idem-b")).then().statusCode(201);
    post("key-idem-b", TestDocuments.valid("idem-b-other"))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:case-funnel:problem:validation-failed"))
        .body("errors[0].pointer", equalTo("Idempotency-Key"));
    asEditor().get("/api/funnels/idem-b-other").then().statusCode(404);
  }

  @Test
  void failedImportReleasesItsKey() {
    Map<String, Object> broken = TestDocuments.valid("idem-c");
    TestDocuments.part(broken, "figures", 0).put("count", -1);
    post("key-idem-c", broken).then().statusCode(422);
    post("key-idem-c", TestDocuments.valid("idem-c")).then().statusCode(201);
  }

  @Test
  void concurrentDuplicatesAreOneImportAndTheRestWaitOrReplay() throws Exception {
    Map<String, Object> doc = TestDocuments.valid("idem-d");
    int n = 8;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Response>> answers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return post("key-idem-d", doc);
              }));
    }
    start.countDown();
    int created = 0;
    int conflicts = 0;
    String body = null;
    for (Future<Response> f : answers) {
      Response r = f.get();
      if (r.statusCode() == 201) {
        created++;
        if (body == null) {
          body = r.asString();
        }
        assertThat(r.jsonPath().getString("id")).isEqualTo("idem-d");
      } else {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(409);
        assertThat(r.contentType()).startsWith("application/problem+json");
        conflicts++;
      }
    }
    pool.shutdown();
    assertThat(created + conflicts).isEqualTo(n);
    assertThat(created).isGreaterThanOrEqualTo(1);
    // exactly one import: one creation in the funnel's history
    asEditor()
        .get("/api/funnels/idem-d/history")
        .then()
        .statusCode(200)
        .body("findAll { it.change == 'created' }.size()", equalTo(1));
  }
}
