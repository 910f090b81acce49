package org.casefunnel.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How an editor weighs a figure against the figures it competes with (docs/competing-figures.md): a
 * preferred figure counts before normal ones; a deprecated one is kept on record but never current.
 */
public enum FigureRank {
  PREFERRED,
  NORMAL,
  DEPRECATED;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a rank needs a reason: every rank but normal says why it departs from the default. */
  public boolean needsReason() {
    return this != NORMAL;
  }
}
