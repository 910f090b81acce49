package org.casefunnel.analysis.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.casefunnel.analysis.StatisticsContext;
import org.casefunnel.analysis.WarningRule;
import org.casefunnel.analysis.WarningView;

/** Figures of one funnel holding as of different dates: their ratios mix moments in time. */
@ApplicationScoped
public class MixedAsOfDatesRule implements WarningRule {

  @Override
  public int order() {
    return 30;
  }

  @Override
  public List<WarningView> check(StatisticsContext context) {
    Map<LocalDate, List<String>> byDate = new TreeMap<>();
    for (StatisticsContext.StageFacts s : context.stages()) {
      if (s.figure() != null && s.figure().asOf() != null) {
        byDate.computeIfAbsent(s.figure().asOf(), d -> new ArrayList<>()).add(s.key());
      }
    }
    if (byDate.size() < 2) {
      return List.of();
    }
    StringBuilder sb = new StringBuilder("The figures hold as of different dates (");
    byDate.forEach((date, keys) -> sb.append(date).append(": ").append(keys).append("; "));
    sb.setLength(sb.length() - 2);
    sb.append("), so conversions between them compare different moments.");
    return List.of(new WarningView("mixed_as_of_dates", null, sb.toString()));
  }
}
