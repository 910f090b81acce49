package org.casefunnel.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Checks that a figure's value is stated in the words it cites. A figure is supported by a quote
 * when the quote states:
 *
 * <ul>
 *   <li>the same count or range ("9,000 cases" for 9,000; "around 2,000" for 2,000; "maybe 2,000 or
 *       3,000" for 2,000-3,000, but not for a narrower 2,000-2,500);
 *   <li>a vague quantity whose interval holds the figure's ("tens of cases" for 20-99);
 *   <li>a share of a count in the same quote that gives the figure ("around 2,000 ..., half of
 *       which" for an approximate 1,000).
 * </ul>
 *
 * Nothing is widened by a guessed tolerance: an approximate figure of 1,950 is not supported by
 * "around 2,000".
 */
public final class FigureSupport {

  private final QuantityParser parser = new QuantityParser();

  /** Whether any of the quotes states the figure's value [low, high]. */
  public boolean isStated(long low, long high, List<String> quotes) {
    Interval figure = Interval.between(low, high);
    for (String quote : quotes) {
      if (quote != null && statedIn(figure, parser.parseAll(quote))) {
        return true;
      }
    }
    return false;
  }

  private static boolean statedIn(Interval figure, List<Quantity> quantities) {
    for (Quantity q : quantities) {
      if (q.isShare()) {
        continue;
      }
      if (q.count().equals(figure) || (q.bound() == BoundKind.VAGUE && holds(q.count(), figure))) {
        return true;
      }
    }
    // a share of a count stated alongside it ("2,000 offences, half of which")
    for (Quantity share : quantities) {
      if (!share.isShare()) {
        continue;
      }
      for (Quantity whole : quantities) {
        if (whole.isShare() || whole.count().isOpenEnded()) {
          continue;
        }
        Interval part =
            new Interval(
                scale(whole.count().low(), share.share().low()),
                share.share().high() == null
                    ? null
                    : scale(whole.count().high(), share.share().high()));
        if (part.equals(figure) || holds(part, figure)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean holds(Interval outer, Interval inner) {
    return outer.contains(inner.low()) && inner.high() != null && outer.contains(inner.high());
  }

  private static BigDecimal scale(BigDecimal count, BigDecimal share) {
    return count.multiply(share).setScale(0, RoundingMode.HALF_UP);
  }
}
