package org.casefunnel.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Every response varies by Origin: CORS answers name the requesting origin, so a shared cache (the
 * docs/operations.md recommends one in front of the replicas) must not hand one origin's answer to
 * another. Also merges the Vary values the layers add into one header, each name once.
 */
@ApplicationScoped
public class VaryHeader {

  private static final String VARY = "Vary";

  void register(@Observes Filters filters) {
    filters.register(
        rc -> {
          rc.addHeadersEndHandler(ignored -> merge(rc.response().headers()));
          rc.next();
        },
        900);
  }

  static void merge(MultiMap headers) {
    Set<String> seen = new LinkedHashSet<>();
    StringBuilder merged = new StringBuilder();
    for (String value : headers.getAll(VARY)) {
      for (String name : value.split(",")) {
        append(name.strip(), seen, merged);
      }
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
