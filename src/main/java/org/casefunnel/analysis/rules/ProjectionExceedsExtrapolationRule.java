package org.casefunnel.analysis.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.casefunnel.analysis.StatisticsContext;
import org.casefunnel.analysis.WarningRule;
import org.casefunnel.analysis.WarningView;

/** A projection above what the extrapolation to the same population allows. */
@ApplicationScoped
public class ProjectionExceedsExtrapolationRule implements WarningRule {

  @Override
  public int order() {
    return 20;
  }

  @Override
  public List<WarningView> check(StatisticsContext context) {
    List<WarningView> out = new ArrayList<>();
    for (StatisticsContext.StageFacts s : context.stages()) {
      var check = s.statistics().projectionCheck();
      if (check != null && "above".equals(check.relation())) {
        out.add(new WarningView("projection_exceeds_extrapolation", s.key(), check.message()));
      }
    }
    return out;
  }
}
