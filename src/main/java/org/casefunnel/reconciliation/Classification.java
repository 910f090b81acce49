package org.casefunnel.reconciliation;

import java.util.Locale;

/** How a quantity stands to the current figure of the stage it matched. */
enum Classification {
  /** Its value is the current figure's, or within it (or the current one within it). */
  AGREES,
  /** A different value with a later date than the current figure, or a date where it has none. */
  NEWER,
  /** A different value at an overlapping time: the same date, or no date on one side or both. */
  CONFLICTS,
  /** A different value dated before the current figure: history, not a change. */
  OLDER,
  /** No stage matched. */
  UNMATCHED;

  String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
