package org.casefunnel.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casefunnel.analysis.FunnelSnapshot.FigureSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.PartSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.StageSnapshot;
import org.casefunnel.model.BreakdownPart;
import org.casefunnel.model.Figure;
import org.casefunnel.model.Funnel;
import org.casefunnel.model.Stage;

/**
 * Copies loaded entities into a {@link FunnelSnapshot}: the one place the statistics touch the
 * entity model. The caller loads stages, current figures and breakdown parts with one query each,
 * for any number of funnels; nothing here queries.
 */
final class FunnelSnapshots {

  private FunnelSnapshots() {}

  static FunnelSnapshot of(
      Funnel funnel,
      List<Stage> stages,
      Map<Long, Figure> current,
      Map<Long, List<BreakdownPart>> parts,
      LocalDate asOf) {
    return new FunnelSnapshot(
        funnel.id,
        funnel.title,
        funnel.unit,
        asOf,
        stages.stream().map(s -> stage(funnel, s, current.get(s.id), parts)).toList());
  }

  private static StageSnapshot stage(
      Funnel funnel, Stage s, Figure f, Map<Long, List<BreakdownPart>> parts) {
    return new StageSnapshot(
        s.key,
        s.label,
        s.baseStage == null ? null : s.baseStage.key,
        s.definition,
        s.unit != null ? s.unit : funnel.unit,
        s.selection,
        s.estimates,
        f == null ? null : figure(f, parts.getOrDefault(f.id, List.of())));
  }

  private static FigureSnapshot figure(Figure f, List<BreakdownPart> parts) {
    return new FigureSnapshot(
        f.id,
        f.count,
        f.low,
        f.high,
        f.approximate,
        f.status,
        f.asOf,
        f.period,
        f.wording,
        f.breakdownDimension,
        parts.stream()
            .map(p -> new PartSnapshot(p.category, p.count, p.low, p.high, p.approximate))
            .toList());
  }
}
