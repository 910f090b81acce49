package org.casefunnel.common.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every status the HTTP layer can send for any request (a method a path does not take, an Accept it
 * cannot serve, a body, URI or headers over the limit, a media type it does not read, the login
 * throttle) is in every operation's responses as a problem (issue 15: 405, 406, 413, 414, 415 and
 * 431 were in none). Read from the committed spec, which CommittedSpecTest holds equal to the
 * served one.
 */
class HttpLayerStatusesInSpecTest {

  private static final List<String> ANY_REQUEST =
      List.of("400", "405", "406", "413", "414", "415", "429", "431", "500");

  private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

  @Test
  void everyOperationDocumentsTheHttpLayersStatusesAsProblems() throws IOException {
    JsonNode spec = new ObjectMapper().readTree(Files.readString(Path.of("openapi/openapi.json")));
    JsonNode shared = spec.path("components").path("responses");
    int operations = 0;
    for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        if (!METHODS.contains(operation.getKey())) {
          continue;
        }
        operations++;
        String name = operation.getKey().toUpperCase() + " " + path.getKey();
        JsonNode responses = operation.getValue().path("responses");
        List<String> statuses = new ArrayList<>(ANY_REQUEST);
        if ("get".equals(operation.getKey())) {
          // HttpCaching evaluates If-Match and If-Unmodified-Since on every read
          statuses.add("412");
        }
        for (String status : statuses) {
          JsonNode response = responses.path(status);
          assertThat(response.isMissingNode()).as(name + " documents " + status).isFalse();
          String ref = response.path("$ref").asText();
          if (ref.startsWith("#/components/responses/")) {
            response = shared.path(ref.substring("#/components/responses/".length()));
          }
          assertThat(
                  response
                      .path("content")
                      .path("application/problem+json")
                      .path("schema")
                      .path("$ref")
                      .asText())
              .as(name + " " + status)
              .isEqualTo("#/components/schemas/Problem");
        }
      }
    }
    assertThat(operations).isGreaterThan(40);
  }
}
