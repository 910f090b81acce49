package org.casefunnel.common.limits;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.casefunnel.common.config.AppConfig;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.common.problem.ProblemType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A token bucket per client for writes: the authenticated user, or the client address when there is
 * none. Reads are never limited here.
 */
@ApplicationScoped
public class WriteRateLimiter {

  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final AppConfig.RateLimit config;
  private final CurrentIdentityAssociation identities;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public WriteRateLimiter(AppConfig config, CurrentIdentityAssociation identities) {
    this.config = config.rateLimit();
    this.identities = identities;
  }

  @ServerRequestFilter
  public Uni<Void> limit(ContainerRequestContext request, HttpServerRequest http, UriInfo uri) {
    if (!config.enabled() || !WRITES.contains(request.getMethod())) {
      return Uni.createFrom().voidItem();
    }
    return identities
        .getDeferredIdentity()
        .onFailure()
        .recoverWithItem((SecurityIdentity) null)
        .map(
            identity -> {
              String client =
                  identity == null || identity.isAnonymous()
                      ? "address:" + address(http)
                      : "user:" + identity.getPrincipal().getName();
              long waitSeconds = take(client, System.nanoTime());
              if (waitSeconds > 0) {
                throw new TooManyRequests(waitSeconds);
              }
              return null;
            });
  }

  private static String address(HttpServerRequest http) {
    return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
  }

  /** Takes a token; 0 when one was there, else the seconds until one will be. */
  long take(String client, long nowNanos) {
    if (buckets.size() > 100_000) {
      // bound the memory an address-hopping client can make us use
      buckets.clear();
    }
    Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(config.burst(), nowNanos));
    synchronized (b) {
      double perNano = config.perMinute() / 60e9;
      b.tokens = Math.min(config.burst(), b.tokens + (nowNanos - b.updated) * perNano);
      b.updated = nowNanos;
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - b.tokens) / perNano / 1e9));
    }
  }

  private static final class Bucket {
    double tokens;
    long updated;

    Bucket(double tokens, long updated) {
      this.tokens = tokens;
      this.updated = updated;
    }
  }

  /** A 429 problem that carries the Retry-After seconds. */
  public static final class TooManyRequests extends ProblemException {
    TooManyRequests(long retryAfterSeconds) {
      super(
          ProblemType.TOO_MANY_REQUESTS,
          "Too many writes from this client; retry after " + retryAfterSeconds + " second(s).",
          List.of(),
          retryAfterSeconds);
    }
  }
}
