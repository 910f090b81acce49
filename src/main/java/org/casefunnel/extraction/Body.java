package org.casefunnel.extraction;

/**
 * The core of a quantity phrase, before hedges: tokens [from, to). {@code rounded}: the text wrote
 * the number rounded to a scale ("1.5k", "2.3 million"), so it is approximate without a hedge.
 */
record Body(Interval interval, boolean share, BoundKind kind, int from, int to, boolean rounded) {

  Body(Interval interval, boolean share, BoundKind kind, int from, int to) {
    this(interval, share, kind, from, to, false);
  }
}
