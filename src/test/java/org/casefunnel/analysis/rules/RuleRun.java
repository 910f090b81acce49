package org.casefunnel.analysis.rules;

import java.util.List;
import org.casefunnel.analysis.FunnelSnapshot;
import org.casefunnel.analysis.Snapshots;
import org.casefunnel.analysis.StatisticsContext;
import org.casefunnel.analysis.WarningRule;
import org.casefunnel.analysis.WarningView;

/** Runs one warning rule on a hand-built snapshot and its computed statistics: no Quarkus. */
final class RuleRun {

  private RuleRun() {}

  static List<WarningView> check(WarningRule rule, Snapshots funnel) {
    return check(rule, funnel.build());
  }

  static List<WarningView> check(WarningRule rule, FunnelSnapshot funnel) {
    return rule.check(StatisticsContext.of(funnel));
  }
}
