package org.casefunnel.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.casefunnel.common.config.AppConfig;
import org.casefunnel.common.problem.HttpProblems;
import org.jboss.logging.Logger;

/**
 * Every error the HTTP layer raises below JAX-RS is a problem document too: router failures, paths
 * no route serves (404, 405 outside /api), and the URI and header limits (a request target that is
 * no URI at all is {@link RequestTargets}'). The server's own codec refuses a request line or
 * headers beyond {@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}
 * with an empty answer that no hook can replace, so those are set well above the limits enforced
 * here, which answer 414 and 431 problems and close the connection.
 */
@ApplicationScoped
public class HttpLayerErrors {

  private static final Logger LOG = Logger.getLogger(HttpLayerErrors.class);
  private static final List<Integer> STATUSES =
      List.of(400, 401, 403, 404, 405, 406, 409, 413, 414, 415, 429, 431, 500, 501, 503);

  private final int maxUriLength;
  private final long maxHeaderBytes;

  public HttpLayerErrors(AppConfig config) {
    this.maxUriLength = config.http().maxUriLength();
    this.maxHeaderBytes = config.http().maxHeaderSize().asLongValue();
  }

  /** A path segment that is '.' or '..', literally or percent-encoded. */
  private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)(\\.|%2[eE]){1,2}(/|$)");

  void install(@Observes Router router) {
    // after BodySizeLimit's 413 handler, before the framework's handler that answers an empty body
    router.route().order(Integer.MIN_VALUE + 1).failureHandler(this::failed);
    // no route matched: the router answers these without consulting failure handlers
    for (int status : STATUSES) {
      router.errorHandler(status, ctx -> answer(ctx, status));
    }
  }

  void limits(@Observes Filters filters) {
    // after RequestIds (1000), so the problem carries the request id
    filters.register(this::checkSizes, 950);
  }

  private void failed(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    if (failure != null && failure.getClass().getName().startsWith("io.quarkus.security.")) {
      // the security layer answers these itself, with its challenge headers
      ctx.next();
      return;
    }
    int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
    if (status >= 500) {
      LOG.error("Request to " + ctx.request().path() + " failed", failure);
    }
    answer(ctx, status);
  }

  private void answer(RoutingContext ctx, int status) {
    // a failure in a route before the filters (the router's own) skipped their headers
    AnswerHeaders.beforeFilters(ctx);
    // a 413 leaves the body unread; the client must not send its next request on this connection
    HttpProblems.write(
        ctx, status, HttpProblems.detail(status, ctx.request().path()), status == 413);
  }

  private void checkSizes(RoutingContext ctx) {
    String uri = ctx.request().uri();
    if (uri != null && uri.length() > maxUriLength) {
      HttpProblems.write(
          ctx,
          414,
          "The request URI is "
              + uri.length()
              + " characters long; the limit is "
              + maxUriLength
              + ".",
          true);
      return;
    }
    if (uri != null && DOT_SEGMENT.matcher(rawPath(uri)).find()) {
      // the router resolves '.' and '..' (also percent-encoded): DELETE .../stages/%2e%2e would
      // reach the funnel itself; no resource is named so, so refuse rather than resolve
      HttpProblems.write(
          ctx,
          400,
          "The path has a '.' or '..' segment (perhaps percent-encoded); no resource is named so.",
          false);
      return;
    }
    if (headerBytes(ctx.request().headers()) > maxHeaderBytes) {
      HttpProblems.write(
          ctx,
          431,
          "The request's headers are larger than the limit of " + maxHeaderBytes + " bytes.",
          true);
      return;
    }
    ctx.next();
  }

  private static String rawPath(String uri) {
    int query = uri.indexOf('?');
    return query < 0 ? uri : uri.substring(0, query);
  }

  private static long headerBytes(MultiMap headers) {
    long total = 0;
    for (Map.Entry<String, String> h : headers) {
      // "name: value\r\n"
      total += h.getKey().length() + h.getValue().length() + 4;
    }
    return total;
  }
}
