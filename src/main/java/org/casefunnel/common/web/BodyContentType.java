package org.casefunnel.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.common.problem.ProblemType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request body names its type: without a Content-Type, or with a wildcard one (any type, or
 * {@code application} with any subtype), JAX-RS matching takes it for whatever the operation reads,
 * so a client that sends the wrong body is never told. A write whose operation reads a body is then
 * a 415, as one with another type is. Judged after matching, so a wrong path or method is still a
 * 404 or 405, and an operation that reads no body ignores the header. The charset is {@link
 * StrictUtf8}'s.
 */
public class BodyContentType {

  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

  private final Map<Method, Boolean> readsBody = new ConcurrentHashMap<>();

  @ServerRequestFilter
  public void named(ContainerRequestContext request, ResourceInfo resource) {
    Method method = resource.getResourceMethod();
    if (method == null
        || !WRITES.contains(request.getMethod())
        || knownEmpty(request)
        || !readsBody.computeIfAbsent(method, BodyContentType::entity)) {
      return;
    }
    String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
    String essence = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    int slash = essence.indexOf('/');
    if (slash <= 0
        || slash == essence.length() - 1
        || essence.startsWith("*")
        || essence.endsWith("/*")) {
      throw new ProblemException(
          ProblemType.UNSUPPORTED_MEDIA_TYPE,
          (type == null || type.isBlank()
                  ? "The request has no Content-Type"
                  : "Content-Type '" + type.strip() + "' does not name one type")
              + ": send application/json (application/merge-patch+json for a PATCH).");
    }
  }

  /** A body the client said is empty; any other may hold one (chunked, HTTP/2). */
  private static boolean knownEmpty(ContainerRequestContext request) {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    return length != null && "0".equals(length.strip());
  }

  /**
   * Whether a parameter of the operation is its entity: one with no JAX-RS annotation that is not a
   * request or security object the framework injects.
   */
  private static boolean entity(Method m) {
    for (Parameter p : m.getParameters()) {
      if (p.getType().getName().startsWith("jakarta.ws.rs.")
          || p.getType().getName().startsWith("io.vertx.")) {
        continue;
      }
      boolean bound = false;
      for (Annotation a : p.getAnnotations()) {
        String pkg = a.annotationType().getPackageName();
        bound |= pkg.startsWith("jakarta.ws.rs") || pkg.startsWith("org.jboss.resteasy.reactive");
      }
      if (!bound) {
        return true;
      }
    }
    return false;
  }
}
