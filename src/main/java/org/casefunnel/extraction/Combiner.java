package org.casefunnel.extraction;

import java.math.BigDecimal;

/**
 * Applies hedges to a body: "more than 9,000" becomes [9001, open), "around 2,000" a hedged point.
 */
final class Combiner {

  private Combiner() {}

  static Quantity combine(Span span, Body body, Hedge before, Hedge after, Rate rate) {
    Hedge.Type effective = after != null ? after.type() : before != null ? before.type() : null;
    boolean approximate =
        body.kind() == BoundKind.VAGUE
            || body.rounded()
            || before != null && before.type() == Hedge.Type.APPROXIMATE
            || after != null && after.type() == Hedge.Type.APPROXIMATE;
    BoundKind kind = body.kind();
    Interval interval = body.interval();
    if (kind == BoundKind.EXACT && effective != null) {
      BigDecimal value = interval.low();
      // A share tops out at the whole, unless the text already went past it ("more than 150%").
      boolean wholeCaps = body.share() && value.compareTo(BigDecimal.ONE) <= 0;
      BigDecimal top = wholeCaps ? BigDecimal.ONE : null;
      switch (effective) {
        case APPROXIMATE -> kind = BoundKind.APPROXIMATE;
        case MORE_THAN -> {
          kind = BoundKind.AT_LEAST;
          interval = new Interval(strict(value, body.share(), 1), top);
        }
        case AT_LEAST -> {
          kind = BoundKind.AT_LEAST;
          interval = new Interval(value, top);
        }
        case FEWER_THAN -> {
          kind = BoundKind.AT_MOST;
          interval =
              new Interval(BigDecimal.ZERO, strict(value, body.share(), -1).max(BigDecimal.ZERO));
        }
        case AT_MOST -> {
          kind = BoundKind.AT_MOST;
          interval = new Interval(BigDecimal.ZERO, value);
        }
      }
    }
    return body.share()
        ? new Quantity(span, null, interval, kind, approximate, rate)
        : new Quantity(span, interval, null, kind, approximate, rate);
  }

  /**
   * Counts are whole, so "more than 9,000" means at least 9,001. Shares and fractional counts are
   * left closed: the interval cannot say "just above half".
   */
  private static BigDecimal strict(BigDecimal value, boolean share, int step) {
    boolean whole = value.stripTrailingZeros().scale() <= 0;
    return share || !whole ? value : value.add(BigDecimal.valueOf(step));
  }
}
