package org.casefunnel.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.casefunnel.model.BreakdownPart;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureRepository;
import org.casefunnel.model.Funnel;
import org.casefunnel.model.SourceRepository;
import org.casefunnel.model.Stage;
import org.casefunnel.model.StageRepository;

/**
 * Loads funnels for statistics: stages, current figures with their statements, breakdown parts and
 * the statements' sources with one query each (for any number of funnels) into {@link
 * FunnelSnapshot}s, then computes in memory, so the cost in SQL statements does not grow with
 * stages or figures. Shared by a funnel's statistics, comparisons and roll-ups.
 */
@ApplicationScoped
public class StatisticsLoader {

  private final StageRepository stages;
  private final FigureRepository figures;
  private final SourceRepository sources;
  private final List<WarningRule> rules;

  public StatisticsLoader(
      StageRepository stages,
      FigureRepository figures,
      SourceRepository sources,
      Instance<WarningRule> rules) {
    this.stages = stages;
    this.figures = figures;
    this.sources = sources;
    this.rules =
        rules.stream()
            .sorted(
                Comparator.comparingInt(WarningRule::order)
                    .thenComparing(r -> r.getClass().getName()))
            .toList();
  }

  // ---- loading: a fixed number of queries for any number of funnels ----

  /** The funnels' snapshots, keyed by funnel id in the order given. */
  Map<String, FunnelSnapshot> snapshots(List<Funnel> of, LocalDate asOf) {
    return snapshots(of, asOf, figures.read(of.stream().map(f -> f.id).toList(), asOf));
  }

  private Map<String, FunnelSnapshot> snapshots(
      List<Funnel> of, LocalDate asOf, List<Figure> read) {
    List<String> ids = of.stream().map(f -> f.id).toList();
    List<Stage> allStages = stages.listByFunnels(ids);
    Map<Long, List<Figure>> candidates = FigureRepository.candidates(read, asOf);
    Map<Long, Figure> current = FigureRepository.chosen(candidates);
    List<Figure> all = candidates.values().stream().flatMap(List::stream).toList();
    Map<Long, List<BreakdownPart>> parts = figures.partsByFigure(all);
    Set<Long> statementIds = new HashSet<>();
    all.forEach(f -> f.statements.forEach(st -> statementIds.add(st.id)));
    FunnelSnapshots.Loaded loaded =
        new FunnelSnapshots.Loaded(
            current,
            parts,
            sources.headersByStatement(statementIds),
            candidates,
            FigureRepository.onlyDeprecated(read, candidates),
            asOf == null ? Map.of() : FigureRepository.laterUndated(read, current));
    Map<String, FunnelSnapshot> out = new LinkedHashMap<>();
    for (Funnel f : of) {
      List<Stage> mine = allStages.stream().filter(s -> s.funnel.id.equals(f.id)).toList();
      out.put(f.id, FunnelSnapshots.of(f, mine, loaded, asOf));
    }
    return out;
  }

  /** The funnels' snapshots with their statistics computed, keyed by funnel id. */
  Map<String, StatisticsContext> load(List<Funnel> of, LocalDate asOf) {
    Map<String, StatisticsContext> out = new LinkedHashMap<>();
    snapshots(of, asOf).forEach((id, snapshot) -> out.put(id, StatisticsContext.of(snapshot)));
    return out;
  }

  /**
   * One funnel's context, and how many distinct dates its figures have up to {@code asOf} (all when
   * null), which a series needs two of. A dated view reads every figure up to its date (and the
   * undated ones, which add no date), so the dates are counted from those; the current view reads
   * only current figures, so it asks the database (once per cached reading).
   */
  Dated loadOne(Funnel f, LocalDate asOf) {
    List<Figure> read = figures.read(List.of(f.id), asOf);
    StatisticsContext context = StatisticsContext.of(snapshots(List.of(f), asOf, read).get(f.id));
    long dates =
        asOf == null
            ? figures.dateCount(f.id, null)
            : read.stream().map(figure -> figure.asOf).filter(Objects::nonNull).distinct().count();
    return new Dated(context, dates);
  }

  /** A funnel's context with the number of distinct dates of its figures. */
  record Dated(StatisticsContext context, long figureDates) {}

  List<WarningView> warn(StatisticsContext context) {
    List<WarningView> out = new ArrayList<>();
    for (WarningRule rule : rules) {
      out.addAll(rule.check(context));
    }
    return out;
  }

  /** The warnings of the rules that judge sums ({@link WarningRule#judgesSums}) on a context. */
  List<WarningView> warnSums(StatisticsContext context) {
    List<WarningView> out = new ArrayList<>();
    for (WarningRule rule : rules) {
      if (rule.judgesSums()) {
        out.addAll(rule.check(context));
      }
    }
    return out;
  }

  static List<String> keysInOrder(List<Funnel> of, Map<String, StatisticsContext> contexts) {
    Set<String> keys = new LinkedHashSet<>();
    for (Funnel f : of) {
      contexts.get(f.id).stages().forEach(s -> keys.add(s.key()));
    }
    return new ArrayList<>(keys);
  }
}
