package org.casefunnel.common.web;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.casefunnel.common.cache.ResponseCache;
import org.casefunnel.common.config.AppConfig;
import org.casefunnel.common.config.Clocks;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers repeated conditional and cached reads on the event loop, before any worker thread or
 * JAX-RS filter runs: a 304 when If-None-Match (or If-Modified-Since) matches the tag derived from
 * the stamp in memory, else the body kept in the response cache.
 *
 * <p>It does not match routes itself. {@link HttpCaching} answered the same request once on the
 * worker and said what it was (scope, id, variant: {@link Known}); the request's method, host, URI
 * and Accept header name it here. Only requests that no earlier check could answer differently are
 * taken: public reads (the read policy permits anonymous reads) without credentials, Origin,
 * If-Match, Range or body; everything else, and whatever is not in memory, goes on as before.
 */
@ApplicationScoped
public class EventLoopReads {

  /** Routing-context key: the request's signature, set when it may be answered here later. */
  static final String SIGNATURE = EventLoopReads.class.getName() + ".signature";

  /** Routing-context key: what {@link HttpCaching} learned about the request. */
  static final String LEARNED = EventLoopReads.class.getName() + ".learned";

  /** Where the metrics binder reads the route template of a request (Vert.x context local). */
  private static final String TEMPLATE = "UrlPathTemplate";

  /** Counter at /q/metrics ({@code casefunnel_http_event_loop_answers_total}). */
  public static final String ANSWERS = "casefunnel.http.event.loop.answers";

  private static final int MAX_KNOWN = 10_000;

  /** Request headers besides the URI that can change the answer of a public read. */
  private static final List<String> SIGNATURE_HEADERS =
      List.of(
          "Accept",
          "Forwarded",
          "X-Forwarded-Host",
          "X-Forwarded-Proto",
          "X-Forwarded-Port",
          "X-Forwarded-Prefix");

  /** What a request signature stands for; {@code template} is the metrics' route template. */
  record Known(
      Cached.Scope scope,
      String id,
      String variant,
      boolean negotiated,
      boolean byRole,
      String baseUri,
      String template) {
    Known withTemplate(String t) {
      return new Known(scope, id, variant, negotiated, byRole, baseUri, t);
    }
  }

  private final StampSource stamps;
  private final Clock clock;
  private final ResponseCache bodies;
  private final boolean enabled;
  private final String prefix;
  private final Map<String, Known> known = new ConcurrentHashMap<>();
  private final LongAdder answered = new LongAdder();

  EventLoopReads(
      StampSource stamps,
      Clock clock,
      AppConfig config,
      MeterRegistry registry,
      @ConfigProperty(name = "quarkus.http.auth.permission.reads.policy", defaultValue = "permit")
          String readPolicy,
      @ConfigProperty(name = "quarkus.rest.path", defaultValue = "/") String restPath) {
    this.stamps = stamps;
    this.clock = clock;
    FunctionCounter.builder(ANSWERS, answered, LongAdder::sum)
        .description("Reads answered on the event loop (304 or kept body), no worker thread")
        .register(registry);
    this.bodies = new ResponseCache(config.cache().maxResponseMegabytes() * 1024L * 1024L);
    // a read policy that asks for a role must run for every read: nothing is answered early then
    this.enabled = config.cache().eventLoop() && "permit".equals(readPolicy.strip());
    this.prefix = restPath.endsWith("/") ? restPath : restPath + "/";
  }

  /** The response bodies kept by {@link HttpCaching}, served from here too. */
  ResponseCache bodies() {
    return bodies;
  }

  /** Requests answered here (for tests and measurements). */
  public long answered() {
    return answered.sum();
  }

  void register(@Observes Filters filters) {
    // after every other filter (request id, security headers, limits, CORS, Vary), so their
    // checks and headers apply to these answers as to any other
    filters.register(this::handle, 100);
  }

  private void handle(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    if (!enabled || !eligible(request)) {
      ctx.next();
      return;
    }
    String signature = signature(request);
    Known k = known.get(signature);
    if (k != null) {
      Optional<Stamp> stamp = stamps.inMemory(k.scope(), k.id());
      if (stamp.isPresent() && answer(ctx, k, stamp.get())) {
        answered.increment();
        return;
      }
    }
    ctx.put(SIGNATURE, signature);
    ctx.addHeadersEndHandler(ignored -> learn(ctx, signature));
    ctx.next();
  }

  /** Keeps what HttpCaching said about a request it answered successfully. */
  private void learn(RoutingContext ctx, String signature) {
    Known k = ctx.get(LEARNED);
    int status = ctx.response().getStatusCode();
    if (k == null || (status != 200 && status != 304)) {
      return;
    }
    if (known.size() >= MAX_KNOWN) {
      known.clear(); // a crude bound: relearnt at one worker answer per request in use
      prepared.clear();
    }
    Context vertx = Vertx.currentContext();
    Object template = vertx == null ? null : vertx.getLocal(TEMPLATE);
    known.put(signature, k.withTemplate(template instanceof String t ? t : null));
  }

  private boolean eligible(HttpServerRequest r) {
    HttpMethod m = r.method();
    String path = r.path();
    if ((m != HttpMethod.GET && m != HttpMethod.HEAD) || path == null || !path.startsWith(prefix)) {
      return false;
    }
    var h = r.headers();
    String length = h.get(HttpHeaders.CONTENT_LENGTH);
    return !h.contains(HttpHeaders.AUTHORIZATION)
        && !h.contains(HttpHeaders.ORIGIN)
        && !h.contains(HttpHeaders.IF_MATCH)
        && !h.contains("If-Unmodified-Since")
        && !h.contains("If-Range")
        && !h.contains("Range")
        && !h.contains(HttpHeaders.TRANSFER_ENCODING)
        && (length == null || "0".equals(length.strip()));
  }

  /**
   * Everything of the request that decides which operation runs, its variant and its links (the
   * forwarding headers too, should the service be configured to build links from them).
   */
  private static String signature(HttpServerRequest r) {
    StringBuilder sb =
        new StringBuilder(r.method().name())
            .append(' ')
            .append(r.scheme())
            .append("://")
            .append(r.getHeader(HttpHeaders.HOST))
            .append(r.uri());
    for (String name : SIGNATURE_HEADERS) {
      for (String value : r.headers().getAll(name)) {
        sb.append('\n').append(name).append(':').append(value);
      }
    }
    return sb.toString();
  }

  /** Validators and headers of one known read at one stamp and day, built once for them. */
  private record Prepared(
      Stamp stamp, Instant todayBegan, Validators v, Map<String, String> headers) {}

  private final Map<Known, Prepared> prepared = new ConcurrentHashMap<>();

  private Prepared prepare(Known k, Stamp s) {
    Instant todayBegan = Clocks.todayBegan(clock);
    Prepared p = prepared.get(k);
    if (p != null && p.stamp().equals(s) && p.todayBegan().equals(todayBegan)) {
      return p;
    }
    Validators v =
        Validators.of(s, k.variant(), k.baseUri(), k.negotiated(), null, k.byRole(), todayBegan);
    p = new Prepared(s, todayBegan, v, v.headers());
    if (v.changed() != null && v.lastModified() == null) {
      // Last-Modified withheld within the change's second: prepared again once it is over
      return p;
    }
    if (prepared.size() >= MAX_KNOWN) {
      prepared.clear();
    }
    prepared.put(k, p);
    return p;
  }

  private boolean answer(RoutingContext ctx, Known k, Stamp s) {
    HttpServerRequest request = ctx.request();
    Prepared p = prepare(k, s);
    Validators v = p.v();
    HttpServerResponse response = ctx.response();
    boolean notModified =
        v.notModified(
            RepeatedHeaders.joined(request.headers().getAll(HttpHeaders.IF_NONE_MATCH)),
            request.getHeader(HttpHeaders.IF_MODIFIED_SINCE));
    if (notModified) {
      template(k);
      response.setStatusCode(304);
      p.headers().forEach(response::putHeader);
      response.end();
      return true;
    }
    if (request.method() != HttpMethod.GET) {
      return false;
    }
    ResponseCache.Entry hit = bodies.get(v.cacheKey());
    if (hit == null) {
      return false;
    }
    template(k);
    response.setStatusCode(200);
    hit.headers().forEach(response::putHeader);
    response.putHeader(HttpHeaders.CONTENT_TYPE, hit.mediaType());
    p.headers().forEach(response::putHeader);
    response.end(Buffer.buffer(hit.body()));
    return true;
  }

  /** The metrics count the answer under the operation's route, as if it had run. */
  private static void template(Known k) {
    Context vertx = Vertx.currentContext();
    if (vertx != null && k.template() != null) {
      vertx.putLocal(TEMPLATE, k.template());
    }
  }
}
