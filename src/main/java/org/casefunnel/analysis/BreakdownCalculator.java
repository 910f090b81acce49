package org.casefunnel.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casefunnel.analysis.FunnelSnapshot.FigureSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.PartSnapshot;
import org.casefunnel.statistics.Breakdowns;
import org.casefunnel.statistics.Derivation;
import org.casefunnel.statistics.Estimate;

/** A figure's breakdown: the parts' sum against the whole and each part's share. */
final class BreakdownCalculator {

  private BreakdownCalculator() {}

  static BreakdownStatisticsView compute(FigureSnapshot figure, List<String> notes) {
    if (figure.breakdownDimension() == null || figure.parts().isEmpty()) {
      return null;
    }
    Map<String, Estimate> byCategory = new LinkedHashMap<>();
    for (PartSnapshot p : figure.parts()) {
      byCategory.put(
          p.category(), Readings.estimate(p.count(), p.low(), p.high(), p.approximate()));
    }
    Breakdowns.Check check = Breakdowns.check(Readings.estimate(figure), byCategory);
    if (check.shares().isEmpty()) {
      notes.add(Wording.noBreakdownShares());
    }
    List<BreakdownStatisticsView.Part> views = new ArrayList<>();
    for (PartSnapshot p : figure.parts()) {
      Derivation share = check.shares().get(p.category());
      views.add(
          new BreakdownStatisticsView.Part(
              p.category(),
              Readings.value(p.count(), p.low(), p.high(), p.approximate()),
              share == null ? null : DerivedView.of(share, Wording.proportion(share))));
    }
    Derivation sum = check.sum();
    return new BreakdownStatisticsView(
        figure.breakdownDimension(),
        DerivedView.of(sum, Wording.breakdownSum(sum)),
        check.addsUp(),
        views);
  }
}
