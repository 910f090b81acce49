package org.casefunnel.analysis.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.casefunnel.analysis.FunnelSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.FigureSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.StageSnapshot;
import org.casefunnel.analysis.StatisticsContext;
import org.casefunnel.analysis.WarningRule;
import org.casefunnel.analysis.WarningView;

/**
 * A stage larger than its base (or the nearest stage above with a figure): a subset cannot be. A
 * function of the snapshot alone.
 */
@ApplicationScoped
public class StageExceedsBaseRule implements WarningRule {

  @Override
  public int order() {
    return 10;
  }

  @Override
  public boolean judgesSums() {
    return true;
  }

  @Override
  public List<WarningView> check(StatisticsContext context) {
    FunnelSnapshot funnel = context.snapshot();
    List<WarningView> out = new ArrayList<>();
    for (StageSnapshot s : funnel.stages()) {
      if (s.figure() == null || s.baseKey() == null) {
        continue;
      }
      // the nearest stage above with a figure: a base without one must not hide the check
      StageSnapshot above =
          funnel.ancestors(s).stream().filter(at -> at.figure() != null).findFirst().orElse(null);
      if (above == null
          || !Objects.equals(s.figure().period(), above.figure().period())
          || !s.unit().equalsIgnoreCase(above.unit())) {
        continue;
      }
      FigureSnapshot f = s.figure();
      FigureSnapshot base = above.figure();
      String key = s.key();
      boolean direct = above.key().equals(s.baseKey());
      String against =
          (direct ? "its base '" : "'") + above.key() + "' (" + Rules.valueAsRead(base) + ")";
      String gap = direct ? "" : " (its base '" + s.baseKey() + "' has no figure)";
      String mine = "'" + key + "' (" + Rules.valueAsRead(f) + ")";
      // judged on the figures as read, as the conversion is: certain only when every value the
      // stage allows exceeds every value the base allows, possible when some do
      if (f.lowerBound() > base.upperBound()) {
        out.add(
            new WarningView(
                "stage_exceeds_base",
                key,
                mine
                    + " is larger than "
                    + against
                    + ", which it should be a subset of"
                    + gap
                    + "; the figures are kept as given."));
      } else if (f.upperBound() > base.lowerBound()) {
        out.add(
            new WarningView(
                "stage_exceeds_base",
                key,
                mine
                    + " may be larger than "
                    + against
                    + gap
                    + ": as read, their ranges overlap, so it is larger for some of the values"
                    + " they allow and not for others; the figures are kept as given."));
      }
    }
    return out;
  }
}
