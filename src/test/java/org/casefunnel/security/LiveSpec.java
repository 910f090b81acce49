package org.casefunnel.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenAPI document a running service serves at {@code /q/openapi}, read as a client would: its
 * operations, and JSON Schema 2020-12 validators (the dialect of OpenAPI 3.1) for its response
 * schemas, with {@code $ref}s resolved against the document's components.
 */
final class LiveSpec {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

  /** One operation: method, path template and its node in the document. */
  record Operation(String method, String template, JsonNode node) {

    String id() {
      return node.path("operationId").asText();
    }

    /** Names of the parameters in {@code in} ("path", "query", "header"). */
    List<String> parameters(String in) {
      List<String> names = new ArrayList<>();
      for (JsonNode p : node.path("parameters")) {
        if (in.equals(p.path("in").asText())) {
          names.add(p.path("name").asText());
        }
      }
      return names;
    }

    /** The request body's media type and example, or null when the operation takes no body. */
    Map.Entry<String, JsonNode> body() {
      JsonNode content = node.path("requestBody").path("content");
      var fields = content.fields();
      if (!fields.hasNext()) {
        return null;
      }
      var media = fields.next();
      return Map.entry(media.getKey(), media.getValue().path("example"));
    }

    boolean answers(int status) {
      return node.path("responses").has(Integer.toString(status));
    }

    /** The response content for a status and media type (parameters ignored), or a missing node. */
    JsonNode content(int status, String mediaType) {
      JsonNode content = node.path("responses").path(Integer.toString(status)).path("content");
      return content.path(mediaType);
    }

    @Override
    public String toString() {
      return method.toUpperCase(Locale.ROOT) + " " + template + " (" + id() + ")";
    }
  }

  private final JsonNode document;
  private final List<Operation> operations = new ArrayList<>();
  private final Map<String, JsonSchema> validators = new ConcurrentHashMap<>();

  private LiveSpec(JsonNode document) {
    this.document = document;
    document
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        op -> {
                          if (METHODS.contains(op.getKey())) {
                            operations.add(
                                new Operation(op.getKey(), path.getKey(), op.getValue()));
                          }
                        }));
  }

  /** Reads the document served at {@code baseUri + /q/openapi?format=json}. */
  static LiveSpec read(String baseUri) throws IOException, InterruptedException {
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpResponse<String> answer =
          client.send(
              HttpRequest.newBuilder(URI.create(baseUri + "/q/openapi?format=json")).build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException("/q/openapi answered " + answer.statusCode());
      }
      return new LiveSpec(JSON.readTree(answer.body()));
    }
  }

  List<Operation> operations() {
    return operations;
  }

  /** Validation messages of {@code instance} against {@code schema} (empty when valid). */
  Set<ValidationMessage> validate(JsonNode schema, JsonNode instance) {
    return validators.computeIfAbsent(schema.toString(), s -> validator(schema)).validate(instance);
  }

  /** Validation messages of {@code instance} against the component schema {@code name}. */
  Set<ValidationMessage> validate(String name, JsonNode instance) {
    return validate(JSON.createObjectNode().put("$ref", "#/components/schemas/" + name), instance);
  }

  private JsonSchema validator(JsonNode schema) {
    // the schema inside a copy of the components, so its $refs resolve
    ObjectNode root = JSON.createObjectNode();
    root.set("components", document.get("components"));
    root.setAll((ObjectNode) schema.deepCopy());
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
  }
}
