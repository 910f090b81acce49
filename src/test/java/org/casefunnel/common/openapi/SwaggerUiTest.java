package org.casefunnel.common.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Swagger UI loads the project's plugin (public reads) and request interceptor (no dialog). */
@QuarkusTest
class SwaggerUiTest {

  @Test
  void swaggerUiIsWiredToThePluginAndTheInterceptor() {
    given()
        .get("/q/swagger-ui/")
        .then()
        .statusCode(200)
        .body(
            allOf(
                containsString("src=\"/swagger-ui-plugins/case-funnel.js\""),
                containsString("CaseFunnelOpenReads"),
                containsString("SwaggerUIBundle.plugins.DownloadUrl"),
                containsString("requestInterceptor: CaseFunnelRequestInterceptor")));
  }

  @Test
  void thePluginIsServedAndMarksRequestsAsAScriptsAndReadsAsPublic() {
    given()
        .get("/swagger-ui-plugins/case-funnel.js")
        .then()
        .statusCode(200)
        .contentType(containsString("javascript"))
        .body(
            allOf(
                containsString("window.CaseFunnelOpenReads"),
                containsString("window.CaseFunnelRequestInterceptor"),
                containsString("\"X-Requested-With\"] = \"XMLHttpRequest\"")));
  }
}
