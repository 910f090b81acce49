package org.casefunnel.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id, echoed in the {@code X-Request-Id} response header and put in the
 * logging context (MDC key {@code requestId}) so every log line of the request carries it. A
 * client's own id is kept when well-formed, so one id can follow a call across services; anything
 * else is replaced, so that no client can write arbitrary text into the logs.
 */
@ApplicationScoped
public class RequestIds {

  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

  // Vert.x filters run before any route (REST, health, metrics, OpenAPI), so every response has
  // one.
  void register(@Observes Filters filters) {
    filters.register(
        rc -> {
          assign(rc);
          rc.next();
        },
        // before the other filters, so their log lines carry the id too
        1000);
  }

  /** The request's id, in the logging context and the answer (also for {@link AnswerHeaders}). */
  static void assign(RoutingContext rc) {
    String id = accept(rc.request().getHeader(HEADER));
    MDC.put(MDC_KEY, id);
    rc.response().putHeader(HEADER, id);
  }

  /** The client's id when well-formed, otherwise a new random one. */
  public static String accept(String fromClient) {
    if (fromClient != null && WELL_FORMED.matcher(fromClient).matches()) {
      return fromClient;
    }
    return UUID.randomUUID().toString();
  }
}
