package org.casefunnel.analysis.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.casefunnel.analysis.StatisticsContext;
import org.casefunnel.analysis.WarningView;
import org.casefunnel.figure.Figure;
import org.casefunnel.funnel.Stage;

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
      Stage above = s.stage().baseStage;
      Figure base = null;
      for (int guard = 0; above != null && guard < 10_000; guard++) {
        base = context.stage(above.key).map(StatisticsContext.StageFacts::figure).orElse(null);
        if (base != null) {
          break;
        }
        above = above.baseStage;
      }
      if (base == null
          || !Objects.equals(s.figure().period, base.period)
          || !unit(context, s.stage().unit).equalsIgnoreCase(unit(context, above.unit))) {
        continue;
      }
      Figure f = s.figure();
      String key = s.stage().key;
      String baseKey = s.stage().baseStage.key;
      boolean direct = above == s.stage().baseStage;
      if (f.lowerBound() > base.upperBound()) {
        out.add(
            new WarningView(
                "stage_exceeds_base",
                key,
                direct
                    ? "'"
                        + key
                        + "' ("
                        + Rules.value(f)
                        + ") is larger than its base '"
                        + baseKey
                        + "' ("
                        + Rules.value(base)
                        + "), which it should be a subset of; the figures"
                        + " are kept as given."
                    : "'"
                        + key
                        + "' ("
                        + Rules.value(f)
                        + ") is larger than '"
                        + above.key
                        + "' ("
                        + Rules.value(base)
                        + "), which it should be a subset of (its base '"
                        + baseKey
                        + "' has no figure); the figures are kept as given."));
      } else if (Rules.point(f) > Rules.point(base)) {
        out.add(
            new WarningView(
                "stage_exceeds_base",
                key,
                "'"
                    + key
                    + "' ("
                    + Rules.value(f)
                    + (direct ? ") may be larger than its base '" : ") may be larger than '")
                    + above.key
                    + "' ("
                    + Rules.value(base)
                    + "): its point value is."));
      }
    }
    return out;
  }

  private static String unit(StatisticsContext context, String stageUnit) {
    return stageUnit != null ? stageUnit : context.funnel().unit;
  }
}
