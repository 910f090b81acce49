package org.casefunnel.analysis.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.casefunnel.analysis.StatisticsContext;
import org.casefunnel.analysis.WarningView;
import org.casefunnel.model.Figure;
import org.casefunnel.model.Stage;

/** A stage larger than its base (or the nearest stage above with a figure): a subset cannot be. */
@ApplicationScoped
public class StageExceedsBaseRule implements org.casefunnel.analysis.WarningRule {

  @Override
  public int order() {
    return 10;
  }

  @Override
  public List<WarningView> check(StatisticsContext context) {
    List<WarningView> out = new ArrayList<>();
    for (StatisticsContext.StageFacts s : context.stages()) {
      if (s.figure() == null || s.stage().baseStage == null) {
        continue;
      }
      // the nearest stage above with a figure: a base without one must not hide the check
      Stage above = null;
      Figure base = null;
      for (Stage at : s.stage().ancestors()) {
        base = context.stage(at.key).map(StatisticsContext.StageFacts::figure).orElse(null);
        if (base != null) {
          above = at;
          break;
        }
      }
      if (base == null
          || !Objects.equals(s.figure().period, base.period)
          || !unit(context, s.stage().unit).equalsIgnoreCase(unit(context, above.unit))) {
        continue;
      }
      Figure f = s.figure();
      String key = s.stage().key;
      boolean direct = above == s.stage().baseStage;
      String against = (direct ? "its base '" : "'") + above.key + "' (" + Rules.value(base) + ")";
      String gap = direct ? "" : " (its base '" + s.stage().baseStage.key + "' has no figure)";
      if (f.lowerBound() > base.upperBound()) {
        out.add(
            new WarningView(
                "stage_exceeds_base",
                key,
                "'"
                    + key
                    + "' ("
                    + Rules.value(f)
                    + ") is larger than "
                    + against
                    + ", which it should be a subset of"
                    + gap
                    + "; the figures are kept as given."));
      } else if (Rules.point(f) > Rules.point(base)) {
        out.add(
            new WarningView(
                "stage_exceeds_base",
                key,
                "'"
                    + key
                    + "' ("
                    + Rules.value(f)
                    + ") may be larger than "
                    + against
                    + ": its point value is."));
      }
    }
    return out;
  }

  private static String unit(StatisticsContext context, String stageUnit) {
    return stageUnit != null ? stageUnit : context.funnel().unit;
  }
}
