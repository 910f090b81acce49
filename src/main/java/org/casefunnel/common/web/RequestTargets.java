package org.casefunnel.common.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import org.casefunnel.common.problem.HttpProblems;

/**
 * A request target that is not a valid URI (RFC 3986), e.g. the malformed percent-encoding {@code
 * /api/funnels/%zz}, is a 400 problem like every other malformed request.
 *
 * <p>Quarkus makes the same check in its root request handler ({@code VertxHttpRecorder$1}, the
 * handler before every router) and answers an empty 400 there, unless the system property {@value
 * #QUARKUS_CHECK} was true when that class was initialised. {@link ServiceMain} (the jar) and the
 * test configuration set it, so the check is made here instead, first of all routes, where the
 * answer can be a problem. Without the property the service still refuses such targets (empty).
 */
@ApplicationScoped
public class RequestTargets {

  /** Read once by Quarkus' root handler, when the HTTP recorder class is initialised. */
  public static final String QUARKUS_CHECK = "vertx.disableURIValidation";

  void install(@Observes Router router) {
    // before every other route: the router would otherwise fail on decoding the path
    router.route().order(Integer.MIN_VALUE).handler(RequestTargets::check);
  }

  private static void check(RoutingContext ctx) {
    if (!valid(ctx.request().uri())) {
      // before every filter, so their headers (Vary: Origin, the request id) come from here
      AnswerHeaders.beforeFilters(ctx);
      // the request may carry a body nobody reads: the client must start a new connection
      HttpProblems.write(
          ctx,
          400,
          "The request target is not a valid URI: a '%' not followed by two hexadecimal digits,"
              + " or a character that must be percent-encoded.",
          true);
      return;
    }
    ctx.next();
  }

  static boolean valid(String target) {
    if (target == null) {
      return false;
    }
    try {
      new URI(target);
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
