package org.casefunnel.common.web;

import io.quarkus.panache.common.Sort;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.casefunnel.common.problem.ProblemException;

/** Parses query parameters into values, with a problem naming the parameter when one is wrong. */
public final class Params {

  private Params() {}

  /** An ISO date (YYYY-MM-DD, years 0001 to 9999), or null when the parameter is absent. */
  public static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return storable(name, LocalDate.parse(value.strip()), value);
    } catch (DateTimeParseException e) {
      throw ProblemException.badParameter(
          name, "must be a date as YYYY-MM-DD, not '" + value + "'");
    }
  }

  private static <T extends TemporalAccessor> T storable(String name, T value, String raw) {
    if (!StorableValues.storable(value)) {
      throw ProblemException.badParameter(
          name, "must be between the years 0001 and 9999, not '" + raw + "'");
    }
    return value;
  }

  /**
   * A sort order like {@code -updatedAt,title}: comma-separated names from {@code allowed} (wire
   * name to attribute), each descending when prefixed with {@code -}; {@code tiebreak} last keeps
   * pages stable.
   */
  public static Sort sort(String name, String value, Map<String, String> allowed, String tiebreak) {
    Sort sort = null;
    if (value != null && !value.isBlank()) {
      for (String part : value.split(",")) {
        String p = part.strip();
        boolean descending = p.startsWith("-");
        String key = descending ? p.substring(1) : p;
        String attribute = allowed.get(key);
        if (attribute == null) {
          throw ProblemException.badParameter(
              name,
              "must be a comma-separated list of "
                  + String.join(", ", allowed.keySet())
                  + ", each optionally prefixed with '-', not '"
                  + value
                  + "'");
        }
        Sort.Direction d = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
        sort = sort == null ? Sort.by(attribute, d) : sort.and(attribute, d);
      }
    }
    return sort == null ? Sort.by(tiebreak) : sort.and(tiebreak);
  }

  /** An enum value by its lower-case wire name, or null when the parameter is absent. */
  public static <E extends Enum<E>> E oneOf(
      String name, String value, Class<E> type, Function<E, String> wire) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (wire.apply(e).equals(v)) {
        return e;
      }
    }
    StringBuilder names = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      names.append(names.length() == 0 ? "" : ", ").append(wire.apply(e));
    }
    throw ProblemException.badParameter(name, "must be one of " + names + ", not '" + value + "'");
  }

  /** An ISO-8601 instant (e.g. 2026-01-31T12:00:00Z), or null when the parameter is absent. */
  public static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return storable(name, Instant.parse(value.strip()), value);
    } catch (DateTimeParseException e) {
      throw ProblemException.badParameter(
          name, "must be an instant as YYYY-MM-DDThh:mm:ssZ, not '" + value + "'");
    }
  }
}
