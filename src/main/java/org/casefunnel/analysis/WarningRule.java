package org.casefunnel.analysis;

import java.util.List;

/**
 * One kind of warning on a funnel's statistics. Implementations are CDI beans
 * ({@code @ApplicationScoped}); the statistics service finds every one, so adding a warning is
 * adding one class. A rule is a pure function of the context (the {@link FunnelSnapshot} and the
 * computed statistics, plain records): no queries, no entities, so it is unit-tested by building a
 * snapshot by hand. Rules must not fail on incomplete data (stages without figures, stages of other
 * units): they skip what they cannot judge.
 */
public interface WarningRule {

  /** Place among the rules in the response, lower first; ties are ordered by class name. */
  default int order() {
    return 100;
  }

  /**
   * Whether the rule judges a stage's figure against its base's from the numbers alone (not their
   * statements, dates or breakdowns), so it applies to figures summed over a programme's funnels
   * too: the roll-up runs such rules on its sums, the same code as for one funnel.
   */
  default boolean judgesSums() {
    return false;
  }

  /** The warnings this rule finds, in stage order. */
  List<WarningView> check(StatisticsContext context);
}
