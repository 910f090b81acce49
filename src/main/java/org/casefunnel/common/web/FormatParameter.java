package org.casefunnel.common.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casefunnel.common.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code ?format=csv} (and the other names below) chooses the media type like an Accept header, for
 * links and spreadsheets that cannot set headers. It replaces Accept before routing, so content
 * negotiation, caching and 406 answers work the same for both. A value that names no format is a
 * 400 judged after routing, so that it can list the formats of the operation asked for.
 */
public class FormatParameter {

  /** The query parameter's name; every operation takes it. */
  public static final String NAME = "format";

  /** Format names and the media types they stand for; documented in docs/api.md. */
  public static final Map<String, String> FORMATS = new LinkedHashMap<>();

  /** Request property: the value of a format parameter that names no format. */
  private static final String UNKNOWN = FormatParameter.class.getName() + ".unknown";

  static {
    FORMATS.put("json", "application/json");
    FORMATS.put("csv", "text/csv");
    FORMATS.put("svg", "image/svg+xml");
    FORMATS.put("html", "text/html");
  }

  /** The names of the formats among these media types, in the order of {@link #FORMATS}. */
  public static List<String> namesAmong(Collection<String> mediaTypes) {
    List<String> names = new ArrayList<>();
    FORMATS.forEach(
        (name, type) -> {
          if (mediaTypes.contains(type)) {
            names.add(name);
          }
        });
    return names;
  }

  /** The names of the formats the operation answers in. */
  static List<String> namesOf(ResourceInfo resource) {
    return namesAmong(
        HttpCaching.produced(resource).stream()
            .map(t -> t.getType() + "/" + t.getSubtype())
            .toList());
  }

  @ServerRequestFilter(preMatching = true)
  public void choose(ContainerRequestContext request) {
    String format = request.getUriInfo().getQueryParameters().getFirst(NAME);
    if (format == null || format.isBlank()) {
      return;
    }
    String type = FORMATS.get(format.strip().toLowerCase(Locale.ROOT));
    if (type == null) {
      // matched on any type, then refused by refuse() with the operation's own formats
      request.setProperty(UNKNOWN, format);
      type = MediaType.WILDCARD;
    }
    request.getHeaders().putSingle(HttpHeaders.ACCEPT, type);
  }

  // after QueryParameterNames, whose problem names the parameter a client got wrong first
  @ServerRequestFilter(priority = Priorities.USER - 190)
  public void refuse(ContainerRequestContext request, ResourceInfo resource) {
    Object format = request.getProperty(UNKNOWN);
    if (format == null || resource.getResourceMethod() == null) {
      return;
    }
    List<String> names = namesOf(resource);
    String must =
        switch (names.size()) {
          case 0 -> "names no format this read answers in; leave it out";
          case 1 -> "must be " + names.get(0) + " here, or be left out";
          default -> "must be one of " + String.join(", ", names) + " here";
        };
    throw ProblemException.badParameter(NAME, must + ", not '" + format + "'");
  }
}
