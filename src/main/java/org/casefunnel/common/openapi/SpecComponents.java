package org.casefunnel.common.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The components the spec's operations refer to: the problem schemas, the security schemes, the
 * caching validators, and the bounds and names of shared schemas. Built once with the spec.
 */
final class SpecComponents {

  private SpecComponents() {}

  /** Validators of every read, and the 304 that a revalidation with them is answered with. */
  static void cachingComponents(Components components) {
    components.addHeader(
        "ETag",
        OASFactory.createHeader()
            .description(
                "Strong tag of this representation; send it back in If-None-Match to revalidate"
                    + " (304 while nothing behind the response changed).")
            .schema(string("Quoted entity tag.", "\"funnel-met-group-cse-review-v3-5f1c2a9b\"")));
    components.addHeader(
        "Last-Modified",
        OASFactory.createHeader()
            .description(
                "When the funnel behind the response last changed (IMF-fixdate); for"
                    + " If-Modified-Since. Not sent on reads over several funnels (the funnel list,"
                    + " the changes feed, comparisons, programme roll-ups), whose ETag is the one"
                    + " validator, nor while the change is still in the current second.")
            .schema(string("HTTP date.", "Tue, 01 Dec 2026 19:27:04 GMT")));
    components.addHeader(
        "Cache-Control",
        OASFactory.createHeader()
            .description("Caches may keep the response but must revalidate it before each use.")
            .schema(string("Cache directives.", "no-cache")));
    components.addHeader(
        "Vary",
        OASFactory.createHeader()
            .description("Request headers the response depends on.")
            .schema(string("Header names.", "Accept, Origin")));
    APIResponse notModified =
        OASFactory.createAPIResponse()
            .description(
                "Not modified: the If-None-Match (or If-Modified-Since) the client sent is still"
                    + " current; no body.");
    for (String h : ProblemResponsesFilter.VALIDATORS) {
      notModified.addHeader(h, OASFactory.createHeader().ref("#/components/headers/" + h));
    }
    components.addResponse("NotModified", notModified);
    components.addHeader(
        "Location",
        OASFactory.createHeader()
            .description("Where the created resource is read from now on.")
            .schema(
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .format("uri")
                    .description("Absolute URI.")
                    .examples(List.of("http://localhost:8080/api/funnels/my-review"))));
    // declared as parameters so generated clients take them as arguments of every read
    components.addParameter(
        "IfNoneMatch",
        OASFactory.createParameter()
            .name("If-None-Match")
            .in(Parameter.In.HEADER)
            .description(
                "The ETag of the copy the client holds: 304 with no body while it is still"
                    + " current, else 200 with the new representation and its ETag.")
            .schema(
                string("Entity tags, or *.", "\"funnel-met-group-cse-review-v3-5f1c2a9b\"")
                    .maxLength(1000)));
    components.addParameter(
        "IfModifiedSince",
        OASFactory.createParameter()
            .name("If-Modified-Since")
            .in(Parameter.In.HEADER)
            .description(
                "The Last-Modified of the copy the client holds (IMF-fixdate): 304 while nothing"
                    + " changed since. Ignored when If-None-Match is sent (RFC 9110).")
            .schema(string("HTTP date.", "Tue, 01 Dec 2026 19:27:04 GMT").maxLength(35)));
  }

  /**
   * The two ways an editor proves who they are (application.properties, "Security"): Basic with a
   * configured user, or a bearer JWT when a verification key is configured. Reads are public unless
   * the deployment sets casefunnel.security.read-policy=reader, so they carry no requirement.
   */
  static void securitySchemes(Components components) {
    if (components.getSecuritySchemes() != null) {
      // the one the JWT extension adds on its own; ours below describe both schemes
      components.getSecuritySchemes().keySet().stream()
          .toList()
          .forEach(components::removeSecurityScheme);
    }
    components.addSecurityScheme(
        ProblemResponsesFilter.BASIC,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("basic")
            .description("A user configured under casefunnel.security.users (PBKDF2 hash)."));
    components.addSecurityScheme(
        ProblemResponsesFilter.BEARER,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .bearerFormat("JWT")
            .description(
                "A JWT signed by the key at MP_JWT_VERIFY_PUBLICKEY_LOCATION, with the editor"
                    + " group for writes. Tokens are handled as RFC8725 (JWT best current"
                    + " practices) asks: the signature algorithm is fixed (RS256, never none),"
                    + " and signature, issuer and expiry are verified."));
  }

  /** ISO dates are exactly ten characters; ISO instants at most 35 (nanoseconds and an offset). */
  static void boundDateSchemas(Components components) {
    if (components.getSchemas() == null) {
      return;
    }
    Schema date = components.getSchemas().get("LocalDate");
    if (date != null) {
      date.minLength(10).maxLength(10);
    }
    Schema instant = components.getSchemas().get("Instant");
    if (instant != null) {
      instant.maxLength(35);
    }
  }

  /**
   * The generator names {@code PageView<FunnelSummary>} "PageViewFunnelSummary" and also emits an
   * unused raw "PageView"; clients read better with "FunnelSummaryPage".
   */
  static Map<String, String> renamePageSchemas(Components components) {
    Map<String, String> renamed = new LinkedHashMap<>();
    if (components.getSchemas() == null) {
      return renamed;
    }
    for (String name : new ArrayList<>(components.getSchemas().keySet())) {
      if (name.startsWith("PageView") && name.length() > "PageView".length()) {
        String to = name.substring("PageView".length()) + "Page";
        Schema schema = components.getSchemas().get(name);
        components.removeSchema(name);
        components.addSchema(to, schema);
        renamed.put(ProblemResponsesFilter.SCHEMAS + name, ProblemResponsesFilter.SCHEMAS + to);
      }
    }
    if (!renamed.isEmpty()) {
      components.removeSchema("PageView");
    }
    return renamed;
  }

  static void renameRefs(APIResponses responses, Map<String, String> renamed) {
    if (renamed.isEmpty() || responses.getAPIResponses() == null) {
      return;
    }
    for (APIResponse response : responses.getAPIResponses().values()) {
      if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
        continue;
      }
      for (MediaType media : response.getContent().getMediaTypes().values()) {
        Schema s = media.getSchema();
        if (s != null && s.getRef() != null && renamed.containsKey(s.getRef())) {
          s.setRef(renamed.get(s.getRef()));
        }
      }
    }
  }

  static Schema problemSchema() {
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
                    "Stable URI that identifies the kind of problem; one of the documented"
                        + " URNs (ProblemType), never renamed.",
                    "urn:case-funnel:problem:validation-failed")
                .format("uri")
                .enumeration(SpecTyping.problemTypes()))
        .addProperty("title", string("Short summary of the kind of problem.", "Validation failed"))
        .addProperty(
            "status",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.INTEGER)
                .format("int32")
                .minimum(BigDecimal.valueOf(400))
                .maximum(BigDecimal.valueOf(599))
                .description("HTTP status code.")
                .examples(List.of(422)))
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
                .items(
                    OASFactory.createSchema()
                        .ref(ProblemResponsesFilter.SCHEMAS + "ProblemError")));
  }

  static Schema problemErrorSchema() {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("One error found in a request.")
        .addRequired("detail")
        .addProperty(
            "pointer",
            string(
                    "RFC 6901 JSON pointer to the offending value in the body, or the name of the"
                        + " parameter; absent when the error is about the request as a whole.",
                    "/figures/2/low")
                .addType(Schema.SchemaType.NULL))
        .addProperty(
            "detail", string("What is wrong there.", "must not be greater than high (3000)"));
  }

  static Schema string(String description, String example) {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.STRING)
        .description(description)
        .examples(List.of(example));
  }
}
