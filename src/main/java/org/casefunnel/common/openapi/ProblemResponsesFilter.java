package org.casefunnel.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Documents the problem responses of every operation in one place, the way {@code ProblemMappers}
 * produces them in one place: each error status an operation can answer gets a problem response
 * ({@link ProblemResponses}) with an example of that status ({@link ProblemExamples}). It also
 * states the security, headers and parameter bounds every operation shares ({@link
 * OperationHeaders}), names generic page schemas so generated clients read well ({@link
 * SpecComponents}), types the spec for generated clients ({@link SpecTyping}), closes request
 * bodies to members they do not list ({@link ClosedRequestBodies}), declares {@code ?format=} where
 * it chooses the representation ({@link FormatParameters}) and attaches the examples of bodies
 * ({@link SpecExamples}).
 *
 * <p>Runs once, when Quarkus builds the application: the document it produces is stored in the
 * build and served as is, so a start does not load the OpenAPI model, the examples or YAML.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

  static final String PROBLEM = "application/problem+json";
  static final String SCHEMAS = "#/components/schemas/";
  static final String BASIC = "basicAuth";
  static final String BEARER = "bearerAuth";

  /** Headers every read sends with its 200 and its 304 (HttpCaching). */
  static final List<String> VALIDATORS = List.of("ETag", "Last-Modified", "Cache-Control", "Vary");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openAPI.setComponents(components);
    }
    components.addSchema("Problem", SpecComponents.problemSchema());
    components.addSchema("ProblemError", SpecComponents.problemErrorSchema());
    SpecComponents.boundDateSchemas(components);
    SpecComponents.securitySchemes(components);
    ProblemResponses.addComponents(components);
    SpecComponents.cachingComponents(components);
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
      // relative: the document describes the server that serves it; meant for dashboards and
      // integrations, not only for the team that runs it
      openAPI.addServer(
          OASFactory.createServer()
              .url("/")
              .description(
                  "The server this document is served by, whichever environment it is:"
                      + " local, staging or production.")
              .addExtension("x-internal", false));
    }
    Map<String, String> renamed = SpecComponents.renamePageSchemas(components);
    for (Map.Entry<String, PathItem> entry : openAPI.getPaths().getPathItems().entrySet()) {
      if (!entry.getKey().startsWith("/api")) {
        continue;
      }
      for (Map.Entry<PathItem.HttpMethod, Operation> op :
          entry.getValue().getOperations().entrySet()) {
        Operation operation = op.getValue();
        OperationHeaders.boundParameters(operation);
        APIResponses responses = operation.getResponses();
        if (responses == null) {
          responses = OASFactory.createAPIResponses();
          operation.setResponses(responses);
        }
        SpecComponents.renameRefs(responses, renamed);
        OperationHeaders.describe(responses);
        if (op.getKey() == PathItem.HttpMethod.GET) {
          FormatParameters.declare(operation);
          OperationHeaders.caching(operation, responses);
        }
        OperationHeaders.created(responses);
        problems(entry.getKey(), op.getKey(), operation, responses);
      }
    }
    SpecTyping.typedDocuments(openAPI);
    components.removeSchema("Revision");
    SpecTyping.admitNullWhereAnyOfDoes(components);
    SpecTyping.requireAlwaysPresent(components);
    ClosedRequestBodies.close(openAPI);
    // after the page schemas are renamed: examples are found by schema name
    SpecExamples.attach(openAPI);
  }

  /** The security and the problem responses of one operation. */
  private static void problems(
      String path, PathItem.HttpMethod method, Operation operation, APIResponses responses) {
    boolean writes =
        method == PathItem.HttpMethod.POST
            || method == PathItem.HttpMethod.PUT
            || method == PathItem.HttpMethod.PATCH;
    boolean changes = writes || method == PathItem.HttpMethod.DELETE;
    ProblemResponses.add(responses, "400");
    // the policies in application.properties: every write needs the editor role and counts
    // against the client's write budget (WriteRateLimiter); reads are anonymous unless the
    // deployment sets casefunnel.security.read-policy=reader, hence the optional requirement
    List<SecurityRequirement> security = new ArrayList<>();
    if (!changes) {
      security.add(OASFactory.createSecurityRequirement());
    }
    security.add(OASFactory.createSecurityRequirement().addScheme(BASIC));
    security.add(OASFactory.createSecurityRequirement().addScheme(BEARER));
    operation.setSecurity(security);
    ProblemResponses.add(responses, "401");
    ProblemResponses.add(responses, "403");
    // any request may meet the HTTP layer's limits, content negotiation and login throttle
    ProblemResponses.add(responses, "429");
    // a path that names a resource, or an operation that declares a 404 for one named in its query
    if (path.contains("{") || responses.getAPIResponse("404") != null) {
      ProblemResponses.addNotFound(responses, path);
    }
    for (String status : List.of("405", "406")) {
      ProblemResponses.add(responses, status);
    }
    if (changes) {
      ProblemResponses.add(responses, "409");
    }
    for (String status : List.of("413", "414", "415", "431")) {
      ProblemResponses.add(responses, status);
    }
    if (writes) {
      ProblemResponses.add(responses, "422");
    }
    // reads evaluate If-Match and If-Unmodified-Since too (HttpCaching, RFC 9110 section 13.1)
    if (OperationHeaders.hasIfMatch(operation) || method == PathItem.HttpMethod.GET) {
      ProblemResponses.add(responses, "412");
    }
    if (OperationHeaders.requiresIfMatch(operation)) {
      ProblemResponses.add(responses, "428");
    }
    ProblemResponses.add(responses, "500");
    ProblemResponses.add(responses, "503");
  }
}
