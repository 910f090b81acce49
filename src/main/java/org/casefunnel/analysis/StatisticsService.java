package org.casefunnel.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.casefunnel.common.cache.RevisionCache;
import org.casefunnel.common.config.AppConfig;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.funnel.FunnelService;
import org.casefunnel.model.BreakdownPart;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureRepository;
import org.casefunnel.model.Funnel;
import org.casefunnel.model.FunnelRepository;
import org.casefunnel.model.Stage;
import org.casefunnel.model.StageRepository;
import org.casefunnel.statistics.Derivation;
import org.casefunnel.statistics.Estimate;
import org.casefunnel.statistics.IntervalArithmetic;
import org.casefunnel.statistics.Proportions;

/**
 * Funnel statistics, comparisons and programme roll-ups. Every read loads funnels, stages, current
 * figures and breakdown parts with one query each (for any number of funnels), then computes in
 * memory: the cost in SQL statements does not grow with stages or figures.
 */
@ApplicationScoped
public class StatisticsService {

  /** Most funnels one comparison may name. */
  public static final int MAX_COMPARED = 20;

  private final FunnelService funnelService;
  private final FunnelRepository funnels;
  private final StageRepository stages;
  private final FigureRepository figures;
  private final List<WarningRule> rules;
  private final RevisionCache<FunnelStatisticsView> cache;

  public StatisticsService(
      FunnelService funnelService,
      FunnelRepository funnels,
      StageRepository stages,
      FigureRepository figures,
      Instance<WarningRule> rules,
      AppConfig config) {
    this.cache = new RevisionCache<>(config.cache().maxEntries());
    this.funnelService = funnelService;
    this.funnels = funnels;
    this.stages = stages;
    this.figures = figures;
    this.rules =
        rules.stream()
            .sorted(
                Comparator.comparingInt(WarningRule::order)
                    .thenComparing(r -> r.getClass().getName()))
            .toList();
  }

  /**
   * A funnel's statistics, cached per funnel revision: an unchanged funnel costs one primary-key
   * lookup, and any change raises the revision, so a cached answer is never served after a write.
   * For read requests only (a write's transaction could cache what it has not committed).
   */
  @Transactional
  public FunnelStatisticsView funnel(String id, LocalDate asOf) {
    Funnel f = funnelService.require(id);
    return cache.get(
        id,
        FunnelService.revision(f),
        asOf == null ? null : asOf.toString(),
        () -> compute(f, asOf));
  }

  private FunnelStatisticsView compute(Funnel f, LocalDate asOf) {
    StatisticsContext context = load(List.of(f), asOf).get(f.id);
    return new FunnelStatisticsView(
        f.id, f.title, f.unit, asOf, 0.95, FunnelCalculator.Z, stageViews(context), warn(context));
  }

  @Transactional
  public CompareView compare(List<String> ids, LocalDate asOf) {
    List<String> wanted = List.copyOf(new LinkedHashSet<>(ids));
    if (wanted.size() < 2 || wanted.size() > MAX_COMPARED) {
      throw ProblemException.badParameter(
          "funnels",
          "name between 2 and " + MAX_COMPARED + " different funnel ids, comma-separated");
    }
    Map<String, Funnel> byId = new LinkedHashMap<>();
    funnels.listByIds(wanted).forEach(f -> byId.put(f.id, f));
    List<Funnel> ordered = new ArrayList<>();
    for (String id : wanted) {
      Funnel f = byId.get(id);
      if (f == null) {
        throw ProblemException.notFound("Funnel", id);
      }
      ordered.add(f);
    }
    Map<String, StatisticsContext> contexts = load(ordered, asOf);
    List<WarningView> warnings = new ArrayList<>();
    Set<String> units = new TreeSet<>();
    ordered.forEach(f -> units.add(f.unit.toLowerCase(Locale.ROOT)));
    if (units.size() > 1) {
      warnings.add(
          new WarningView(
              "units_differ", null, "The funnels count different units: " + units + "."));
    }
    List<CompareView.Row> rows = new ArrayList<>();
    for (String key : keysInOrder(ordered, contexts)) {
      List<CompareView.Entry> entries = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (Funnel f : ordered) {
        contexts
            .get(f.id)
            .stage(key)
            .ifPresentOrElse(
                s ->
                    entries.add(
                        new CompareView.Entry(
                            f.id, s.stage().label, s.stage().definition, s.statistics())),
                () -> missing.add(f.id));
      }
      rows.add(new CompareView.Row(key, entries));
      if (!missing.isEmpty()) {
        warnings.add(
            new WarningView("stage_missing", key, "No stage '" + key + "' in " + missing + "."));
      }
      likeForLike(key, entries, warnings);
    }
    return new CompareView(asOf, wanted, rows, warnings);
  }

  @Transactional
  public RollupView rollup(String programme, LocalDate asOf) {
    List<Funnel> members = funnels.listByProgramme(programme);
    if (members.isEmpty()) {
      throw ProblemException.notFound("Programme", programme);
    }
    Map<String, StatisticsContext> contexts = load(members, asOf);
    List<String> ids = members.stream().map(f -> f.id).toList();
    List<WarningView> warnings = new ArrayList<>();
    Map<String, Map<String, Estimate>> termsByKey = new LinkedHashMap<>();
    List<RollupView.Row> rows = new ArrayList<>();
    for (String key : keysInOrder(members, contexts)) {
      List<StatisticsContext.StageFacts> present = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (Funnel f : members) {
        contexts
            .get(f.id)
            .stage(key)
            .filter(s -> s.figure() != null)
            .ifPresentOrElse(present::add, () -> missing.add(f.id));
      }
      // the first funnel with a figure sets what is summed; others must count the same
      String unit = present.isEmpty() ? null : present.get(0).statistics().unit();
      String period = present.isEmpty() ? null : present.get(0).statistics().period();
      Map<String, Estimate> terms = new LinkedHashMap<>();
      List<String> included = new ArrayList<>();
      List<String> excluded = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      Set<LocalDate> dates = new TreeSet<>();
      boolean undated = false;
      for (StatisticsContext.StageFacts s : present) {
        String fid = s.stage().funnel.id;
        if (!s.statistics().unit().equalsIgnoreCase(unit)
            || !Objects.equals(s.statistics().period(), period)) {
          excluded.add(
              fid
                  + ": counts "
                  + s.statistics().unit()
                  + (s.statistics().period() == null ? "" : " per " + s.statistics().period())
                  + ", not "
                  + unit
                  + (period == null ? "" : " per " + period));
          continue;
        }
        terms.put(fid, FunnelCalculator.estimate(s.figure()));
        included.add(fid);
        if (s.figure().asOf == null) {
          undated = true;
        } else {
          dates.add(s.figure().asOf);
        }
      }
      if (dates.size() > 1 || (undated && !dates.isEmpty())) {
        notes.add(
            "The figures summed hold as of different dates"
                + (dates.isEmpty() ? "" : " " + dates)
                + (undated ? " (some undated)" : "")
                + ".");
      } else if (undated) {
        notes.add("Some figures summed have no date.");
      }
      Set<String> definitions = new TreeSet<>();
      present.forEach(s -> definitions.add(normalise(s.stage().definition)));
      if (definitions.size() > 1) {
        notes.add("The funnels define '" + key + "' differently; the total adds unlike counts.");
        warnings.add(
            new WarningView(
                "definitions_differ", key, "The funnels define '" + key + "' differently."));
      }
      if (!excluded.isEmpty()) {
        warnings.add(
            new WarningView(
                "units_differ",
                key,
                "Left out of the total of '" + key + "' for counting something else: " + excluded));
      }
      if (!missing.isEmpty()) {
        notes.add("No figure for '" + key + "' in " + missing + "; the total covers the others.");
      }
      DerivedView total = null;
      if (!terms.isEmpty()) {
        Derivation sum = IntervalArithmetic.sum(terms);
        total =
            DerivedView.of(
                sum,
                Numbers.range(Math.round(sum.low()), Math.round(sum.high()))
                    + " over "
                    + terms.size()
                    + " funnel(s)");
        termsByKey.put(key, terms);
      }
      rows.add(
          new RollupView.Row(key, unit, period, total, null, included, excluded, missing, notes));
    }
    return new RollupView(
        programme, asOf, ids, withConversions(rows, termsByKey, members, contexts), warnings);
  }

  // ---- loading: a fixed number of queries for any number of funnels ----

  private Map<String, StatisticsContext> load(List<Funnel> of, LocalDate asOf) {
    List<String> ids = of.stream().map(f -> f.id).toList();
    List<Stage> allStages = stages.listByFunnels(ids);
    Map<Long, Figure> current = figures.currentByStage(ids, asOf);
    Map<Long, List<BreakdownPart>> parts = figures.partsByFigure(current.values());
    Map<String, StatisticsContext> out = new LinkedHashMap<>();
    for (Funnel f : of) {
      List<Stage> mine = allStages.stream().filter(s -> s.funnel.id.equals(f.id)).toList();
      out.put(
          f.id,
          new StatisticsContext(
              f, asOf, new FunnelCalculator(f, mine, current, parts, asOf).compute()));
    }
    return out;
  }

  private List<WarningView> warn(StatisticsContext context) {
    List<WarningView> out = new ArrayList<>();
    for (WarningRule rule : rules) {
      out.addAll(rule.check(context));
    }
    return out;
  }

  private static List<StageStatisticsView> stageViews(StatisticsContext context) {
    return context.stages().stream().map(StatisticsContext.StageFacts::statistics).toList();
  }

  private static List<String> keysInOrder(
      List<Funnel> of, Map<String, StatisticsContext> contexts) {
    Set<String> keys = new LinkedHashSet<>();
    for (Funnel f : of) {
      contexts.get(f.id).stages().forEach(s -> keys.add(s.stage().key));
    }
    return new ArrayList<>(keys);
  }

  private static void likeForLike(
      String key, List<CompareView.Entry> entries, List<WarningView> warnings) {
    Set<String> definitions = new TreeSet<>();
    Set<String> scales = new TreeSet<>();
    for (CompareView.Entry e : entries) {
      definitions.add(normalise(e.definition()));
      StageStatisticsView s = e.statistics();
      scales.add(
          s.unit().toLowerCase(Locale.ROOT) + (s.period() == null ? "" : " per " + s.period()));
    }
    if (definitions.size() > 1) {
      warnings.add(
          new WarningView(
              "definitions_differ",
              key,
              "The funnels define '" + key + "' differently; compare with care."));
    }
    if (scales.size() > 1) {
      warnings.add(
          new WarningView(
              "units_differ",
              key,
              "The funnels count '" + key + "' in different units: " + scales));
    }
  }

  /** Conversions of each total from its base key's total, over funnels in both. */
  private static List<RollupView.Row> withConversions(
      List<RollupView.Row> rows,
      Map<String, Map<String, Estimate>> termsByKey,
      List<Funnel> members,
      Map<String, StatisticsContext> contexts) {
    List<RollupView.Row> out = new ArrayList<>();
    for (RollupView.Row row : rows) {
      String baseKey = null;
      for (Funnel f : members) {
        var s = contexts.get(f.id).stage(row.key());
        if (s.isPresent() && s.get().stage().baseStage != null) {
          baseKey = s.get().stage().baseStage.key;
          break;
        }
      }
      Map<String, Estimate> mine = termsByKey.get(row.key());
      Map<String, Estimate> base = baseKey == null ? null : termsByKey.get(baseKey);
      DerivedView conversion = null;
      if (mine != null && base != null) {
        Map<String, Estimate> part = new LinkedHashMap<>();
        Map<String, Estimate> whole = new LinkedHashMap<>();
        for (String fid : mine.keySet()) {
          if (base.containsKey(fid)) {
            part.put(fid, mine.get(fid));
            whole.put(fid, base.get(fid));
          }
        }
        if (!part.isEmpty() && sameUnit(rows, row.key(), baseKey)) {
          Derivation p = IntervalArithmetic.sum(part);
          Derivation w = IntervalArithmetic.sum(whole);
          if (w.high() > 0) {
            Derivation d =
                Proportions.intervalRatio(
                    Estimate.of(p.value(), p.low(), p.high()),
                    Estimate.of(w.value(), w.low(), w.high()));
            conversion =
                DerivedView.of(
                    d,
                    FunnelCalculator.proportionText(d)
                        + " of '"
                        + baseKey
                        + "' over "
                        + part.keySet());
          }
        }
      }
      out.add(
          new RollupView.Row(
              row.key(),
              row.unit(),
              row.period(),
              row.total(),
              conversion,
              row.included(),
              row.excluded(),
              row.missing(),
              row.notes()));
    }
    return out;
  }

  private static boolean sameUnit(List<RollupView.Row> rows, String key, String baseKey) {
    RollupView.Row a = rows.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    RollupView.Row b = rows.stream().filter(r -> r.key().equals(baseKey)).findFirst().orElse(null);
    return b != null
        && a.unit() != null
        && a.unit().equalsIgnoreCase(b.unit())
        && Objects.equals(a.period(), b.period());
  }

  private static String normalise(String definition) {
    return definition == null
        ? ""
        : definition.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
