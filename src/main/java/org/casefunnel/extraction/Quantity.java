package org.casefunnel.extraction;

/**
 * One quantity found in a text.
 *
 * <p>Exactly one of {@code count} and {@code share} is set: a count is how many of something
 * ("9,000 cases"); a share is a fraction in [0, 1] of something else ("half of which", "25%").
 *
 * @param span where the quantity phrase stands, hedges included ("maybe 2,000 or 3,000")
 * @param count how many, or null for a share; a null high means open-ended
 * @param share what fraction, or null for a count
 * @param bound how the interval relates to what was said
 * @param approximate whether the text hedges ("around", "maybe", "tens of"); the interval is then
 *     what was stated, and callers choose their own tolerance (see {@link Interval#widen})
 * @param rate the period when the quantity is a rate ("every month"), else null
 */
public record Quantity(
    Span span, Interval count, Interval share, BoundKind bound, boolean approximate, Rate rate) {

  public Quantity {
    if ((count == null) == (share == null)) {
      throw new IllegalArgumentException("a quantity is either a count or a share");
    }
  }

  public boolean isShare() {
    return share != null;
  }

  public boolean isRate() {
    return rate != null;
  }

  /** The same quantity with its spans moved, for a phrase parsed out of a larger text. */
  Quantity shiftedBy(int delta) {
    Rate movedRate = rate == null ? null : new Rate(rate.period(), rate.span().shiftedBy(delta));
    return new Quantity(span.shiftedBy(delta), count, share, bound, approximate, movedRate);
  }

  /** The count or the share, whichever this quantity is. */
  public Interval interval() {
    return count != null ? count : share;
  }
}
