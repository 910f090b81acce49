package org.casefunnel.common.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casefunnel.common.problem.HttpProblems;
import org.casefunnel.common.problem.ProblemError;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.common.problem.ProblemMappers;
import org.casefunnel.common.problem.ProblemType;
import org.casefunnel.common.web.Preconditions;

/**
 * The example problem of each error status: the type, title and status the service sends for it
 * (from {@link ProblemType}) and, wherever the sentence lives in one place, the very detail it
 * sends (from the mappers and the code that raises it). {@code ProblemExamplesTest} checks that
 * each example's status is its response's code and asks the service for some of them.
 */
final class ProblemExamples {

  /** The seed funnel, whose paths the examples use. */
  static final String SEED = "met-group-cse-review";

  private static final String FUNNEL = "/api/funnels/" + SEED;
  private static final String FIGURES = FUNNEL + "/stages/reviewed/figures";

  private ProblemExamples() {}

  /** Named examples for a status: most have one; 400 has one for a parameter and one for a body. */
  static Map<String, Map<String, Object>> forStatus(String status) {
    Map<String, Map<String, Object>> examples = new LinkedHashMap<>();
    switch (status) {
      case "400" -> {
        examples.put(
            "invalidParameter",
            problem(
                ProblemType.INVALID_PARAMETER,
                "size must be less than or equal to 200",
                "/api/funnels",
                List.of(new ProblemError("size", "must be less than or equal to 200"))));
        examples.put(
            "malformedRequest",
            problem(
                ProblemType.MALFORMED_REQUEST,
                "The value at /count has the wrong type or form.",
                FIGURES,
                List.of(new ProblemError("/count", "wrong type or form"))));
      }
      case "401" ->
          examples.put(
              "unauthorized",
              problem(
                  ProblemType.UNAUTHORIZED,
                  ProblemMappers.UNAUTHORIZED_DETAIL,
                  "/api/funnel-documents",
                  null));
      case "403" ->
          examples.put(
              "forbidden",
              problem(
                  ProblemType.FORBIDDEN,
                  ProblemMappers.FORBIDDEN_DETAIL,
                  "/api/funnel-documents",
                  null));
      case "404" -> examples.put("notFound", notFound("/api/funnels/{funnelId}"));
      case "409" ->
          examples.put(
              "conflict",
              problem(
                  ProblemType.CONFLICT,
                  "The funnel was changed by a concurrent request; read it again and retry.",
                  FUNNEL + "/stages",
                  null));
      case "412" ->
          examples.put(
              "preconditionFailed",
              problem(
                  ProblemType.PRECONDITION_FAILED,
                  ProblemException.stale().getMessage(),
                  FUNNEL + "/stages/reviewed",
                  null));
      case "422" -> {
        ProblemException invalid =
            ProblemException.invalid("/figures/2/low", "must not be greater than high (3000)");
        examples.put(
            "validationFailed",
            problem(
                ProblemType.VALIDATION_FAILED,
                invalid.getMessage(),
                "/api/funnel-documents",
                invalid.errors()));
      }
      case "428" ->
          examples.put(
              "preconditionRequired",
              problem(
                  ProblemType.PRECONDITION_REQUIRED,
                  Preconditions.REQUIRED_DETAIL,
                  FUNNEL + "/stages/reviewed",
                  null));
      case "429" ->
          examples.put(
              "tooManyRequests",
              problem(
                  ProblemType.TOO_MANY_REQUESTS,
                  "Too many writes from this client; retry after 1 second(s).",
                  FIGURES,
                  null));
      case "503" ->
          examples.put(
              "serviceUnavailable",
              problem(
                  ProblemType.SERVICE_UNAVAILABLE,
                  ProblemMappers.UNAVAILABLE_DETAIL,
                  FUNNEL,
                  null));
      default -> {
        // the statuses the HTTP layer answers, with the sentences it answers them with
        int code = Integer.parseInt(status);
        ProblemType type = ProblemType.forStatus(code);
        String path = code == 405 ? "/api/funnels/" + SEED + "/statistics" : FUNNEL;
        examples.put(
            camel(type.name()), problem(type, HttpProblems.detail(code, path), path, null));
      }
    }
    return examples;
  }

  /**
   * The 404 of one operation: the last path parameter names something that does not exist, the ones
   * before it the seed (a stage of the seed funnel, say), with the sentence the repositories send,
   * e.g. "Stage 'met-group-cse-review/no-such-stage' does not exist."; null when the path names
   * nothing this knows.
   */
  static Map<String, Object> notFound(String template) {
    String[] segments = template.split("/");
    int last = -1;
    for (int i = 0; i < segments.length; i++) {
      if (segments[i].startsWith("{")) {
        last = i;
      }
    }
    if (last < 1) {
      return null;
    }
    String kind =
        switch (segments[last - 1]) {
          case "funnels" -> "Funnel";
          case "stages" -> "Stage";
          case "statements" -> "Statement";
          case "sources" -> "Source";
          case "figures" -> "Figure";
          case "programmes" -> "Programme";
          default -> null;
        };
    if (kind == null) {
      return null;
    }
    // surrogate ids are numbers; keys and ids chosen by clients are words
    boolean numeric = segments[last].equals("{id}");
    String missing = numeric ? "999999" : "no-such-" + kind.toLowerCase(Locale.ROOT);
    List<String> path = new ArrayList<>();
    for (int i = 0; i < segments.length; i++) {
      path.add(i == last ? missing : segments[i].startsWith("{") ? SEED : segments[i]);
    }
    // a part of a funnel is named with its funnel, as the repositories do
    String id = !numeric && segments[last - 2].startsWith("{") ? SEED + "/" + missing : missing;
    return problem(
        ProblemType.NOT_FOUND,
        ProblemException.notFound(kind, id).getMessage(),
        String.join("/", path),
        null);
  }

  private static Map<String, Object> problem(
      ProblemType type, String detail, String instance, List<ProblemError> errors) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("type", type.uri());
    p.put("title", type.title());
    p.put("status", type.status());
    p.put("detail", detail);
    p.put("instance", instance);
    if (errors != null && !errors.isEmpty()) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (ProblemError e : errors) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pointer", e.pointer());
        m.put("detail", e.detail());
        list.add(m);
      }
      p.put("errors", list);
    }
    return p;
  }

  /** NOT_ACCEPTABLE -> notAcceptable */
  private static String camel(String constant) {
    StringBuilder sb = new StringBuilder();
    for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
      sb.append(sb.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return sb.toString();
  }
}
