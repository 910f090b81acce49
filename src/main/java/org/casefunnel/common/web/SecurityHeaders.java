package org.casefunnel.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers that keep browsers from running or re-interpreting what the service sends: every answer
 * says {@code nosniff} and sends no referrer; the HTML pages and the SVG chart carry a
 * Content-Security-Policy that allows no scripts at all (their only styles are inline, their only
 * images the chart and a data: icon). The tools under /q (Swagger UI) keep their own scripts.
 */
@ApplicationScoped
public class SecurityHeaders {

  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; base-uri 'none';"
          + " form-action 'none'; frame-ancestors 'none'";
  public static final String REFERRER_POLICY = "no-referrer";

  void register(@Observes Filters filters) {
    filters.register(
        ctx -> {
          protect(ctx);
          ctx.next();
        },
        // early, so that answers written by later filters carry them too
        990);
  }

  /** Adds the headers when the answer's are written (also for {@link AnswerHeaders}). */
  static void protect(RoutingContext ctx) {
    String path = ctx.request().path();
    boolean tools = path != null && path.startsWith("/q/");
    ctx.addHeadersEndHandler(
        v -> {
          HttpServerResponse response = ctx.response();
          response.putHeader("X-Content-Type-Options", "nosniff");
          response.putHeader("Referrer-Policy", REFERRER_POLICY);
          String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
          if (type != null && !tools && (isType(type, "text/html") || isSvg(type))) {
            response.putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
          }
        });
  }

  private static boolean isSvg(String contentType) {
    return isType(contentType, "image/svg+xml");
  }

  private static boolean isType(String contentType, String type) {
    return contentType.regionMatches(true, 0, type, 0, type.length());
  }
}
