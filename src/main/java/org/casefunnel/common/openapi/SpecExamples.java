package org.casefunnel.common.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Puts an example on every JSON request body and response whose schema has one in {@code
 * src/main/resources/api-examples/<Schema>.json}. The examples are what the service answered for
 * the seed funnel (the article's figures, statements and source), never made-up numbers; {@code
 * SpecExamplesTest} validates each against its schema.
 */
final class SpecExamples {

  static final String FOLDER = "api-examples/";
  private static final String SCHEMAS = "#/components/schemas/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private SpecExamples() {}

  static void attach(OpenAPI openAPI) {
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      for (Operation operation : item.getOperations().values()) {
        if (operation.getRequestBody() != null) {
          attach(operation.getRequestBody().getContent(), operation.getOperationId());
        }
        if (operation.getResponses() != null
            && operation.getResponses().getAPIResponses() != null) {
          operation.getResponses().getAPIResponses().entrySet().stream()
              .filter(e -> e.getKey().startsWith("2"))
              .forEach(e -> attach(e.getValue().getContent(), null));
        }
      }
    }
  }

  /**
   * A request body takes {@code <operationId>.request.json}, else {@code <Schema>.request.json},
   * when there is one: an example that works when sent as it is to the seeded service (the seed's
   * own funnel, stage, source or statement would be a 409 on create, its id being taken; the same
   * values are right for a PUT).
   *
   * @param operationId the operation of a request body, null for a response
   */
  private static void attach(Content content, String operationId) {
    if (content == null || content.getMediaTypes() == null) {
      return;
    }
    MediaType json = content.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
    if (json == null || json.getSchema() == null || json.getExample() != null) {
      return;
    }
    Schema schema = json.getSchema();
    boolean array = schema.getRef() == null && schema.getItems() != null;
    String ref = array ? schema.getItems().getRef() : schema.getRef();
    if (ref == null || !ref.startsWith(SCHEMAS)) {
      return;
    }
    String name = ref.substring(SCHEMAS.length());
    Object example = operationId == null ? null : load(operationId + ".request");
    if (example == null && operationId != null) {
      example = load(name + ".request");
    }
    if (example == null) {
      example = load(name);
    }
    if (example != null) {
      json.setExample(array ? List.of(example) : example);
    }
  }

  /** The example of a schema as plain maps and lists, or null when there is none. */
  static Object load(String schemaName) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in = loader.getResourceAsStream(FOLDER + schemaName + ".json")) {
      return in == null ? null : JSON.readValue(in, Object.class);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable example for " + schemaName, e);
    }
  }
}
