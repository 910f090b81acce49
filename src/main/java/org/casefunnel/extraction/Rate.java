package org.casefunnel.extraction;

/** A quantity is a rate when the text gives a period for it; the span is the period phrase. */
public record Rate(RatePeriod period, Span span) {}
