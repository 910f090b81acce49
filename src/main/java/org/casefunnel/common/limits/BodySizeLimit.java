package org.casefunnel.common.limits;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.casefunnel.common.problem.HttpProblems;
import org.casefunnel.common.web.AnswerHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request body above {@code quarkus.http.limits.max-body-size} with a 413 problem. The
 * HTTP layer refuses such bodies before JAX-RS sees them (so ProblemMappers cannot), and would
 * answer with an empty 413; this turns both the early refusal (by Content-Length) and the late one
 * (a chunked body that grows too big) into the same problem document.
 */
@ApplicationScoped
public class BodySizeLimit {

  private final long maxBytes;
  private final BodyHandler chunked;

  public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max) {
    this.maxBytes = max.asLongValue();
    this.chunked = BodyHandler.create(false).setBodyLimit(maxBytes);
  }

  void install(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            ctx -> {
              String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
              if (length != null && tooLong(length)) {
                respond(ctx);
              } else if (length == null
                  && ctx.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
                // a chunked body is read here with the limit (a 413 failure, answered below);
                // left to the REST layer it was refused with an empty 413 while the operation
                // went on to fail writing its own answer
                chunked.handle(ctx);
              } else {
                ctx.next();
              }
            });
    router
        .route()
        .order(Integer.MIN_VALUE)
        .failureHandler(
            ctx -> {
              if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                respond(ctx);
              } else {
                ctx.next();
              }
            });
  }

  private boolean tooLong(String length) {
    try {
      return Long.parseLong(length.strip()) > maxBytes;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private void respond(RoutingContext ctx) {
    // answered before the filters, whose headers (Vary: Origin, the request id) it needs too
    AnswerHeaders.beforeFilters(ctx);
    // the body is left unread, so the connection cannot carry another request
    HttpProblems.write(
        ctx, 413, "The request body is larger than the limit of " + maxBytes + " bytes.", true);
  }
}
