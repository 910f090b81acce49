package org.casefunnel.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.casefunnel.text.QuoteLocator;

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
 *
 * <p>An exact count may also be stated only hedged ("about 1,200", "tens of", "more than 300"):
 * {@link #hedgedOnly} finds that, by the same reading of the quotes.
 */
public final class FigureSupport {

  private final QuantityParser parser = new QuantityParser();

  /** Whether any of the quotes states the figure's value [low, high]. */
  public boolean isStated(long low, long high, List<String> quotes) {
    Interval figure = Interval.between(low, high);
    for (String quote : quotes) {
      if (quote != null && statedIn(figure, parser.parseAll(readable(quote, low, high)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a figure of 0 is stated in words: its wording says none ("None of the 3", "no charges",
   * "not a single case") and a quote holds that wording. A zero word elsewhere in a quote ("no
   * evidence of wrongdoing") states nothing about the figure.
   */
  public boolean statesNone(String wording, List<String> quotes) {
    return wording != null
        && NONE.matcher(wording).find()
        && quotes.stream().anyMatch(q -> q != null && QuoteLocator.locate(q, wording).isPresent());
  }

  /** Words that state none of something; "no more than 5" and "No, ..." do not. */
  private static final Pattern NONE =
      Pattern.compile(
          "(?iu)\\b(?:none|nobody|nothing|zero|nil|no\\s+one|not\\s+(?:one|a\\s+single)"
              + "|no\\s+(?!(?:more|fewer|less|longer|later|earlier|sooner)\\b)\\p{L})");

  /**
   * A quote's words that state a number with a hedge: the phrase as the quote has it, how the
   * extraction reads it, and the interval it reads.
   */
  public record Hedged(String phrase, BoundKind bound, Interval reading) {}

  /**
   * The first hedged statement of {@code value} in the quotes ("about 1,200", "tens of", "2.5m",
   * "more than 300", "up to 40", "2,000 or 3,000"), when no quote states it plainly; empty when one
   * does, or when none states it at all. A bound counts when its number is the value ("more than
   * 300" for 300, read as 301 or more).
   */
  public Optional<Hedged> hedgedOnly(long value, List<String> quotes) {
    BigDecimal v = BigDecimal.valueOf(value);
    Hedged first = null;
    for (String quote : quotes) {
      if (quote == null) {
        continue;
      }
      // spans of the readable text point into the quote as written: same length
      List<Quantity> quantities = parser.parseAll(WrittenNumbers.readable(quote, value));
      for (Quantity q : quantities) {
        if (q.isShare()) {
          continue;
        }
        if (plain(q) && q.count().equals(Interval.exactly(v))) {
          return Optional.empty();
        }
        if (first == null && !plain(q) && hedges(q, v)) {
          first = new Hedged(asWritten(quote, q.span()), q.bound(), q.count());
        }
      }
      for (Quantity share : quantities) {
        for (Quantity whole : quantities) {
          Interval part = partOf(share, whole);
          if (part == null || !part.contains(v)) {
            continue;
          }
          if (plain(whole) && plain(share) && part.equals(Interval.exactly(v))) {
            return Optional.empty(); // "2,000 offences, half of which"
          }
          if (first == null) {
            Quantity hedged = plain(whole) ? share : whole;
            first = new Hedged(asWritten(quote, hedged.span()), hedged.bound(), part);
          }
        }
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * The quote with a figure's ends written as the extraction reads them ({@link WrittenNumbers}).
   */
  private static String readable(String quote, long low, long high) {
    return WrittenNumbers.readable(WrittenNumbers.readable(quote, low), high);
  }

  /** The words of a span as the quote has them, not as {@link WrittenNumbers} rewrote them. */
  private static String asWritten(String quote, Span span) {
    return quote.substring(span.start(), span.end());
  }

  /** A number given without hedge, bound or rounding ("1,200", "half"). */
  private static boolean plain(Quantity q) {
    return q.bound() == BoundKind.EXACT && !q.approximate();
  }

  /** Whether a hedged count states {@code v}: as its point, within its ends, or as its bound. */
  private static boolean hedges(Quantity q, BigDecimal v) {
    Interval c = q.count();
    BigDecimal one = BigDecimal.ONE;
    return switch (q.bound()) {
      case EXACT, APPROXIMATE -> c.equals(Interval.exactly(v));
      case VAGUE, RANGE -> c.contains(v) && !c.isOpenEnded();
      // "more than 300" reads [301, open): its number is 300
      case AT_LEAST -> c.low().compareTo(v) == 0 || c.low().compareTo(v.add(one)) == 0;
      // "fewer than 500" reads [0, 499]: its number is 500
      case AT_MOST -> c.high().compareTo(v) == 0 || c.high().compareTo(v.subtract(one)) == 0;
    };
  }

  /** The part a share of a count gives ("half of which" of "around 2,000"), or null. */
  private static Interval partOf(Quantity share, Quantity whole) {
    if (!share.isShare() || whole.isShare() || whole.count().isOpenEnded()) {
      return null;
    }
    return new Interval(
        scale(whole.count().low(), share.share().low()),
        share.share().high() == null ? null : scale(whole.count().high(), share.share().high()));
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
        Interval part = partOf(share, whole);
        if (part == null) {
          continue;
        }
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
