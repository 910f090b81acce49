package org.casefunnel.extraction;

/** The core of a quantity phrase, before hedges: tokens [from, to). */
record Body(Interval interval, boolean share, BoundKind kind, int from, int to) {}
