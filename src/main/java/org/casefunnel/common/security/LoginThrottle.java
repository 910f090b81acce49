package org.casefunnel.common.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.casefunnel.common.config.AppConfig;
import org.casefunnel.common.problem.HttpProblems;

/**
 * Limits failed HTTP Basic logins per user name and per client address: after too many 401s in the
 * window, further attempts (right or wrong) are answered 429 with Retry-After until the oldest
 * failure leaves the window, so passwords cannot be guessed at the speed of the network. Unknown
 * names count like known ones, so the answer does not tell which names exist. A success does not
 * clear the count: reads may succeed without checking the credentials at all, so a success proves
 * nothing about them.
 */
@ApplicationScoped
public class LoginThrottle {

  private final FailureLog byUser;
  private final FailureLog byAddress;
  private final boolean enabled;

  public LoginThrottle(AppConfig config) {
    AppConfig.Login login = config.security().login();
    this.enabled = login.enabled();
    this.byUser = new FailureLog(login.maxFailuresPerUser(), login.window().toNanos());
    this.byAddress = new FailureLog(login.maxFailuresPerAddress(), login.window().toNanos());
  }

  void register(@Observes Filters filters) {
    // after RequestIds (1000), before authentication
    filters.register(this::check, 930);
  }

  private void check(RoutingContext ctx) {
    String user = enabled ? basicUser(ctx.request().getHeader(HttpHeaders.AUTHORIZATION)) : null;
    if (user == null) {
      ctx.next();
      return;
    }
    String address =
        ctx.request().remoteAddress() == null
            ? "unknown"
            : ctx.request().remoteAddress().hostAddress();
    long now = System.nanoTime();
    long wait =
        Math.max(byUser.retryAfterSeconds(user, now), byAddress.retryAfterSeconds(address, now));
    if (wait > 0) {
      ctx.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait));
      HttpProblems.write(
          ctx,
          429,
          "Too many failed logins for this user name or from this address; retry after "
              + wait
              + " second(s).",
          false);
      return;
    }
    ctx.addHeadersEndHandler(
        v -> {
          int status = ctx.response().getStatusCode();
          if (status == 401) {
            long at = System.nanoTime();
            byUser.fail(user, at);
            byAddress.fail(address, at);
          }
        });
    ctx.next();
  }

  /** The user name of Basic credentials; "" for unreadable ones; null without Basic. */
  static String basicUser(String authorization) {
    if (authorization == null
        || !authorization.regionMatches(true, 0, "basic ", 0, 6)
        || authorization.length() < 6) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).strip()),
              StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return (colon < 0 ? decoded : decoded.substring(0, colon)).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
