package org.casefunnel.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casefunnel.model.BreakdownPart;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureRepository;
import org.casefunnel.model.Funnel;
import org.casefunnel.model.Stage;
import org.casefunnel.model.StageRepository;

/**
 * Loads funnels for statistics: funnels, stages, current figures and breakdown parts with one query
 * each (for any number of funnels), then computes in memory, so the cost in SQL statements does not
 * grow with stages or figures. Shared by a funnel's statistics, comparisons and roll-ups.
 */
@ApplicationScoped
public class StatisticsLoader {

  private final StageRepository stages;
  private final FigureRepository figures;
  private final List<WarningRule> rules;

  public StatisticsLoader(
      StageRepository stages, FigureRepository figures, Instance<WarningRule> rules) {
    this.stages = stages;
    this.figures = figures;
    this.rules =
        rules.stream()
            .sorted(
                Comparator.comparingInt(WarningRule::order)
                    .thenComparing(r -> r.getClass().getName()))
            .toList();
  }

  // ---- loading: a fixed number of queries for any number of funnels ----

  Map<String, StatisticsContext> load(List<Funnel> of, LocalDate asOf) {
    List<String> ids = of.stream().map(f -> f.id).toList();
    List<Stage> allStages = stages.listByFunnels(ids);
    Map<Long, List<Figure>> candidates = figures.currentCandidates(ids, asOf);
    Map<Long, Figure> current = FigureRepository.chosen(candidates);
    Map<Long, List<BreakdownPart>> parts =
        figures.partsByFigure(candidates.values().stream().flatMap(List::stream).toList());
    Map<String, StatisticsContext> out = new LinkedHashMap<>();
    for (Funnel f : of) {
      List<Stage> mine = allStages.stream().filter(s -> s.funnel.id.equals(f.id)).toList();
      FunnelSnapshot snapshot = FunnelSnapshots.of(f, mine, current, candidates, parts, asOf);
      List<StageStatisticsView> views = StatisticsCalculator.compute(snapshot);
      List<StatisticsContext.StageFacts> facts = new ArrayList<>();
      for (int i = 0; i < mine.size(); i++) {
        facts.add(
            new StatisticsContext.StageFacts(
                mine.get(i), current.get(mine.get(i).id), views.get(i)));
      }
      out.put(f.id, new StatisticsContext(f, asOf, facts, snapshot));
    }
    return out;
  }

  List<WarningView> warn(StatisticsContext context) {
    List<WarningView> out = new ArrayList<>();
    for (WarningRule rule : rules) {
      out.addAll(rule.check(context));
    }
    return out;
  }

  static List<StageStatisticsView> stageViews(StatisticsContext context) {
    return context.stages().stream().map(StatisticsContext.StageFacts::statistics).toList();
  }

  static List<String> keysInOrder(List<Funnel> of, Map<String, StatisticsContext> contexts) {
    Set<String> keys = new LinkedHashSet<>();
    for (Funnel f : of) {
      contexts.get(f.id).stages().forEach(s -> keys.add(s.stage().key));
    }
    return new ArrayList<>(keys);
  }
}
