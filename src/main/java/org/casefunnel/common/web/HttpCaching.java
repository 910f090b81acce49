package org.casefunnel.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.casefunnel.common.cache.ResponseCache;
import org.casefunnel.common.config.Clocks;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.common.problem.ProblemType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * HTTP caching for every read marked {@link Cached}, in one place. Before the operation runs, the
 * stamp of the data behind it is looked up (in memory, else one primary-key query on the worker); a
 * false If-Match or If-Unmodified-Since is a 412, as for writes; a matching If-None-Match (or,
 * without one, a not-older If-Modified-Since) is answered 304 with no body and the operation never
 * runs. Successful answers get ETag, Last-Modified, Cache-Control and, where the media type is
 * negotiated, Vary. Their bodies are kept in a {@link ResponseCache} under the stamp and variant,
 * so a repeated read of unchanged data costs no query and no serialization.
 */
public class HttpCaching {

  /**
   * Store, but revalidate on every use: a dashboard polling every few seconds always sees the
   * current data, and a revalidation that finds nothing changed costs one lookup and no body.
   */
  public static final String CACHE_CONTROL = "no-cache";

  private static final String VALIDATORS = HttpCaching.class.getName() + ".validators";

  /** Headers set here or per request, never replayed from the cache. */
  private static final Set<String> NOT_CACHED =
      Set.of(
          HttpHeaders.ETAG.toLowerCase(Locale.ROOT),
          HttpHeaders.LAST_MODIFIED.toLowerCase(Locale.ROOT),
          HttpHeaders.CACHE_CONTROL.toLowerCase(Locale.ROOT),
          HttpHeaders.VARY.toLowerCase(Locale.ROOT),
          HttpHeaders.CONTENT_TYPE.toLowerCase(Locale.ROOT),
          HttpHeaders.CONTENT_LENGTH.toLowerCase(Locale.ROOT),
          HttpHeaders.DATE.toLowerCase(Locale.ROOT),
          RequestIds.HEADER.toLowerCase(Locale.ROOT));

  private final StampSource stamps;
  private final ResponseCache bodies;
  private final ObjectMapper json;
  private final Clock clock;

  public HttpCaching(StampSource stamps, EventLoopReads early, ObjectMapper json, Clock clock) {
    this.stamps = stamps;
    this.bodies = early.bodies();
    this.json = json;
    this.clock = clock;
  }

  /** Request property: the {@link Cached} read had no stamp (its resource is gone). */
  private static final String UNSTAMPED = HttpCaching.class.getName() + ".unstamped";

  /** The role whose readers get their own variant of a {@link Cached#byRole()} read. */
  public static final String EDITOR = "editor";

  /**
   * The stamp comes from memory when this replica knows it is current (no I/O), else from the
   * database (and is kept). This runs on the worker thread; a request answered here once is
   * answered by {@link EventLoopReads} on the event loop next time, while its stamp is in memory.
   */
  @ServerRequestFilter
  public Response check(
      ContainerRequestContext request, ResourceInfo resource, RoutingContext routing) {
    Cached cached = cached(request, resource);
    if (cached == null) {
      return null;
    }
    Optional<Stamp> stamp = stamps.stamp(cached.value(), id(request, cached));
    if (stamp.isEmpty()) {
      // the operation answers 404, or the history of something deleted: no stamp to tag it by
      request.setProperty(UNSTAMPED, cached);
      return null;
    }
    return answer(request, resource, cached, stamp.get(), routing);
  }

  private static Cached cached(ContainerRequestContext request, ResourceInfo resource) {
    Method method = resource.getResourceMethod();
    Cached cached = method == null ? null : method.getAnnotation(Cached.class);
    if (cached == null
        || !(HttpMethod.GET.equals(request.getMethod())
            || HttpMethod.HEAD.equals(request.getMethod()))) {
      return null;
    }
    return cached;
  }

  private static String id(ContainerRequestContext request, Cached cached) {
    return cached.value() == Cached.Scope.FUNNEL_LIST
        ? null
        : request.getUriInfo().getPathParameters().getFirst(cached.param());
  }

  /** 304, the kept body, or null (the operation runs, and {@link #decorate} adds validators). */
  private Response answer(
      ContainerRequestContext request,
      ResourceInfo resource,
      Cached cached,
      Stamp s,
      RoutingContext routing) {
    List<MediaType> produced = produced(resource);
    if (!Formats.acceptsAny(request.getAcceptableMediaTypes(), produced)) {
      throw new ProblemException(
          ProblemType.NOT_ACCEPTABLE,
          "Accept gives every type this read can answer in a quality of 0: "
              + produced.stream().map(MediaType::toString).toList()
              + ".");
    }
    MediaType chosen = Formats.choose(request.getAcceptableMediaTypes(), produced);
    String variant = variant(request, chosen);
    if (cached.byRole()) {
      // only credentials can make a reader an editor; without them no authentication is needed
      boolean editor =
          request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
              && request.getSecurityContext().isUserInRole(EDITOR);
      variant += editor ? "|editor" : "|public";
    }
    String baseUri = request.getUriInfo().getBaseUri().toString();
    Validators v =
        Validators.of(
            s,
            variant,
            baseUri,
            produced.size() > 1,
            chosen,
            cached.byRole(),
            Clocks.todayBegan(clock));
    if (routing != null && routing.get(EventLoopReads.SIGNATURE) != null) {
      // a public read without credentials: the same request can be answered early next time
      routing.put(
          EventLoopReads.LEARNED,
          new EventLoopReads.Known(
              cached.value(),
              id(request, cached),
              variant,
              v.negotiated(),
              v.byRole(),
              baseUri,
              null));
    }
    if (v.preconditionFails(request)) {
      throw new ProblemException(
          ProblemType.PRECONDITION_FAILED,
          "If-Match or If-Unmodified-Since names a version that is not the current one; read it"
              + " again without them.");
    }
    if (v.notModified(request)) {
      Response.ResponseBuilder b = Response.notModified();
      v.headers().forEach(b::header);
      return b.build();
    }
    ResponseCache.Entry hit = bodies.get(v.cacheKey());
    if (hit != null) {
      // the same stamp and variant: the body the operation would build, without building it
      Response.ResponseBuilder b = Response.ok(hit.body(), hit.mediaType());
      hit.headers().forEach((name, values) -> values.forEach(value -> b.header(name, value)));
      v.headers().forEach(b::header);
      return b.build();
    }
    request.setProperty(VALIDATORS, v);
    return null;
  }

  // after the operation's other response filters (PageLinks adds Link headers from the entity)
  @ServerResponseFilter(priority = Priorities.USER - 100)
  public void decorate(ContainerRequestContext request, ContainerResponseContext response) {
    Object v = request.getProperty(VALIDATORS);
    if (v instanceof Validators validators && response.getStatus() == 200) {
      MultivaluedMap<String, Object> h = response.getHeaders();
      // the funnel-level tag replaces a resource's own: it is the one check() can answer 304 to,
      // and Preconditions accepts it for If-Match on the resource
      validators.headers().forEach(h::putSingle);
      remember(validators, response);
    } else if (request.getProperty(UNSTAMPED) instanceof Cached c && response.getStatus() == 200) {
      // a read with nothing to revalidate against (a deleted funnel's history) is not kept, and
      // one whose answer depends on the reader's role says so to every cache
      response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
      if (c.byRole()) {
        response.getHeaders().add("Vary", HttpHeaders.AUTHORIZATION);
      }
    }
  }

  /**
   * Keeps the body as sent: JSON is serialized here, once, with the service's own mapper (and sent
   * as those bytes), text as its UTF-8 bytes. Other entities (rendered pages) are not kept.
   */
  private void remember(Validators validators, ContainerResponseContext response) {
    Object entity = response.getEntity();
    MediaType type = response.getMediaType();
    if (entity == null || type == null || !type.isCompatible(validators.chosen())) {
      // an operation that chose another type than Formats.choose() did: not what the key names
      return;
    }
    byte[] body;
    if (entity instanceof String text) {
      body = text.getBytes(StandardCharsets.UTF_8);
    } else if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      try {
        body = json.writeValueAsBytes(entity);
      } catch (JsonProcessingException e) {
        return; // the writer will report it as it would without the cache
      }
      response.setEntity(body);
    } else {
      return;
    }
    Map<String, List<String>> kept = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    response
        .getStringHeaders()
        .forEach(
            (name, values) -> {
              if (!NOT_CACHED.contains(name.toLowerCase(Locale.ROOT))) {
                kept.put(name, List.copyOf(values));
              }
            });
    bodies.put(validators.cacheKey(), new ResponseCache.Entry(type.toString(), kept, body));
  }

  /** The media types the operation answers in, the first its default. */
  static List<MediaType> produced(ResourceInfo resource) {
    Produces p = resource.getResourceMethod().getAnnotation(Produces.class);
    if (p == null) {
      p = resource.getResourceClass().getAnnotation(Produces.class);
    }
    if (p == null) {
      return List.of(MediaType.APPLICATION_JSON_TYPE);
    }
    return java.util.Arrays.stream(p.value())
        .flatMap(s -> java.util.Arrays.stream(s.split(",")))
        .map(s -> MediaType.valueOf(s.strip()))
        .toList();
  }

  /** Everything besides the stamp that shapes the body: path, query, media type. */
  private static String variant(ContainerRequestContext request, MediaType chosen) {
    // the raw (still encoded) path: decoded, ".../stages/reviewed%2Ffigures" (a stage key with a
    // slash, 404) would be the variant of ".../stages/reviewed/figures" and get its kept body
    StringBuilder sb = new StringBuilder(request.getUriInfo().getRequestUri().getRawPath());
    // raw (still encoded) parameters, sorted: decoded values joined with separators could make
    // ?a=x,y and ?a=x&a=y one variant
    String raw = request.getUriInfo().getRequestUri().getRawQuery();
    if (raw != null) {
      java.util.Arrays.stream(raw.split("&")).sorted().forEach(p -> sb.append('&').append(p));
    }
    return sb.append('|')
        .append(chosen.getType())
        .append('/')
        .append(chosen.getSubtype())
        .toString();
  }
}
