package org.casefunnel.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.casefunnel.common.problem.HttpProblems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The framework's CORS filter refuses a cross-origin request from an origin or with a method that
 * {@code quarkus.http.cors.*} does not allow with an empty 403. This filter runs first, applies the
 * same two rules and answers with a 403 problem instead; everything else is left to the CORS
 * filter.
 */
@ApplicationScoped
public class CorsRefusals {

  private final List<String> origins;
  private final List<Pattern> originPatterns;
  private final List<String> methods;

  public CorsRefusals(
      @ConfigProperty(name = "quarkus.http.cors.origins", defaultValue = "*") List<String> origins,
      @ConfigProperty(name = "quarkus.http.cors.methods", defaultValue = "*")
          List<String> methods) {
    this.origins = origins.stream().map(String::strip).toList();
    this.originPatterns =
        this.origins.stream()
            .filter(o -> o.length() > 1 && o.startsWith("/") && o.endsWith("/"))
            .map(o -> Pattern.compile(o.substring(1, o.length() - 1)))
            .toList();
    this.methods = methods.stream().map(m -> m.strip().toUpperCase(Locale.ROOT)).toList();
  }

  void register(@Observes Filters filters) {
    // after RequestIds (1000) and before the framework's CORS filter
    filters.register(this::check, 940);
  }

  private void check(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    if (origin == null) {
      ctx.next();
      return;
    }
    if (!originAllowed(origin, request)) {
      HttpProblems.write(
          ctx, 403, "Cross-origin requests from this origin are not allowed here.", false);
      return;
    }
    boolean preflight =
        request.method() == HttpMethod.OPTIONS
            && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
    if (!preflight && !methods.contains("*") && !methods.contains(request.method().name())) {
      HttpProblems.write(
          ctx,
          403,
          "Cross-origin " + request.method().name() + " requests are not allowed here.",
          false);
      return;
    }
    ctx.next();
  }

  private boolean originAllowed(String origin, HttpServerRequest request) {
    if (origins.contains("*") || origins.contains(origin)) {
      return true;
    }
    for (Pattern p : originPatterns) {
      if (p.matcher(origin).matches()) {
        return true;
      }
    }
    // same-origin requests carry Origin too and are not cross-origin
    String host = request.getHeader(HttpHeaders.HOST);
    return host != null && origin.equalsIgnoreCase(request.scheme() + "://" + host);
  }
}
