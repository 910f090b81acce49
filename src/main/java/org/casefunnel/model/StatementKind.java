package org.casefunnel.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How the source renders what the speaker said. */
public enum StatementKind {
  DIRECT_QUOTE,
  REPORTED_SPEECH,
  PARAPHRASE;

  @JsonValue
  public String wire() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
