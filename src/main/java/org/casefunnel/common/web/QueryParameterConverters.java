package org.casefunnel.common.web;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.function.Function;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.text.AsciiNumbers;

/**
 * Numbers and booleans in query parameters, read strictly: a value that is not one is a 400
 * invalid-parameter problem naming the parameter. JAX-RS itself answers a failed query parameter
 * conversion with a bare 404, which sends clients looking for a missing resource. A whole number is
 * written in ASCII digits with an optional minus: {@code Long.valueOf} would also read "+1", "１"
 * (full width) and "١" (Arabic-Indic) as 1, so that other URLs would alias a page or, in a path, a
 * figure; a path id is written as the service writes it ({@link AsciiNumbers#id}: "007" names no
 * figure either), else it names no resource (404).
 */
@Provider
public class QueryParameterConverters implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = null;
    for (Annotation a : annotations) {
      if (a instanceof QueryParam q) {
        name = q.value();
      }
      if (a instanceof PathParam && (rawType == long.class || rawType == Long.class)) {
        return (ParamConverter<T>) pathId();
      }
    }
    if (name == null) {
      return null;
    }
    if (rawType == int.class || rawType == Integer.class) {
      return (ParamConverter<T>)
          converter(
              name, "a whole number within range", v -> Integer.valueOf(AsciiNumbers.whole(v)));
    }
    if (rawType == long.class || rawType == Long.class) {
      return (ParamConverter<T>)
          converter(name, "a whole number within range", v -> Long.valueOf(AsciiNumbers.whole(v)));
    }
    if (rawType == boolean.class || rawType == Boolean.class) {
      return (ParamConverter<T>) converter(name, "true or false", QueryParameterConverters::bool);
    }
    return null;
  }

  /** A numeric id in a path: its canonical digits only, else no such resource. */
  private static ParamConverter<Long> pathId() {
    return new ParamConverter<>() {
      @Override
      public Long fromString(String value) {
        if (value == null) {
          return null;
        }
        Long id = AsciiNumbers.id(value);
        if (id == null) {
          throw new NotFoundException();
        }
        return id;
      }

      @Override
      public String toString(Long value) {
        return String.valueOf(value);
      }
    };
  }

  private static Boolean bool(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException(value);
    };
  }

  private static <V> ParamConverter<V> converter(
      String name, String expected, Function<String, V> parse) {
    return new ParamConverter<>() {
      @Override
      public V fromString(String value) {
        if (value == null) {
          return null;
        }
        try {
          return parse.apply(value.strip());
        } catch (IllegalArgumentException e) {
          throw ProblemException.badParameter(
              name, "must be " + expected + ", not '" + value + "'");
        }
      }

      @Override
      public String toString(V value) {
        return String.valueOf(value);
      }
    };
  }
}
