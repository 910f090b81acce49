package org.casefunnel.common.openapi;

import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The spec's request examples of the create operations work when sent as they are to a seeded
 * service (Swagger UI's "Try it out", a generated client's first call): the seed's own funnel,
 * stage, source and statement would each be a 409, their ids being taken.
 */
@QuarkusTest
class CreateExamplesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COPY = "create-examples";
  private static JsonNode spec;

  @BeforeAll
  static void readSpec() throws IOException {
    spec = JSON.readTree(Path.of("openapi", "openapi.json").toFile());
  }

  private static JsonNode example(String path, String method) {
    JsonNode example =
        spec.path("paths")
            .path(path)
            .path(method)
            .path("requestBody")
            .path("content")
            .path("application/json")
            .path("example");
    if (example.isMissingNode()) {
      throw new AssertionError("no request example for " + method + " " + path);
    }
    return example;
  }

  /** A copy of the seed (the import's own example under another id), with every seed key. */
  private static void importSeedCopy() {
    ObjectNode document = example("/api/funnel-documents", "post").deepCopy();
    ((ObjectNode) document.path("funnel")).put("id", COPY);
    if (asEditor().get("/api/funnels/" + COPY).statusCode() == 404) {
      asEditor()
          .contentType(ContentType.JSON)
          .body(document.toString())
          .post("/api/funnel-documents")
          .then()
          .statusCode(201);
    }
  }

  @Test
  void theCreateFunnelExampleIsNotTheSeedsId() {
    JsonNode funnel = example("/api/funnels", "post");
    asEditor().get("/api/funnels/met-group-cse-review").then().statusCode(200);

    asEditor()
        .contentType(ContentType.JSON)
        .body(funnel.toString())
        .post("/api/funnels")
        .then()
        .statusCode(201)
        .body("id", equalTo(funnel.path("id").asText()));
  }

  @Test
  void theCreateStageSourceAndStatementExamplesFitAFunnelThatHoldsTheSeedsKeys() {
    importSeedCopy();
    String base = "/api/funnels/" + COPY;

    for (String[] op :
        new String[][] {
          {"/api/funnels/{funnelId}/sources", "sources"},
          {"/api/funnels/{funnelId}/statements", "statements"},
          {"/api/funnels/{funnelId}/stages", "stages"}
        }) {
      JsonNode body = example(op[0], "post");
      asEditor()
          .contentType(ContentType.JSON)
          .body(body.toString())
          .post(base + "/" + op[1])
          .then()
          .statusCode(201)
          .contentType(ContentType.JSON);
    }
  }
}
