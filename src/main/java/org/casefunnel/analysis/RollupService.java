package org.casefunnel.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.model.Funnel;
import org.casefunnel.model.FunnelRepository;
import org.casefunnel.statistics.Derivation;
import org.casefunnel.statistics.Estimate;
import org.casefunnel.statistics.IntervalArithmetic;
import org.casefunnel.statistics.Proportions;

/**
 * A programme's funnels rolled up: figures added stage by stage where they count the same thing.
 */
@ApplicationScoped
public class RollupService {

  private final FunnelRepository funnels;
  private final StatisticsLoader loader;

  public RollupService(FunnelRepository funnels, StatisticsLoader loader) {
    this.funnels = funnels;
    this.loader = loader;
  }

  @Transactional
  public RollupView rollup(String programme, LocalDate asOf) {
    List<Funnel> members = funnels.listByProgramme(programme);
    if (members.isEmpty()) {
      throw ProblemException.notFound("Programme", programme);
    }
    Map<String, StatisticsContext> contexts = loader.load(members, asOf);
    // each funnel's own warnings: a total that sums a figure they flag says so
    Map<String, List<WarningView>> own = new LinkedHashMap<>();
    contexts.forEach((id, context) -> own.put(id, loader.warn(context)));
    List<String> ids = members.stream().map(f -> f.id).toList();
    List<WarningView> warnings = new ArrayList<>();
    Map<String, Map<String, Estimate>> termsByKey = new LinkedHashMap<>();
    List<RollupView.Row> rows = new ArrayList<>();
    for (String key : StatisticsLoader.keysInOrder(members, contexts)) {
      // by funnel id: a funnel has at most one stage per key
      Map<String, StatisticsContext.StageFacts> present = new LinkedHashMap<>();
      List<String> missing = new ArrayList<>();
      // funnels without the stage at all, told apart from those whose stage has no figure
      List<String> noStage = new ArrayList<>();
      // funnels whose stage has figures, every one ranked deprecated: told apart from "no figure"
      List<String> deprecatedOnly = new ArrayList<>();
      for (Funnel f : members) {
        var stage = contexts.get(f.id).stage(key);
        if (stage.filter(s -> s.figure() != null).isPresent()) {
          present.put(f.id, stage.get());
        } else {
          missing.add(f.id);
          if (stage.isEmpty()) {
            noStage.add(f.id);
          }
          if (stage.filter(s -> s.stage().onlyDeprecated()).isPresent()) {
            deprecatedOnly.add(f.id);
          }
        }
      }
      // the first funnel with a figure sets what is summed; others must count the same
      StatisticsContext.StageFacts first =
          present.isEmpty() ? null : present.values().iterator().next();
      String unit = first == null ? null : first.statistics().unit();
      String period = first == null ? null : first.statistics().period();
      Map<String, Estimate> terms = new LinkedHashMap<>();
      List<String> included = new ArrayList<>();
      List<String> excluded = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      Set<LocalDate> dates = new TreeSet<>();
      boolean undated = false;
      for (Map.Entry<String, StatisticsContext.StageFacts> entry : present.entrySet()) {
        String fid = entry.getKey();
        StatisticsContext.StageFacts s = entry.getValue();
        if (!s.statistics().unit().equalsIgnoreCase(unit)
            || !Objects.equals(s.statistics().period(), period)) {
          excluded.add(
              fid
                  + ": counts "
                  + Numbers.counting(s.statistics().unit(), s.statistics().period())
                  + ", not "
                  + Numbers.counting(unit, period));
          continue;
        }
        terms.put(fid, Readings.estimate(s.figure()));
        included.add(fid);
        if (s.figure().asOf() == null) {
          undated = true;
        } else {
          dates.add(s.figure().asOf());
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
      // of the funnels summed: one left out for another unit is no part of the total
      Map<String, String> definitions = new LinkedHashMap<>();
      included.forEach(funnel -> definitions.put(funnel, present.get(funnel).stage().definition()));
      String differ = CompareService.definitionsDiffer(key, definitions);
      if (differ != null) {
        notes.add(differ + " The total may add unlike counts.");
        warnings.add(new WarningView("definitions_differ", key, differ));
      }
      if (!excluded.isEmpty()) {
        warnings.add(
            new WarningView(
                "units_differ",
                key,
                "Left out of the total of '" + key + "' for counting something else: " + excluded));
      }
      if (!missing.isEmpty()) {
        notes.add(RollupWording.missing(key, missing, noStage, deprecatedOnly, members.size()));
      }
      List<String> flagged = flagged(key, included, own);
      if (!flagged.isEmpty()) {
        notes.add(RollupWording.flagged(key, flagged));
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
    List<RollupView.Row> withConversions =
        withConversions(rows, termsByKey, members, contexts, warnings);
    return new RollupView(programme, asOf, ids, withConversions, warnings);
  }

  /**
   * Conversions of each total from its base key's total, over funnels in both; the rules that judge
   * sums warn about them into {@code warnings} as they would about one funnel's figures.
   */
  private List<RollupView.Row> withConversions(
      List<RollupView.Row> rows,
      Map<String, Map<String, Estimate>> termsByKey,
      List<Funnel> members,
      Map<String, StatisticsContext> contexts,
      List<WarningView> warnings) {
    List<RollupView.Row> out = new ArrayList<>();
    for (RollupView.Row row : rows) {
      String baseKey = null;
      for (Funnel f : members) {
        var s = contexts.get(f.id).stage(row.key());
        if (s.isPresent() && s.get().stage().baseKey() != null) {
          baseKey = s.get().stage().baseKey();
          break;
        }
      }
      Map<String, Estimate> mine = termsByKey.get(row.key());
      Map<String, Estimate> base = baseKey == null ? null : termsByKey.get(baseKey);
      DerivedView conversion = null;
      List<String> notes = new ArrayList<>(row.notes());
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
            Derivation d = Proportions.subsetRatio(p.asEstimate(), w.asEstimate());
            conversion =
                DerivedView.of(
                    d, Wording.proportion(d) + " of '" + baseKey + "' over " + part.keySet());
            if (p.low() > w.high()) {
              notes.add(Wording.aboveBase(baseKey));
            }
          }
          List<String> summed = List.copyOf(part.keySet());
          StatisticsContext pair =
              StatisticsContext.of(
                  RollupSums.pair(row.key(), baseKey, row.unit(), row.period(), p, w));
          for (WarningView v : loader.warnSums(pair)) {
            warnings.add(
                new WarningView(v.code(), v.stage(), RollupWording.summed(v.message(), summed)));
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
              notes));
    }
    return out;
  }

  /** The funnels summed whose own warnings name this stage, each with the warnings' codes. */
  private static List<String> flagged(
      String key, List<String> included, Map<String, List<WarningView>> own) {
    List<String> out = new ArrayList<>();
    for (String fid : included) {
      Set<String> codes = new TreeSet<>();
      own.get(fid).stream().filter(w -> key.equals(w.stage())).forEach(w -> codes.add(w.code()));
      if (!codes.isEmpty()) {
        out.add(fid + " (" + String.join(", ", codes) + ")");
      }
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
}
