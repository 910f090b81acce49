package org.casefunnel.extraction;

/** Why an extraction stopped before the end of the text. */
public enum Truncation {
  /** As many suggestions as one answer may carry were found; more follow. */
  SUGGESTION_LIMIT,
  /** The time one request may take ran out. */
  DEADLINE,
  /** The client went away; nobody reads the answer. */
  ABANDONED
}
