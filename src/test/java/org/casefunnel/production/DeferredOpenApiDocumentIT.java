package org.casefunnel.production;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.casefunnel.support.ServiceProcess;
import org.casefunnel.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service builds its OpenAPI document on the first request for it, not while it starts
 * (docs/performance.md, "Less work at start"), and serves the committed document.
 */
class DeferredOpenApiDocumentIT {

  // built by Quarkus's start step when the document is prepared eagerly, and only then
  private static final String DOCUMENT_BUILDER = "io.smallrye.openapi.api.SmallRyeOpenAPI ";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void theDocumentIsBuiltOnItsFirstRequestAndIsTheCommittedOne(@TempDir Path dir) throws Exception {
    Path classLog = dir.resolve("class-load.log");
    try (ServiceProcess service =
        new ServiceProcess(
                TestDatabases.newServiceDatabase("openapi"),
                List.of("-Xlog:class+load=info:file=" + classLog))
            .start(Duration.ofSeconds(240))) {
      assertThat(Files.readString(classLog))
          .as("classes loaded by a start, to ready")
          .contains("org.casefunnel.")
          .doesNotContain(DOCUMENT_BUILDER);

      JsonNode servedYaml = served(service, "application/yaml", YAML);

      assertThat(Files.readString(classLog)).contains(DOCUMENT_BUILDER);
      assertThat(servedYaml)
          .isEqualTo(YAML.readTree(Files.readString(Path.of("openapi/openapi.yaml"))));
      assertThat(served(service, "application/json", JSON))
          .isEqualTo(JSON.readTree(Files.readString(Path.of("openapi/openapi.json"))));
    }
  }

  /** The document as served in one media type, read as a tree. */
  private static JsonNode served(ServiceProcess service, String mediaType, ObjectMapper reader)
      throws IOException {
    String body =
        given()
            .baseUri(service.baseUri())
            .accept(mediaType)
            .when()
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .contentType(mediaType)
            .extract()
            .asString();
    return reader.readTree(body);
  }
}
