package org.casefunnel.analysis.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.casefunnel.analysis.FunnelSnapshot.FigureSnapshot;
import org.casefunnel.analysis.StatisticsContext;
import org.casefunnel.analysis.WarningRule;
import org.casefunnel.analysis.WarningView;

/** A conversion over fewer than 30 cases: the proportion is fragile. */
@ApplicationScoped
public class SmallDenominatorRule implements WarningRule {

  /** Conventional threshold below which normal approximations are unreliable. */
  static final long THRESHOLD = 30;

  @Override
  public int order() {
    return 50;
  }

  @Override
  public boolean judgesSums() {
    return true;
  }

  @Override
  public List<WarningView> check(StatisticsContext context) {
    List<WarningView> out = new ArrayList<>();
    for (StatisticsContext.StageFacts s : context.stages()) {
      if (s.statistics().conversion() == null) {
        continue;
      }
      FigureSnapshot base =
          context.stage(s.stage().baseKey()).map(StatisticsContext.StageFacts::figure).orElse(null);
      // the base as read: "about 30" (25 to 35) may be under 30, as a range reaching below may be
      if (base != null && base.lowerBound() < THRESHOLD) {
        String under =
            base.upperBound() < THRESHOLD
                ? ", under " + THRESHOLD
                : ", which may be under " + THRESHOLD;
        out.add(
            new WarningView(
                "small_denominator",
                s.key(),
                "The conversion of '"
                    + s.key()
                    + "' rests on a base of "
                    + Rules.valueAsRead(base)
                    + under
                    + ": the proportion can move a lot with one case."));
      }
    }
    return out;
  }
}
