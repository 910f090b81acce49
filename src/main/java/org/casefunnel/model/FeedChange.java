package org.casefunnel.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What happened to a figure, as the changes feed tells it. A client that applies a funnel's changes
 * in feed order knows which figures stand: added (stands, unless recorded superseded at once, when
 * a superseded change follows), superseded (a later figure replaced it), restored (stands again:
 * what superseded it was deleted, or deprecated), deleted (gone), ranked (its rank changed); a
 * figure is current while it stands and is not ranked deprecated.
 */
public enum FeedChange {
  ADDED,
  SUPERSEDED,
  RESTORED,
  RANKED,
  DELETED,
  /** Its stage was renamed: the entry names the new key. */
  MOVED;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
