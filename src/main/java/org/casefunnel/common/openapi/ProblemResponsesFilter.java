package org.casefunnel.common.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses of every operation in one place, the way {@code ProblemMappers}
 * produces them in one place: each error status an operation can answer gets a shared response
 * whose body is an RFC 9457 problem.
 */
public class ProblemResponsesFilter implements OASFilter {

  private static final String PROBLEM = "application/problem+json";

  private static final Map<String, String> RESPONSES = new LinkedHashMap<>();

  static {
    RESPONSES.put("400", "Malformed request or invalid parameter.");
    RESPONSES.put("404", "No such resource.");
    RESPONSES.put("409", "Conflict with the current state, e.g. an id that exists already.");
    RESPONSES.put("422", "The body breaks a rule; each error has a JSON pointer.");
    RESPONSES.put("500", "Unexpected error; nothing internal is disclosed.");
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openAPI.setComponents(components);
    }
    components.addSchema("Problem", problemSchema());
    components.addSchema("ProblemError", problemErrorSchema());
    for (Map.Entry<String, String> e : RESPONSES.entrySet()) {
      components.addResponse(
          "Problem" + e.getKey(),
          OASFactory.createAPIResponse()
              .description(e.getValue())
              .content(
                  OASFactory.createContent()
                      .addMediaType(
                          PROBLEM,
                          OASFactory.createMediaType()
                              .schema(
                                  OASFactory.createSchema().ref("#/components/schemas/Problem")))));
    }
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> entry : openAPI.getPaths().getPathItems().entrySet()) {
      boolean hasPathParameter = entry.getKey().contains("{");
      for (Map.Entry<PathItem.HttpMethod, Operation> op :
          entry.getValue().getOperations().entrySet()) {
        if (!entry.getKey().startsWith("/api")) {
          continue;
        }
        APIResponses responses = op.getValue().getResponses();
        if (responses == null) {
          responses = OASFactory.createAPIResponses();
          op.getValue().setResponses(responses);
        }
        boolean writes =
            op.getKey() == PathItem.HttpMethod.POST || op.getKey() == PathItem.HttpMethod.PUT;
        add(responses, "400");
        if (hasPathParameter) {
          add(responses, "404");
        }
        if (writes || op.getKey() == PathItem.HttpMethod.DELETE) {
          add(responses, "409");
        }
        if (writes) {
          add(responses, "422");
        }
        add(responses, "500");
      }
    }
  }

  private static void add(APIResponses responses, String status) {
    if (!responses.hasAPIResponse(status)) {
      APIResponse ref =
          OASFactory.createAPIResponse().ref("#/components/responses/Problem" + status);
      responses.addAPIResponse(status, ref);
    }
  }

  private static Schema problemSchema() {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description(
            "An RFC 9457 problem document, sent as application/problem+json with every error.")
        .addRequired("type")
        .addRequired("title")
        .addRequired("status")
        .addProperty(
            "type",
            string(
                "Stable URI that identifies the kind of problem.",
                "urn:case-funnel:problem:validation-failed"))
        .addProperty("title", string("Short summary of the kind of problem.", "Validation failed"))
        .addProperty(
            "status",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.INTEGER)
                .format("int32")
                .description("HTTP status code.")
                .examples(java.util.List.of(422)))
        .addProperty(
            "detail", string("What went wrong in this occurrence.", "The request has 2 errors."))
        .addProperty(
            "instance",
            string("The request path the problem occurred on.", "/api/funnel-documents"))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .description(
                    "Each error found, with a JSON pointer into the request where one applies.")
                .items(OASFactory.createSchema().ref("#/components/schemas/ProblemError")));
  }

  private static Schema problemErrorSchema() {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("One error found in a request.")
        .addProperty(
            "pointer",
            string(
                "RFC 6901 JSON pointer to the offending value in the body, or the name of the parameter.",
                "/figures/2/low"))
        .addProperty(
            "detail", string("What is wrong there.", "must not be greater than high (3000)"));
  }

  private static Schema string(String description, String example) {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.STRING)
        .description(description)
        .examples(java.util.List.of(example));
  }
}
