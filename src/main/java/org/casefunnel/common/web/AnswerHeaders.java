package org.casefunnel.common.web;

import io.vertx.ext.web.RoutingContext;

/**
 * The headers every answer carries: the request id ({@link RequestIds}), {@code Date} ({@link
 * DateHeader}), the security headers ({@link SecurityHeaders}) and {@code Vary: Origin} ({@link
 * VaryHeader}; CORS answers name the origin, so a shared cache must key on it). Their filters give
 * them to every answer that reaches the filters; a route that answers before any filter runs (an
 * invalid request target, a body over the limit, a router failure) calls {@link #beforeFilters}
 * first, so that its problem carries the same headers, from the same code.
 */
public final class AnswerHeaders {

  private AnswerHeaders() {}

  /**
   * For an answer written before the filters: what they would have added, in their order. Does
   * nothing when they have run (the request id, set by the first of them, is there), since a
   * failure handler may answer either before or after them.
   */
  public static void beforeFilters(RoutingContext ctx) {
    if (ctx.response().headers().contains(RequestIds.HEADER)) {
      return;
    }
    RequestIds.assign(ctx);
    DateHeader.stamp(ctx);
    SecurityHeaders.protect(ctx);
    VaryHeader.vary(ctx);
  }
}
