package org.casefunnel.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.common.problem.ProblemType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request body names its type: without a Content-Type, or with a wildcard one (any type, or
 * {@code application} with any subtype), the JAX-RS matching takes it for whatever the operation
 * reads, so a client that sends the wrong body is never told. Such a write is a 415, as one with
 * another type is.
 */
public class BodyContentType {

  @ServerRequestFilter(preMatching = true)
  public void named(ContainerRequestContext request) {
    if (!hasBody(request)) {
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
                  ? "The request has a body but no Content-Type"
                  : "Content-Type '" + type.strip() + "' does not name one type")
              + ": send application/json (application/merge-patch+json for a PATCH).");
    }
  }

  private static boolean hasBody(ContainerRequestContext request) {
    String method = request.getMethod();
    if (!"POST".equals(method) && !"PUT".equals(method) && !"PATCH".equals(method)) {
      return false;
    }
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    return request.getHeaderString("Transfer-Encoding") != null
        || (length != null && !"0".equals(length.strip()));
  }
}
