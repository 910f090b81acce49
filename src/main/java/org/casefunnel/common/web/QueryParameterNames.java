package org.casefunnel.common.web;

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
import org.casefunnel.common.problem.ProblemError;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.text.AsciiNumbers;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
 *
 * <p>The bounds are the spec's: each parameter's {@code @Parameter} schema ({@code maxLength},
 * {@code minimum}, {@code maximum}) is both what the document declares and what this filter
 * enforces. Bean Validation on resource methods would check the same, but makes Hibernate Validator
 * read every annotation of every method of those resources at each start (docs/performance.md).
 */
public class QueryParameterNames {

  /**
   * Longest value of a free-text query parameter, in characters, unless its schema's {@code
   * maxLength} says otherwise: the spec declares it as the parameter's maxLength.
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

  /**
   * A query parameter's bounds as its schema declares them: the longest value in characters, and
   * for a whole number the least and the greatest (null where the schema sets none).
   */
  private record Bounds(int maxLength, Long minimum, Long maximum) {

    static final Bounds FORMAT = new Bounds(MAX_LENGTH, null, null);

    /**
     * What is wrong with a value as a number, or null; one that is no whole number is its
     * converter's to refuse.
     */
    String outOfRange(String value) {
      if (minimum == null && maximum == null) {
        return null;
      }
      long n;
      try {
        n = Long.parseLong(AsciiNumbers.whole(value.strip()));
      } catch (IllegalArgumentException e) {
        return null;
      }
      if (minimum != null && n < minimum) {
        return "must be greater than or equal to " + minimum;
      }
      return maximum != null && n > maximum ? "must be less than or equal to " + maximum : null;
    }
  }

  /** A method's query parameters and their bounds. */
  private record Declared(Map<String, Bounds> parameters, boolean strict) {}

  private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

  @ServerRequestFilter(priority = Priorities.USER - 200)
  public void check(ContainerRequestContext request, ResourceInfo resource) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    Declared d = declared.computeIfAbsent(method, m -> declare(m, resource));
    List<ProblemError> outOfRange = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : request.getUriInfo().getQueryParameters().entrySet()) {
      String name = e.getKey();
      Bounds bounds = FormatParameter.NAME.equals(name) ? Bounds.FORMAT : d.parameters().get(name);
      if (name.isEmpty() || (bounds == null && !d.strict())) {
        continue; // "?size=5&": an empty pair names nothing
      }
      if (bounds == null) {
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
        if (value.codePointCount(0, value.length()) > bounds.maxLength()) {
          throw ProblemException.badParameter(
              name, "must be at most " + bounds.maxLength() + " characters long");
        }
        String wrong = bounds.outOfRange(value);
        if (wrong != null) {
          outOfRange.add(new ProblemError(name, wrong)); // all of them, in one answer
        }
      }
    }
    if (!outOfRange.isEmpty()) {
      throw ProblemException.badParameters(outOfRange);
    }
  }

  private static String shown(String name) {
    return name.codePointCount(0, name.length()) <= NAME_SHOWN
        ? name
        : name.substring(0, name.offsetByCodePoints(0, NAME_SHOWN)) + "…";
  }

  private static String unknown(Declared d) {
    List<String> takes = new ArrayList<>(d.parameters().keySet());
    takes.add(FormatParameter.NAME);
    return "is not a query parameter of this operation; it takes "
        + (takes.size() == 1 ? "only " : "")
        + String.join(", ", takes)
        + " (names are case-sensitive)";
  }

  /**
   * The spec's bounds of a parameter. Its longest value: the schema's maxLength where it sets one;
   * else a date's or an instant's by its format; a free-text one's {@link #MAX_LENGTH}; none for a
   * number or a name from a list, which their parsers judge.
   */
  private static Bounds bounds(AnnotatedElement element, Class<?> type) {
    org.eclipse.microprofile.openapi.annotations.parameters.Parameter p =
        element.getAnnotation(
            org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
    if (p == null) {
      return new Bounds(type == String.class ? MAX_LENGTH : Integer.MAX_VALUE, null, null);
    }
    Schema schema = p.schema();
    return new Bounds(
        schema.maxLength() != Integer.MAX_VALUE ? schema.maxLength() : maxLength(schema, type),
        schema.minimum().isEmpty() ? null : Long.valueOf(schema.minimum()),
        schema.maximum().isEmpty() ? null : Long.valueOf(schema.maximum()));
  }

  /** The longest value of a parameter whose schema sets no maxLength, by its format and type. */
  private static int maxLength(Schema schema, Class<?> type) {
    String format = schema.format();
    if ("date".equals(format)) {
      return DATE_LENGTH;
    }
    if ("date-time".equals(format)) {
      return INSTANT_LENGTH;
    }
    boolean listed = schema.enumeration().length > 0;
    return type == String.class && format.isEmpty() && !listed ? MAX_LENGTH : Integer.MAX_VALUE;
  }

  private static Declared declare(Method method, ResourceInfo resource) {
    Map<String, Bounds> parameters = new LinkedHashMap<>();
    for (Parameter p : method.getParameters()) {
      add(parameters, p, p.getType());
    }
    boolean browser =
        HttpCaching.produced(resource).stream()
            .allMatch(t -> BROWSER_TYPES.contains(t.getType() + "/" + t.getSubtype()));
    return new Declared(parameters, !browser);
  }

  /** A parameter or field: its query name, or the query parameters of its bean, nested or not. */
  private static void add(Map<String, Bounds> parameters, AnnotatedElement element, Class<?> type) {
    QueryParam q = element.getAnnotation(QueryParam.class);
    if (q != null) {
      parameters.put(q.value(), bounds(element, type));
    }
    if (element.isAnnotationPresent(BeanParam.class)) {
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          add(parameters, f, f.getType());
        }
      }
    }
  }
}
