package org.casefunnel.common.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casefunnel.common.problem.Challenges;
import org.casefunnel.common.problem.ProblemCaching;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The shared problem responses ({@code #/components/responses/Problem<status>}): each error status
 * the service answers, with the RFC 9457 problem body, an example whose status is that status
 * ({@link ProblemExamples}) and the headers that come with it (Retry-After, WWW-Authenticate).
 */
final class ProblemResponses {

  private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

  static {
    DESCRIPTIONS.put(
        "400",
        "Malformed request, or a query parameter that is invalid, too long or not one the"
            + " operation takes.");
    DESCRIPTIONS.put(
        "401",
        "No credentials, or wrong ones; WWW-Authenticate names the schemes (Bearer only for a"
            + " request marked X-Requested-With: XMLHttpRequest, so that browsers open no login"
            + " dialog).");
    DESCRIPTIONS.put(
        "403",
        "The credentials are valid but lack the role the operation needs (editor; reader for reads when required).");
    DESCRIPTIONS.put("404", "No such resource.");
    DESCRIPTIONS.put(
        "405", "The method is not allowed on this path; Allow lists the ones that are.");
    DESCRIPTIONS.put("406", "None of the media types in Accept can be produced.");
    DESCRIPTIONS.put("409", "Conflict with the current state, e.g. an id that exists already.");
    DESCRIPTIONS.put(
        "412",
        "If-Match names a version that is no longer current (or, without If-Match,"
            + " If-Unmodified-Since a time before the last change); read it again.");
    DESCRIPTIONS.put("413", "The request body is larger than the limit; the connection is closed.");
    DESCRIPTIONS.put("414", "The request URI is longer than the limit; the connection is closed.");
    DESCRIPTIONS.put("415", "The request's Content-Type is not accepted.");
    DESCRIPTIONS.put("422", "The body breaks a rule; each error has a JSON pointer.");
    DESCRIPTIONS.put("428", "The change has no If-Match header.");
    DESCRIPTIONS.put(
        "429",
        "Too many writes from this client, or too many failed logins for the user name or from the"
            + " address; Retry-After says when to try again.");
    DESCRIPTIONS.put(
        "431", "The request's headers are larger than the limit; the connection is closed.");
    DESCRIPTIONS.put("500", "Unexpected error; nothing internal is disclosed.");
    DESCRIPTIONS.put("503", "The database is not reachable; Retry-After says when to try again.");
  }

  /** The shared header component of every problem's Cache-Control. */
  static final String NO_STORE = "ProblemCacheControl";

  private ProblemResponses() {}

  /** Adds {@code Problem<status>} for every status but 404 (see addNotFound) to the components. */
  static void addComponents(Components components) {
    components.addHeader(
        NO_STORE,
        OASFactory.createHeader()
            .description("Problems are kept by no cache.")
            .schema(SpecComponents.string("Cache directives.", ProblemCaching.CACHE_CONTROL)));
    for (Map.Entry<String, String> e : DESCRIPTIONS.entrySet()) {
      String status = e.getKey();
      if ("404".equals(status)) {
        continue;
      }
      APIResponse response =
          OASFactory.createAPIResponse()
              .description(e.getValue())
              .content(content(ProblemExamples.forStatus(status)));
      if ("429".equals(status) || "503".equals(status)) {
        response.addHeader(
            "Retry-After",
            OASFactory.createHeader()
                .description(
                    "429".equals(status)
                        ? "Seconds until the client's next write or login will be accepted."
                        : "Seconds after which to try again.")
                .schema(
                    OASFactory.createSchema()
                        .addType(Schema.SchemaType.INTEGER)
                        .format("int64")
                        .minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(Long.MAX_VALUE))));
      }
      if ("401".equals(status)) {
        response.addHeader(
            "WWW-Authenticate",
            OASFactory.createHeader()
                .description(
                    "The schemes the service accepts: Basic and Bearer, or Bearer only when the"
                        + " request says X-Requested-With: XMLHttpRequest (Basic credentials are"
                        + " still accepted then).")
                .schema(SpecComponents.string("Challenge.", Challenges.BASIC)));
      }
      noStore(response, status);
      components.addResponse("Problem" + status, response);
    }
  }

  /**
   * Adds the shared problem response, replacing one the generator added without a body (it adds a
   * bare "Bad Request" to every operation with a validated body).
   */
  static void add(APIResponses responses, String status) {
    APIResponse existing = responses.getAPIResponse(status);
    if (existing == null || (existing.getRef() == null && existing.getContent() == null)) {
      responses.addAPIResponse(
          status, OASFactory.createAPIResponse().ref("#/components/responses/Problem" + status));
    }
  }

  /**
   * The 404 of an operation on {@code path}, with an example of what it names that does not exist
   * (the stage of a funnel, say). Each is the operation's own, so there is no shared one.
   */
  static void addNotFound(APIResponses responses, String path) {
    APIResponse existing = responses.getAPIResponse("404");
    if (existing != null && (existing.getRef() != null || existing.getContent() != null)) {
      return;
    }
    Map<String, Object> example = ProblemExamples.notFound(path);
    APIResponse notFound =
        OASFactory.createAPIResponse()
            .description(DESCRIPTIONS.get("404"))
            .content(
                content(
                    example == null
                        ? ProblemExamples.forStatus("404")
                        : Map.of("notFound", example)));
    noStore(notFound, "404");
    responses.addAPIResponse("404", notFound);
  }

  /** Every problem says no-store (ProblemCaching); a 406 also that it answers the Accept sent. */
  private static void noStore(APIResponse response, String status) {
    response.addHeader(
        "Cache-Control", OASFactory.createHeader().ref("#/components/headers/" + NO_STORE));
    if ("406".equals(status)) {
      response.addHeader(
          "Vary",
          OASFactory.createHeader()
              .description("The refusal depends on Accept.")
              .schema(SpecComponents.string("Header names.", "Accept, Origin")));
    }
  }

  private static Content content(Map<String, Map<String, Object>> examples) {
    MediaType media =
        OASFactory.createMediaType()
            .schema(OASFactory.createSchema().ref(ProblemResponsesFilter.SCHEMAS + "Problem"));
    for (Map.Entry<String, Map<String, Object>> x : examples.entrySet()) {
      media.addExample(
          x.getKey(),
          OASFactory.createExample()
              .summary(x.getValue().get("status") + " " + x.getValue().get("title"))
              .value(x.getValue()));
    }
    return OASFactory.createContent().addMediaType(ProblemResponsesFilter.PROBLEM, media);
  }
}
