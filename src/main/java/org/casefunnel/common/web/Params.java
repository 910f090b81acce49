package org.casefunnel.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.casefunnel.common.problem.ProblemException;

/** Parses query parameters into values, with a problem naming the parameter when one is wrong. */
public final class Params {

  private Params() {}

  /** An ISO date (YYYY-MM-DD), or null when the parameter is absent. */
  public static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.badParameter(
          name, "must be a date as YYYY-MM-DD, not '" + value + "'");
    }
  }

  /** An ISO-8601 instant (e.g. 2026-01-31T12:00:00Z), or null when the parameter is absent. */
  public static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.badParameter(
          name, "must be an instant as YYYY-MM-DDThh:mm:ssZ, not '" + value + "'");
    }
  }
}
