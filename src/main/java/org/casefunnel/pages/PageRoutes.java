package org.casefunnel.pages;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.casefunnel.common.problem.ClientPaths;

/**
 * Serves the browsable overview at the site root: {@code /} and {@code /funnels/{id}} are routed
 * inside the server to the HTML operations under {@link ClientPaths#PAGES}, so the REST layer
 * (templates, caching, problems) handles them like any other read while the address bar stays
 * short.
 */
@ApplicationScoped
public class PageRoutes {

  void register(@Observes Router router) {
    router
        .routeWithRegex("/|/funnels/[^/]+")
        // HEAD wherever GET is (RFC 9110 9.3.2): a link checker or monitor asks for headers only
        .method(HttpMethod.GET)
        .method(HttpMethod.HEAD)
        // and OPTIONS, answered with the page's own methods (AllowedMethods)
        .method(HttpMethod.OPTIONS)
        .handler(
            ctx -> {
              String query = ctx.request().query();
              ctx.reroute(
                  ClientPaths.PAGES + ctx.normalizedPath() + (query == null ? "" : "?" + query));
            });
  }
}
