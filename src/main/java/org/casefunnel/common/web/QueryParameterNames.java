package org.casefunnel.common.web;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.casefunnel.common.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every query parameter a request sends is one its operation takes, and no longer than the spec
 * allows. JAX-RS drops a parameter no method declares, so {@code ?asof=2024-01-01} (for {@code
 * asOf}) answered today's figures as if they were January's, and {@code ?organization=} answered
 * every funnel unfiltered; a misspelt parameter is now a 400 that names it and lists the ones the
 * operation takes. A parameter given twice is a 400 too (JAX-RS would take the first). The HTML
 * pages and SVG charts, which browsers and other sites link to, ignore parameters they do not take
 * (tracking and cache-busting ones). Judged after matching, before any other check of the
 * operation, so an unknown path is still a 404.
 */
public class QueryParameterNames {

  /**
   * Longest value of a free-text query parameter, in characters, unless its {@code @Size} says
   * otherwise: the spec declares it as the parameter's maxLength.
   */
  public static final int MAX_LENGTH = 300;

  /** Length of a date parameter, YYYY-MM-DD (its spec maxLength). */
  public static final int DATE_LENGTH = 10;

  /** Longest instant parameter, with a zone offset to the second (its spec maxLength). */
  public static final int INSTANT_LENGTH = 35;

  /** Longest parameter name a problem repeats. */
  private static final int NAME_SHOWN = 100;

  /** Types that browsers fetch by links and embeds, with parameters other sites add. */
  private static final Set<String> BROWSER_TYPES = Set.of(MediaType.TEXT_HTML, "image/svg+xml");

  /** A method's query parameters and the longest value each takes. */
  private record Declared(Map<String, Integer> limits, boolean strict) {}

  private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

  @ServerRequestFilter(priority = Priorities.USER - 200)
  public void check(ContainerRequestContext request, ResourceInfo resource) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    Declared d = declared.computeIfAbsent(method, m -> declare(m, resource));
    for (Map.Entry<String, List<String>> e : request.getUriInfo().getQueryParameters().entrySet()) {
      String name = e.getKey();
      Integer limit =
          FormatParameter.NAME.equals(name) ? Integer.valueOf(MAX_LENGTH) : d.limits().get(name);
      if (name.isEmpty() || (limit == null && !d.strict())) {
        continue; // "?size=5&": an empty pair names nothing
      }
      if (limit == null) {
        throw ProblemException.badParameter(shown(name), unknown(d));
      }
      // JAX-RS hands a parameter given twice its first value and drops the second, so
      // size=1&size=500 answered a page of 1; which the client meant cannot be guessed
      int times = e.getValue().size();
      if (times > 1) {
        throw ProblemException.badParameter(
            name,
            "is given "
                + times
                + " times; give it once (a list is one value, separated by commas)");
      }
      for (String value : e.getValue()) {
        if (value.codePointCount(0, value.length()) > limit) {
          throw ProblemException.badParameter(
              name, "must be at most " + limit + " characters long");
        }
      }
    }
  }

  private static String shown(String name) {
    return name.codePointCount(0, name.length()) <= NAME_SHOWN
        ? name
        : name.substring(0, name.offsetByCodePoints(0, NAME_SHOWN)) + "…";
  }

  private static String unknown(Declared d) {
    List<String> takes = new ArrayList<>(d.limits().keySet());
    takes.add(FormatParameter.NAME);
    return "is not a query parameter of this operation; it takes "
        + (takes.size() == 1 ? "only " : "")
        + String.join(", ", takes)
        + " (names are case-sensitive)";
  }

  /**
   * The spec's maxLength of a parameter: a date's or an instant's by its format; a free-text one's
   * {@link #MAX_LENGTH}; none for a number or a name from a list, which their parsers judge.
   */
  private static int maxLength(AnnotatedElement element, Class<?> type) {
    org.eclipse.microprofile.openapi.annotations.parameters.Parameter p =
        element.getAnnotation(
            org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
    String format = p == null ? "" : p.schema().format();
    if ("date".equals(format)) {
      return DATE_LENGTH;
    }
    if ("date-time".equals(format)) {
      return INSTANT_LENGTH;
    }
    boolean listed = p != null && p.schema().enumeration().length > 0;
    return type == String.class && format.isEmpty() && !listed ? MAX_LENGTH : Integer.MAX_VALUE;
  }

  private static Declared declare(Method method, ResourceInfo resource) {
    Map<String, Integer> limits = new LinkedHashMap<>();
    for (Parameter p : method.getParameters()) {
      add(limits, p, p.getType());
    }
    boolean browser =
        HttpCaching.produced(resource).stream()
            .allMatch(t -> BROWSER_TYPES.contains(t.getType() + "/" + t.getSubtype()));
    return new Declared(limits, !browser);
  }

  /** A parameter or field: its query name, or the query parameters of its bean, nested or not. */
  private static void add(Map<String, Integer> limits, AnnotatedElement element, Class<?> type) {
    QueryParam q = element.getAnnotation(QueryParam.class);
    if (q != null) {
      Size size = element.getAnnotation(Size.class);
      limits.put(q.value(), size != null ? size.max() : maxLength(element, type));
    }
    if (element.isAnnotationPresent(BeanParam.class)) {
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          add(limits, f, f.getType());
        }
      }
    }
  }
}
