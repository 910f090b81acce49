package org.casefunnel.analysis.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.casefunnel.analysis.StatisticsContext;
import org.casefunnel.analysis.WarningView;
import org.casefunnel.figure.Figure;

/** A stage larger than its base, which it should be a subset of. */
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
      Figure base =
          context
              .stage(s.stage().baseStage.key)
              .map(StatisticsContext.StageFacts::figure)
              .orElse(null);
      if (base == null
          || !Objects.equals(s.figure().period, base.period)
          || !unit(context, s.stage().unit)
              .equalsIgnoreCase(unit(context, s.stage().baseStage.unit))) {
        continue;
      }
      Figure f = s.figure();
      String key = s.stage().key;
      String baseKey = s.stage().baseStage.key;
      if (f.lowerBound() > base.upperBound()) {
        out.add(
            new WarningView(
                "stage_exceeds_base",
                key,
                "'"
                    + key
                    + "' ("
                    + Rules.value(f)
                    + ") is larger than its base '"
                    + baseKey
                    + "' ("
                    + Rules.value(base)
                    + "), which it should be a subset of; the figures"
                    + " are kept as given."));
      } else if (Rules.point(f) > Rules.point(base)) {
        out.add(
            new WarningView(
                "stage_exceeds_base",
                key,
                "'"
                    + key
                    + "' ("
                    + Rules.value(f)
                    + ") may be larger than its base '"
                    + baseKey
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
