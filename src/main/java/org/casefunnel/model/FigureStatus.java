package org.casefunnel.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How firm a figure is. */
public enum FigureStatus {
  REPORTED,
  ESTIMATED,
  PROJECTED,
  PROVISIONAL;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
