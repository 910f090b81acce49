package org.casefunnel.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casefunnel.analysis.FunnelSnapshot.FigureSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.PartSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.StageSnapshot;
import org.casefunnel.model.BreakdownPart;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureCompetition;
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
    return of(funnel, stages, current, Map.of(), parts, asOf);
  }

  /**
   * As above, with every current figure of each stage ({@code candidates}, in recording order), so
   * that stages with competing figures are listed with the one chosen ({@code current}).
   */
  static FunnelSnapshot of(
      Funnel funnel,
      List<Stage> stages,
      Map<Long, Figure> current,
      Map<Long, List<Figure>> candidates,
      Map<Long, List<BreakdownPart>> parts,
      LocalDate asOf) {
    List<CompetingFigures> competitions = new ArrayList<>();
    for (Stage s : stages) {
      List<Figure> competing = candidates.getOrDefault(s.id, List.of());
      if (competing.size() > 1 && current.get(s.id) != null) {
        competitions.add(competition(s, current.get(s.id), competing, parts));
      }
    }
    return new FunnelSnapshot(
        funnel.id,
        funnel.title,
        funnel.unit,
        asOf,
        stages.stream().map(s -> stage(funnel, s, current.get(s.id), parts)).toList(),
        competitions);
  }

  private static CompetingFigures competition(
      Stage s, Figure chosen, List<Figure> competing, Map<Long, List<BreakdownPart>> parts) {
    FigureCompetition.Choice<Figure> choice = FigureCompetition.choose(competing, f -> f.rank);
    List<CompetingFigures.Claimant> claimants = new ArrayList<>();
    for (Figure f : competing) {
      List<String> speakers =
          f.statements.stream().map(st -> st.speaker).filter(Objects::nonNull).distinct().toList();
      claimants.add(
          new CompetingFigures.Claimant(
              figure(f, parts.getOrDefault(f.id, List.of())), f.rank, f.rankReason, speakers));
    }
    return new CompetingFigures(s.key, chosen.id, choice.reason(), claimants);
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
