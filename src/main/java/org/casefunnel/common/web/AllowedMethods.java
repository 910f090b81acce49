package org.casefunnel.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The methods each path of the API answers, read from the resources' JAX-RS annotations, for the
 * {@code Allow} header RFC 9110 requires on a 405 and that an OPTIONS request asks for (the
 * framework lists every method of the whole application there).
 */
@ApplicationScoped
public class AllowedMethods {

  private static final List<String> ORDER =
      List.of(
          HttpMethod.GET,
          HttpMethod.HEAD,
          HttpMethod.POST,
          HttpMethod.PUT,
          HttpMethod.PATCH,
          HttpMethod.DELETE,
          HttpMethod.OPTIONS);
  private static final Map<Class<? extends java.lang.annotation.Annotation>, String> VERBS =
      Map.of(
          GET.class, HttpMethod.GET,
          POST.class, HttpMethod.POST,
          PUT.class, HttpMethod.PUT,
          PATCH.class, HttpMethod.PATCH,
          DELETE.class, HttpMethod.DELETE);
  private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{[^}]*}");

  /** A template's literal characters rank it as JAX-RS matching does: the most literal wins. */
  private record Route(Pattern path, int literals, String method) {}

  private final List<Route> routes = new ArrayList<>();
  private final String root;

  public AllowedMethods(
      BeanManager beans, @ConfigProperty(name = "quarkus.rest.path") String root) {
    this.root = normalize(root);
    for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
      Class<?> type = bean.getBeanClass();
      Path classPath = type.getAnnotation(Path.class);
      if (classPath == null) {
        continue;
      }
      for (Method m : type.getMethods()) {
        VERBS.forEach(
            (annotation, verb) -> {
              if (m.isAnnotationPresent(annotation)) {
                Path methodPath = m.getAnnotation(Path.class);
                String template =
                    root
                        + "/"
                        + classPath.value()
                        + "/"
                        + (methodPath == null ? "" : methodPath.value());
                String normalized = normalize(template);
                int literals = TEMPLATE_PARAMETER.matcher(normalized).replaceAll("").length();
                routes.add(new Route(pattern(normalized), literals, verb));
              }
            });
      }
    }
  }

  /** The Allow value for a request path, e.g. "GET, HEAD, PUT, DELETE, OPTIONS"; null if none. */
  public String allow(String path) {
    Set<String> methods = new LinkedHashSet<>();
    String normalized = normalize(path);
    int best = -1;
    String template = null;
    for (Route r : routes) {
      if (r.path().matcher(normalized).matches() && r.literals() > best) {
        best = r.literals();
        template = r.path().pattern();
      }
    }
    for (Route r : routes) {
      if (r.path().pattern().equals(template)) {
        methods.add(r.method());
      }
    }
    if (methods.isEmpty()) {
      return null;
    }
    if (methods.contains(HttpMethod.GET)) {
      methods.add(HttpMethod.HEAD);
    }
    methods.add(HttpMethod.OPTIONS);
    return String.join(", ", ORDER.stream().filter(methods::contains).toList());
  }

  /**
   * OPTIONS on a path of the API where no operation is answers 404, as every other method there
   * does; the framework answered 200 with the methods of the whole application. Paths outside the
   * API (the pages, {@code /q/...}) are the framework's.
   */
  @ServerRequestFilter(preMatching = true)
  public void unknownPath(ContainerRequestContext request) {
    String path = normalize(request.getUriInfo().getRequestUri().getRawPath());
    if (HttpMethod.OPTIONS.equals(request.getMethod())
        && (path.equals(root) || path.startsWith(root + "/"))
        && allow(path) == null) {
      throw new NotFoundException();
    }
  }

  /**
   * OPTIONS answered by the framework: the methods of this path, not of the application; and the
   * Allow header RFC 9110 requires on a 405, which the framework does not send.
   */
  @ServerResponseFilter
  public void options(ContainerRequestContext request, ContainerResponseContext response) {
    boolean options =
        HttpMethod.OPTIONS.equals(request.getMethod())
            && response.getHeaders().containsKey("Allow");
    boolean refused = response.getStatus() == 405 && !response.getHeaders().containsKey("Allow");
    if (options || refused) {
      String allow = allow(request.getUriInfo().getRequestUri().getRawPath());
      if (allow != null) {
        response.getHeaders().putSingle("Allow", allow);
      }
    }
  }

  private static Pattern pattern(String template) {
    StringBuilder regex = new StringBuilder();
    Matcher m = TEMPLATE_PARAMETER.matcher(template);
    int at = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(at, m.start()))).append("[^/]+");
      at = m.end();
    }
    regex.append(Pattern.quote(template.substring(at)));
    return Pattern.compile(regex.toString());
  }

  private static String normalize(String path) {
    String p = path.replaceAll("/{2,}", "/");
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
