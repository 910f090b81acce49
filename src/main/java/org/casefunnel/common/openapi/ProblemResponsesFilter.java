package org.casefunnel.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Documents the problem responses of every operation in one place, the way {@code ProblemMappers}
 * produces them in one place: each error status an operation can answer gets a shared response
 * whose body is an RFC 9457 problem. It also states, once, the bounds that hold for every path
 * parameter and names generic page schemas so generated clients read well.
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

  /** Longest id or key a client can choose (the @Size bound of every id in the Spec records). */
  static final int MAX_KEY_LENGTH = 100;

  /** Longest value of a text filter (the longest bounded field it is compared with). */
  static final int MAX_FILTER_LENGTH = 300;

  /** Headers every read sends with its 200 and its 304 (HttpCaching). */
  static final List<String> VALIDATORS = List.of("ETag", "Last-Modified", "Cache-Control", "Vary");

  private static final Map<String, String> RESPONSES = new LinkedHashMap<>();

  static {
    RESPONSES.put("400", "Malformed request or invalid parameter.");
    RESPONSES.put("401", "No credentials, or wrong ones; WWW-Authenticate names the scheme.");
    RESPONSES.put(
        "403",
        "The credentials are valid but lack the role the operation needs (editor; reader for reads when required).");
    RESPONSES.put("404", "No such resource.");
    RESPONSES.put("405", "The method is not allowed on this path; Allow lists the ones that are.");
    RESPONSES.put("406", "None of the media types in Accept can be produced.");
    RESPONSES.put("409", "Conflict with the current state, e.g. an id that exists already.");
    RESPONSES.put("412", "If-Match names a version that is no longer current; read it again.");
    RESPONSES.put("413", "The request body is larger than the limit; the connection is closed.");
    RESPONSES.put("414", "The request URI is longer than the limit; the connection is closed.");
    RESPONSES.put("415", "The request's Content-Type is not accepted.");
    RESPONSES.put("422", "The body breaks a rule; each error has a JSON pointer.");
    RESPONSES.put("428", "The change has no If-Match header.");
    RESPONSES.put(
        "429",
        "Too many writes from this client, or too many failed logins for the user name or from the"
            + " address; Retry-After says when to try again.");
    RESPONSES.put(
        "431", "The request's headers are larger than the limit; the connection is closed.");
    RESPONSES.put("500", "Unexpected error; nothing internal is disclosed.");
    RESPONSES.put("503", "The database is not reachable; Retry-After says when to try again.");
  }

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
    for (Map.Entry<String, String> e : RESPONSES.entrySet()) {
      APIResponse response =
          OASFactory.createAPIResponse()
              .description(e.getValue())
              .content(
                  OASFactory.createContent()
                      .addMediaType(
                          PROBLEM,
                          OASFactory.createMediaType()
                              .schema(OASFactory.createSchema().ref(SCHEMAS + "Problem"))));
      if ("429".equals(e.getKey()) || "503".equals(e.getKey())) {
        response.addHeader(
            "Retry-After",
            OASFactory.createHeader()
                .description(
                    "429".equals(e.getKey())
                        ? "Seconds until the client's next write or login will be accepted."
                        : "Seconds after which to try again.")
                .schema(
                    OASFactory.createSchema()
                        .addType(Schema.SchemaType.INTEGER)
                        .format("int64")
                        .minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(Long.MAX_VALUE))));
      }
      if ("401".equals(e.getKey())) {
        response.addHeader(
            "WWW-Authenticate",
            OASFactory.createHeader()
                .description("The schemes the service accepts (Basic, Bearer).")
                .schema(
                    SpecComponents.string(
                        "Challenge.", "Basic realm=\"case-funnel\", charset=\"UTF-8\"")));
      }
      components.addResponse("Problem" + e.getKey(), response);
    }
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
      boolean hasPathParameter = entry.getKey().contains("{");
      for (Map.Entry<PathItem.HttpMethod, Operation> op :
          entry.getValue().getOperations().entrySet()) {
        Operation operation = op.getValue();
        boundParameters(operation);
        APIResponses responses = operation.getResponses();
        if (responses == null) {
          responses = OASFactory.createAPIResponses();
          operation.setResponses(responses);
        }
        SpecComponents.renameRefs(responses, renamed);
        boolean writes =
            op.getKey() == PathItem.HttpMethod.POST
                || op.getKey() == PathItem.HttpMethod.PUT
                || op.getKey() == PathItem.HttpMethod.PATCH;
        boolean changes = writes || op.getKey() == PathItem.HttpMethod.DELETE;
        describeHeaders(responses);
        if (op.getKey() == PathItem.HttpMethod.GET) {
          // every GET under /api is answered conditionally by HttpCaching (@Cached)
          cachingHeaders(responses);
          conditionalParameters(operation);
        }
        createdHeaders(responses);
        add(responses, "400");
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
        add(responses, "401");
        add(responses, "403");
        // any request may meet the HTTP layer's limits, content negotiation and login throttle
        add(responses, "429");
        if (hasPathParameter) {
          add(responses, "404");
        }
        add(responses, "405");
        add(responses, "406");
        if (changes) {
          add(responses, "409");
        }
        add(responses, "413");
        add(responses, "414");
        add(responses, "415");
        add(responses, "431");
        if (writes) {
          add(responses, "422");
        }
        if (hasIfMatch(operation)) {
          add(responses, "412");
          add(responses, "428");
        }
        add(responses, "500");
        add(responses, "503");
      }
    }
    SpecTyping.typedDocuments(openAPI);
    components.removeSchema("Revision");
    SpecTyping.requireAlwaysPresent(components);
    // after the page schemas are renamed: examples are found by schema name
    SpecExamples.attach(openAPI);
  }

  private static void cachingHeaders(APIResponses responses) {
    APIResponse ok = responses.getAPIResponse("200");
    if (ok != null && ok.getRef() == null) {
      for (String h : VALIDATORS) {
        if (ok.getHeaders() == null || !ok.getHeaders().containsKey(h)) {
          ok.addHeader(h, OASFactory.createHeader().ref("#/components/headers/" + h));
        }
      }
    }
    if (responses.getAPIResponse("304") == null) {
      responses.addAPIResponse(
          "304", OASFactory.createAPIResponse().ref("#/components/responses/NotModified"));
    }
  }

  /** Every read answers If-None-Match and If-Modified-Since (HttpCaching). */
  private static void conditionalParameters(Operation operation) {
    for (String name : List.of("IfNoneMatch", "IfModifiedSince")) {
      String ref = "#/components/parameters/" + name;
      if (operation.getParameters() == null
          || operation.getParameters().stream().noneMatch(p -> ref.equals(p.getRef()))) {
        operation.addParameter(OASFactory.createParameter().ref(ref));
      }
    }
  }

  /** Every 201 names the new resource (Location) and its version (ETag), see Tagged.created. */
  private static void createdHeaders(APIResponses responses) {
    APIResponse created = responses.getAPIResponse("201");
    if (created == null || created.getRef() != null) {
      return;
    }
    for (String h : List.of("Location", "ETag")) {
      if (created.getHeaders() == null || !created.getHeaders().containsKey(h)) {
        created.addHeader(h, OASFactory.createHeader().ref("#/components/headers/" + h));
      }
    }
  }

  private static boolean hasIfMatch(Operation operation) {
    return operation.getParameters() != null
        && operation.getParameters().stream()
            .anyMatch(
                p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
  }

  /** Headers declared with a name and a description only get the string schema OpenAPI requires. */
  private static void describeHeaders(APIResponses responses) {
    if (responses.getAPIResponses() == null) {
      return;
    }
    for (APIResponse response : responses.getAPIResponses().values()) {
      if (response.getHeaders() == null) {
        continue;
      }
      for (Header header : response.getHeaders().values()) {
        if (header.getRef() == null && header.getSchema() == null && header.getContent() == null) {
          header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        }
      }
    }
  }

  /**
   * Adds the shared problem response, replacing one the generator added without a body (it adds a
   * bare "Bad Request" to every operation with a validated body).
   */
  private static void add(APIResponses responses, String status) {
    APIResponse existing = responses.getAPIResponse(status);
    if (existing == null || (existing.getRef() == null && existing.getContent() == null)) {
      responses.addAPIResponse(
          status, OASFactory.createAPIResponse().ref("#/components/responses/Problem" + status));
    }
  }

  /**
   * Path and query parameters are ids, keys and filters whose longest meaningful value is the bound
   * of the field they name; numeric ids are positive 64-bit surrogate keys.
   */
  private static void boundParameters(Operation operation) {
    if (operation.getParameters() == null) {
      return;
    }
    for (Parameter p : operation.getParameters()) {
      Schema s = p.getSchema();
      if (s == null || s.getType() == null) {
        continue;
      }
      if ("date".equals(s.getFormat()) && s.getMaxLength() == null) {
        s.setMaxLength(10);
      }
      if ("date-time".equals(s.getFormat()) && s.getMaxLength() == null) {
        s.setMaxLength(35);
      }
      if (s.getType().contains(Schema.SchemaType.STRING)
          && s.getMaxLength() == null
          && s.getEnumeration() == null
          && s.getFormat() == null) {
        s.setMaxLength(
            p.getIn() == Parameter.In.PATH ? MAX_KEY_LENGTH : Integer.valueOf(MAX_FILTER_LENGTH));
      }
      if (s.getType().contains(Schema.SchemaType.INTEGER)) {
        boolean int64 = "int64".equals(s.getFormat());
        if (s.getMinimum() == null) {
          s.setMinimum(
              BigDecimal.valueOf(p.getIn() == Parameter.In.PATH ? 1 : int64 ? Long.MIN_VALUE : 0));
        }
        if (s.getMaximum() == null) {
          s.setMaximum(BigDecimal.valueOf(int64 ? Long.MAX_VALUE : Integer.MAX_VALUE));
        }
      }
    }
  }
}
