package org.casefunnel.analysis.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.casefunnel.analysis.StatisticsContext;
import org.casefunnel.analysis.WarningRule;
import org.casefunnel.analysis.WarningView;

/** A breakdown whose parts cannot add up to the whole. */
@ApplicationScoped
public class BreakdownRule implements WarningRule {

  @Override
  public int order() {
    return 60;
  }

  @Override
  public List<WarningView> check(StatisticsContext context) {
    List<WarningView> out = new ArrayList<>();
    for (StatisticsContext.StageFacts s : context.stages()) {
      var b = s.statistics().breakdown();
      if (b != null && !b.addsUp()) {
        out.add(
            new WarningView(
                "breakdown_does_not_add_up",
                s.key(),
                "The parts of '"
                    + s.key()
                    + "' by "
                    + b.dimension()
                    + " ("
                    + b.sum().text()
                    + ") cannot add up to the whole ("
                    + Rules.value(s.figure())
                    + "); they are kept as given."));
      }
    }
    return out;
  }
}
