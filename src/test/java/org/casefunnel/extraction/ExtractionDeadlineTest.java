package org.casefunnel.extraction;

import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ExtractionDeadlineTest.NoTime.class)
class ExtractionDeadlineTest {

  /** A deadline already past when the work starts. */
  public static class NoTime implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("casefunnel.extraction.deadline", "0s");
    }
  }

  @Test
  void stopsAtTheConfiguredDeadlineAndSaysSo() {
    asEditor()
        .contentType(ContentType.JSON)
        .body(Map.of("text", "The council counted 7 cases. Then 12 more came."))
        .post("/api/extractions")
        .then()
        .statusCode(200)
        .body("truncated", equalTo(true))
        .body("truncation", equalTo("deadline"))
        .body("readUpTo", equalTo(0))
        .body("quantities.size()", equalTo(0));
  }
}
