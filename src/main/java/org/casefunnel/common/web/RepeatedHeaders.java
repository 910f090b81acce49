package org.casefunnel.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * RFC 9110 section 5.3: a list header sent on several lines means what one line with the values
 * joined by commas means. JAX-RS hands a {@code String} parameter only the first line, so {@code
 * If-Match: "a"} then {@code If-Match: "b"} was judged on {@code "a"} alone; the lines are joined
 * here, before any resource reads them.
 */
public class RepeatedHeaders {

  /** The conditional headers the service reads as lists of entity tags. */
  static final List<String> LISTS = List.of(HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH);

  @ServerRequestFilter(preMatching = true)
  public void join(ContainerRequestContext request) {
    for (String name : LISTS) {
      List<String> lines = request.getHeaders().get(name);
      if (lines != null && lines.size() > 1) {
        request.getHeaders().putSingle(name, joined(lines));
      }
    }
  }

  /** The lines of one header as one value, or null when there is none. */
  static String joined(List<String> lines) {
    return lines == null || lines.isEmpty() ? null : String.join(", ", lines);
  }
}
