package org.casefunnel.common.limits;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.casefunnel.common.problem.Problem;
import org.casefunnel.common.problem.ProblemType;
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

  public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max) {
    this.maxBytes = max.asLongValue();
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
    ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
    String path = ctx.request().path() == null ? "" : ctx.request().path();
    String body =
        "{\"type\":\""
            + type.uri()
            + "\",\"title\":\""
            + type.title()
            + "\",\"status\":413,\"detail\":\"The request body is larger than the limit of "
            + maxBytes
            + " bytes.\",\"instance\":\""
            + jsonEscape(path)
            + "\"}";
    ctx.response()
        .setStatusCode(413)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(body);
  }

  private static String jsonEscape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
