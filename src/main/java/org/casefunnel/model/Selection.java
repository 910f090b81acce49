package org.casefunnel.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How the cases of a partial-review stage were picked from its base. Extrapolating from a sample to
 * the whole assumes it is representative, which only a random selection supports.
 */
public enum Selection {
  RANDOM,
  NOT_RANDOM,
  UNKNOWN;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
