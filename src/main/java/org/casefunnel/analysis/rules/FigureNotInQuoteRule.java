package org.casefunnel.analysis.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.casefunnel.analysis.FunnelSnapshot.FigureSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.StatementSnapshot;
import org.casefunnel.analysis.StatisticsContext;
import org.casefunnel.analysis.WarningRule;
import org.casefunnel.analysis.WarningView;
import org.casefunnel.extraction.FigureSupport;
import org.casefunnel.text.Bidi;

/**
 * A figure whose number none of its statements' quotes states: the commonest way a statistic goes
 * wrong in public is a number copied wrongly from its source.
 */
@ApplicationScoped
public class FigureNotInQuoteRule implements WarningRule {

  private final FigureSupport support = new FigureSupport();

  @Override
  public int order() {
    return 5;
  }

  @Override
  public List<WarningView> check(StatisticsContext context) {
    List<WarningView> out = new ArrayList<>();
    for (StatisticsContext.StageFacts s : context.stages()) {
      FigureSnapshot f = s.figure();
      if (f == null) {
        continue;
      }
      List<String> quotes = f.statements().stream().map(StatementSnapshot::quote).toList();
      // a number stated only as a bound ("more than 300" for 300) gets the more telling warning
      // figure_more_precise_than_quote instead
      boolean none = f.statedHigh() == 0 && support.statesNone(f.wording(), quotes);
      if (!none
          && !support.isStated(f.statedLow(), f.statedHigh(), quotes)
          && FigureMorePreciseThanQuoteRule.hedged(support, f).isEmpty()) {
        out.add(
            new WarningView(
                "figure_not_in_quote",
                s.key(),
                "No quote of the figure's statements states "
                    + Rules.value(f)
                    + " ('"
                    + Bidi.balanced(f.wording())
                    + "'); check the figure against its source."));
      }
    }
    return out;
  }
}
