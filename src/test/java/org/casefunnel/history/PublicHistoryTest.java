package org.casefunnel.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * Editors' user names are shown to editors only (issue 15); the public reads a role, in the history
 * and in the changes feed alike.
 */
@QuarkusTest
class PublicHistoryTest {

  private static final String HISTORY = "/api/funnels/history-public/history";

  private static void importAsEditor2() {
    if (TestAuth.anonymous().get("/api/funnels/history-public").statusCode() == 404) {
      TestAuth.anonymous()
          .auth()
          .preemptive()
          .basic(TestAuth.EDITOR2, TestAuth.EDITOR2_PASSWORD)
          .contentType(ContentType.JSON)
          .body(TestDocuments.valid("history-public"))
          .post("/api/funnel-documents")
          .then()
          .statusCode(201);
    }
  }

  @Test
  void thePublicReadsTheRoleAndEditorsReadTheUserName() {
    importAsEditor2();
    String publicTag =
        TestAuth.anonymous()
            .get(HISTORY)
            .then()
            .statusCode(200)
            .body("by", contains("editor"))
            .header("Vary", containsString("Authorization"))
            .extract()
            .header("ETag");
    String editorTag =
        TestAuth.asEditor()
            .get(HISTORY)
            .then()
            .statusCode(200)
            .body("by", contains("editor2"))
            .extract()
            .header("ETag");
    // the two bodies are different representations, cached and validated apart
    assertThat(publicTag).isNotEqualTo(editorTag);
    TestAuth.anonymous().get(HISTORY).then().statusCode(200).body("by", contains("editor"));
    TestAuth.anonymous().header("If-None-Match", editorTag).get(HISTORY).then().statusCode(200);
  }

  @Test
  void aReaderWithoutTheEditorRoleReadsTheRole() {
    importAsEditor2();
    TestAuth.asReader().get(HISTORY).then().statusCode(200).body("by", contains("editor"));
  }

  @Test
  void theChangesFeedNamesUsersToEditorsOnlyAsTheHistoryDoes() {
    importAsEditor2();
    String feed = "/api/changes?funnel=history-public&limit=500";
    String publicTag =
        TestAuth.anonymous()
            .get(feed)
            .then()
            .statusCode(200)
            .contentType(ContentType.JSON)
            .body("items.by", everyItem(equalTo("editor")))
            .body("items.by", not(hasItem("editor2")))
            .header("Vary", containsString("Authorization"))
            .extract()
            .header("ETag");
    String editorTag =
        TestAuth.asEditor()
            .get(feed)
            .then()
            .statusCode(200)
            .body("items.by", everyItem(equalTo("editor2")))
            .extract()
            .header("ETag");
    assertThat(publicTag).isNotEqualTo(editorTag);
    TestAuth.asReader().get(feed).then().statusCode(200).body("items.by", not(hasItem("editor2")));
    // a second anonymous read, answered from what the first one kept, is still the public one
    TestAuth.anonymous().get(feed).then().statusCode(200).body("items.by", not(hasItem("editor2")));
  }
}
