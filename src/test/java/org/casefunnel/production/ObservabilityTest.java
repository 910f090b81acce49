package org.casefunnel.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ObservabilityTest {

  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @Test
  void everyResponseCarriesAGeneratedRequestId() {
    String first =
        asEditor().get("/api/funnels").then().statusCode(200).extract().header("X-Request-Id");
    String second =
        asEditor().get("/api/funnels").then().statusCode(200).extract().header("X-Request-Id");
    assertThat(first).matches(UUID);
    assertThat(second).matches(UUID).isNotEqualTo(first);
    // also on problems and on the management endpoints
    asEditor()
        .get("/api/funnels/no-such-funnel")
        .then()
        .statusCode(404)
        .header("X-Request-Id", matchesPattern(UUID));
    asEditor()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .header("X-Request-Id", matchesPattern(UUID));
  }

  @Test
  void aWellFormedClientRequestIdIsKept() {
    asEditor()
        .header("X-Request-Id", "client-7f3a.42")
        .get("/api/funnels")
        .then()
        .statusCode(200)
        .header("X-Request-Id", equalTo("client-7f3a.42"));
  }

  @Test
  void aMalformedClientRequestIdIsReplaced() {
    for (String bad : new String[] {"has space", "x".repeat(200), "<script>", "-leading-dash"}) {
      asEditor()
          .header("X-Request-Id", bad)
          .get("/api/funnels")
          .then()
          .statusCode(200)
          .header("X-Request-Id", matchesPattern(UUID));
    }
  }

  @Test
  void readinessIncludesTheDatabaseCheck() {
    asEditor()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("Database connections health check"));
    asEditor().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void metricsShowPerEndpointRequestsPoolUsageAndImportOutcomes() {
    double importedBefore = metric(scrape(), "casefunnel_imports_total", "outcome=\"imported\"");
    double rejectedBefore = metric(scrape(), "casefunnel_imports_total", "outcome=\"rejected\"");
    for (int i = 0; i < 3; i++) {
      asEditor().get("/api/funnels/met-group-cse-review").then().statusCode(200);
    }
    TestDocuments.ensureImported(TestDocuments.valid("metrics-import"));
    asEditor()
        .contentType(ContentType.JSON)
        .body(TestDocuments.valid("metrics-import"))
        .post("/api/funnel-documents")
        .then()
        .statusCode(409);

    String metrics = scrape();
    // per endpoint: the route template, not the concrete id
    assertThat(metrics)
        .containsPattern(
            "http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*status=\"200\"[^}]*"
                + "uri=\"(/api)?/funnels/\\{funnelId\\}\"[^}]*\\} [1-9]")
        .contains("http_server_requests_seconds_sum")
        .contains("agroal_active_count")
        .contains("agroal_available_count");
    assertThat(metric(metrics, "casefunnel_imports_total", "outcome=\"rejected\""))
        .isEqualTo(rejectedBefore + 1);
    assertThat(metric(metrics, "casefunnel_imports_total", "outcome=\"imported\""))
        .isGreaterThanOrEqualTo(importedBefore);
  }

  private static String scrape() {
    return asEditor()
        .accept("text/plain")
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static double metric(String scrape, String name, String label) {
    Matcher m =
        Pattern.compile("(?m)^" + name + "\\{[^}]*" + Pattern.quote(label) + "[^}]*\\} (\\S+)$")
            .matcher(scrape);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }
}
