package org.casefunnel.analysis.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.casefunnel.analysis.StatisticsContext;
import org.casefunnel.analysis.WarningRule;
import org.casefunnel.analysis.WarningView;

/** An extrapolation whose sample is not known to be random. */
@ApplicationScoped
public class RepresentativenessRule implements WarningRule {

  @Override
  public int order() {
    return 70;
  }

  @Override
  public List<WarningView> check(StatisticsContext context) {
    List<WarningView> out = new ArrayList<>();
    for (StatisticsContext.StageFacts s : context.stages()) {
      var e = s.statistics().extrapolation();
      if (e != null && !"holds".equals(e.assumption())) {
        out.add(new WarningView("representativeness_not_established", s.key(), e.statement()));
      }
    }
    return out;
  }
}
