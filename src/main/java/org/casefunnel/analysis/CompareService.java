package org.casefunnel.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.model.Funnel;
import org.casefunnel.model.FunnelRepository;

/** Funnels side by side, stage by stage, with warnings where they are not like for like. */
@ApplicationScoped
public class CompareService {

  /** Most funnels one comparison may name. */
  public static final int MAX_COMPARED = 20;

  /** The longest list of them: ids of at most 100 characters, separated by commas. */
  public static final int MAX_IDS_LENGTH = MAX_COMPARED * 101 - 1;

  private final FunnelRepository funnels;
  private final StatisticsLoader loader;

  public CompareService(FunnelRepository funnels, StatisticsLoader loader) {
    this.funnels = funnels;
    this.loader = loader;
  }

  @Transactional
  public CompareView compare(List<String> ids, LocalDate asOf) {
    List<String> wanted = List.copyOf(new LinkedHashSet<>(ids));
    if (wanted.size() < 2 || wanted.size() > MAX_COMPARED) {
      throw ProblemException.badParameter(
          "funnels",
          "must name between 2 and " + MAX_COMPARED + " different funnel ids, comma-separated");
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
    Map<String, StatisticsContext> contexts = loader.load(ordered, asOf);
    // each funnel's own warnings, so an entry's notes never point to a warning the answer lacks
    Map<String, List<WarningView>> own = new LinkedHashMap<>();
    contexts.forEach((id, context) -> own.put(id, loader.warn(context)));
    List<WarningView> warnings = new ArrayList<>();
    Set<String> units = new TreeSet<>();
    ordered.forEach(f -> units.add(f.unit.toLowerCase(Locale.ROOT)));
    if (units.size() > 1) {
      warnings.add(
          new WarningView(
              "units_differ", null, "The funnels count different units: " + units + "."));
    }
    List<CompareView.Row> rows = new ArrayList<>();
    for (String key : StatisticsLoader.keysInOrder(ordered, contexts)) {
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
                            f.id,
                            s.stage().label(),
                            s.stage().definition(),
                            s.statistics(),
                            own.get(f.id).stream().filter(w -> key.equals(w.stage())).toList())),
                () -> missing.add(f.id));
      }
      rows.add(new CompareView.Row(key, entries));
      if (!missing.isEmpty()) {
        warnings.add(
            new WarningView("stage_missing", key, "No stage '" + key + "' in " + missing + "."));
      }
      likeForLike(key, entries, warnings);
      sameTime(key, entries, warnings);
    }
    List<CompareView.FunnelWarnings> whole = new ArrayList<>();
    own.forEach(
        (id, list) ->
            whole.add(
                new CompareView.FunnelWarnings(
                    id, list.stream().filter(w -> w.stage() == null).toList())));
    return new CompareView(asOf, wanted, rows, warnings, whole);
  }

  private static void likeForLike(
      String key, List<CompareView.Entry> entries, List<WarningView> warnings) {
    Set<String> scales = new TreeSet<>();
    Map<String, String> definitions = new LinkedHashMap<>();
    for (CompareView.Entry e : entries) {
      definitions.put(e.funnelId(), e.definition());
      StageStatisticsView s = e.statistics();
      scales.add(s.unit().toLowerCase(Locale.ROOT) + Numbers.per(s.period()));
    }
    String differ = definitionsDiffer(key, definitions);
    if (differ != null) {
      warnings.add(new WarningView("definitions_differ", key, differ + " Compare with care."));
    }
    if (scales.size() > 1) {
      warnings.add(
          new WarningView(
              "units_differ",
              key,
              "The funnels count '" + key + "' in different units: " + scales));
    }
  }

  /**
   * Figures of one stage key that hold as of different dates (or some undated) compare moments that
   * may not be the same: said per stage, with each funnel's date.
   */
  private static void sameTime(
      String key, List<CompareView.Entry> entries, List<WarningView> warnings) {
    Set<LocalDate> dates = new TreeSet<>();
    boolean undated = false;
    List<String> each = new ArrayList<>();
    for (CompareView.Entry e : entries) {
      StageStatisticsView s = e.statistics();
      if (s.value() == null) {
        continue; // no figure: nothing placed in time
      }
      if (s.asOf() == null) {
        undated = true;
      } else {
        dates.add(s.asOf());
      }
      each.add(e.funnelId() + " " + (s.asOf() == null ? "undated" : s.asOf().toString()));
    }
    if (each.size() < 2) {
      return;
    }
    String said =
        undated
            ? "are not all dated (%s): they are not known to hold at the same moment."
            : dates.size() > 1
                ? "hold as of different dates (%s): they may compare different moments."
                : null;
    if (said != null) {
      warnings.add(
          new WarningView(
              undated ? "unknown_as_of" : "mixed_as_of_dates",
              key,
              "The funnels' figures for '" + key + "' " + said.formatted(String.join(", ", each))));
    }
  }

  /**
   * What the funnels' definitions of a stage say about comparing it, or null when they agree
   * (spaces and case aside) or none is given: they differ, or only some funnels give one, so
   * whether the others count the same is unknown. The comparison and the roll-up say it alike.
   */
  static String definitionsDiffer(String key, Map<String, String> definitionByFunnel) {
    Set<String> given = new TreeSet<>();
    List<String> defining = new ArrayList<>();
    definitionByFunnel.forEach(
        (funnel, definition) -> {
          if (!normalise(definition).isEmpty()) {
            given.add(normalise(definition));
            defining.add(funnel);
          }
        });
    if (given.size() > 1) {
      return "The funnels define '" + key + "' differently.";
    }
    if (given.isEmpty() || defining.size() == definitionByFunnel.size()) {
      return null;
    }
    return "Only "
        + String.join(", ", defining)
        + (defining.size() == 1 ? " defines '" : " define '")
        + key
        + "'; the others give no definition, so whether they count the same is unknown.";
  }

  static String normalise(String definition) {
    return definition == null
        ? ""
        : definition.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
