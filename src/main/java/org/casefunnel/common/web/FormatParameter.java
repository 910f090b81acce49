package org.casefunnel.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casefunnel.common.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code ?format=csv} (and the other names below) chooses the media type like an Accept header, for
 * links and spreadsheets that cannot set headers. It replaces Accept before routing, so content
 * negotiation, caching and 406 answers work the same for both.
 */
public class FormatParameter {

  /** Format names and the media types they stand for; documented in docs/api.md. */
  public static final Map<String, String> FORMATS = new LinkedHashMap<>();

  static {
    FORMATS.put("json", "application/json");
    FORMATS.put("csv", "text/csv");
    FORMATS.put("svg", "image/svg+xml");
    FORMATS.put("html", "text/html");
  }

  @ServerRequestFilter(preMatching = true)
  public void choose(ContainerRequestContext request) {
    String format = request.getUriInfo().getQueryParameters().getFirst("format");
    if (format == null || format.isBlank()) {
      return;
    }
    String type = FORMATS.get(format.strip().toLowerCase(java.util.Locale.ROOT));
    if (type == null) {
      throw ProblemException.badParameter(
          "format",
          "must be one of " + String.join(", ", FORMATS.keySet()) + ", not '" + format + "'");
    }
    request.getHeaders().putSingle(HttpHeaders.ACCEPT, type);
  }
}
