package org.casefunnel.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * An {@code Accept} header without a value ({@code Accept:}) is read as no header at all, i.e. as
 * accepting anything (RFC 9110 section 12.5.1): the framework's negotiation failed on the empty
 * list with a 500.
 */
@ApplicationScoped
public class BlankAccept {

  void register(@Observes Filters filters) {
    filters.register(
        rc -> {
          List<String> values = rc.request().headers().getAll(HttpHeaders.ACCEPT);
          if (!values.isEmpty() && values.stream().allMatch(v -> v.replace(",", "").isBlank())) {
            rc.request().headers().remove(HttpHeaders.ACCEPT);
          }
          rc.next();
        },
        // before content negotiation, response caching and the routes
        900);
  }
}
