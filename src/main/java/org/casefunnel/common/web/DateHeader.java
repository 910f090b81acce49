package org.casefunnel.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every answer says when it was sent (RFC 9110 section 6.6.1: a server with a clock must), 304s and
 * problems included: with it a client or cache can tell how old an answer is, and that a
 * Last-Modified is never in the second it was sent ({@link HttpDates#settled}).
 */
@ApplicationScoped
public class DateHeader {

  void register(@Observes Filters filters) {
    filters.register(
        ctx -> {
          stamp(ctx);
          ctx.next();
        },
        // early, so that answers written by later filters carry it too
        990);
  }

  /** Dates the answer when its headers are written (also for {@link AnswerHeaders}). */
  static void stamp(RoutingContext ctx) {
    ctx.addHeadersEndHandler(
        v -> {
          if (!ctx.response().headers().contains("Date")) {
            ctx.response().putHeader("Date", HttpDates.now());
          }
        });
  }
}
