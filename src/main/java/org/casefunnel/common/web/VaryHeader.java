package org.casefunnel.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every response varies by Origin: CORS answers name the requesting origin, so a shared cache (the
 * docs/operations.md recommends one in front of the replicas) must not hand one origin's answer to
 * another. A 406 varies by Accept wherever it was raised (it is the answer to that Accept, RFC 9110
 * section 12.5.5), and so does every answer of a read that chooses its media type by Accept, errors
 * included. Also merges the Vary values the layers add into one header, each name once.
 */
@ApplicationScoped
public class VaryHeader {

  private static final String VARY = "Vary";

  void register(@Observes Filters filters) {
    filters.register(
        rc -> {
          vary(rc);
          rc.next();
        },
        // early, so that answers written by later filters (AcceptHeaders' 400) carry it too
        990);
  }

  /** Merges Vary when the answer's headers are written (also for {@link AnswerHeaders}). */
  static void vary(RoutingContext rc) {
    rc.addHeadersEndHandler(
        ignored -> merge(rc.response().headers(), rc.response().getStatusCode() == 406));
  }

  /**
   * A read that produces several media types chose this answer's by Accept, whatever its status (a
   * 412, say, is judged on the tag of the variant Accept chose). Validators adds Vary to its 200s
   * and 304s; this adds it to the rest.
   */
  @ServerResponseFilter
  public void negotiated(ContainerResponseContext response, ResourceInfo resource) {
    if (resource != null
        && resource.getResourceMethod() != null
        && HttpCaching.produced(resource).size() > 1) {
      response.getHeaders().add(VARY, jakarta.ws.rs.core.HttpHeaders.ACCEPT);
    }
  }

  static void merge(MultiMap headers, boolean byAccept) {
    Set<String> seen = new LinkedHashSet<>();
    StringBuilder merged = new StringBuilder();
    for (String value : headers.getAll(VARY)) {
      for (String name : value.split(",")) {
        append(name.strip(), seen, merged);
      }
    }
    if (byAccept) {
      append("Accept", seen, merged);
    }
    append("Origin", seen, merged);
    headers.set(VARY, merged.toString());
  }

  private static void append(String name, Set<String> seen, StringBuilder merged) {
    if (!name.isEmpty() && seen.add(name.toLowerCase(Locale.ROOT))) {
      merged.append(merged.length() == 0 ? "" : ", ").append(name);
    }
  }
}
