package org.casefunnel.analysis.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casefunnel.analysis.FunnelSnapshot.FigureSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.StatementSnapshot;
import org.casefunnel.analysis.StatisticsContext;
import org.casefunnel.analysis.WarningRule;
import org.casefunnel.analysis.WarningView;
import org.casefunnel.extraction.FigureSupport;
import org.casefunnel.text.Bidi;

/**
 * A figure recorded as an exact count whose quotes give its number only hedged ("tens of cases"
 * stored as 50, "about 1,200" as 1,200, "more than 300" as 300): the statistics would then state
 * more precision than the source has. The quotes are read as the extraction reads them.
 */
@ApplicationScoped
public class FigureMorePreciseThanQuoteRule implements WarningRule {

  static final String CODE = "figure_more_precise_than_quote";

  private final FigureSupport support = new FigureSupport();

  @Override
  public int order() {
    return 6;
  }

  @Override
  public List<WarningView> check(StatisticsContext context) {
    List<WarningView> out = new ArrayList<>();
    for (StatisticsContext.StageFacts s : context.stages()) {
      FigureSnapshot f = s.figure();
      hedged(support, f)
          .ifPresent(
              h ->
                  out.add(
                      new WarningView(
                          CODE,
                          s.key(),
                          "The figure is recorded as exactly "
                              + Rules.count(f.exactValue())
                              + ", but its quote states it only hedged: \""
                              + Bidi.balanced(h.phrase())
                              + "\" reads as "
                              + reading(h)
                              + ". "
                              + advice(h))));
    }
    return out;
  }

  /** The hedged statement of an exact figure's number, when no quote states it plainly. */
  static Optional<FigureSupport.Hedged> hedged(FigureSupport support, FigureSnapshot f) {
    if (f == null || !f.exactCount()) {
      return Optional.empty();
    }
    List<String> quotes = f.statements().stream().map(StatementSnapshot::quote).toList();
    return support.hedgedOnly(f.exactValue(), quotes);
  }

  /**
   * How to record what the quote says without adding to it. A bound is not approximate: "about 40"
   * allows fewer than 40, which "more than 40" rules out; its other end is what the funnel allows,
   * not a number to invent.
   */
  private static String advice(FigureSupport.Hedged h) {
    return switch (h.bound()) {
      case EXACT, APPROXIMATE, VAGUE -> "Record it as approximate or as a range.";
      case RANGE -> "Record it as that range.";
      case AT_LEAST ->
          "It is a lower bound, not an approximate count: record it as a range from the bound to"
              + " a high end that the sources or its base stage support, or leave the figure out"
              + " until one is known.";
      case AT_MOST ->
          "Record it as a range from 0 to " + Rules.count(h.reading().high().longValue()) + ".";
    };
  }

  private static String reading(FigureSupport.Hedged h) {
    long low = h.reading().low().longValue();
    return switch (h.bound()) {
      case EXACT, APPROXIMATE -> "approximate";
      case VAGUE -> "vague, " + Rules.range(low, h.reading().high().longValue());
      case RANGE -> "a range, " + Rules.range(low, h.reading().high().longValue());
      case AT_LEAST -> "a lower bound, " + Rules.count(low) + " or more";
      case AT_MOST -> "an upper bound, at most " + Rules.count(h.reading().high().longValue());
    };
  }
}
