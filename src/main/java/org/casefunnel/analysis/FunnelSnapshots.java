package org.casefunnel.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.casefunnel.analysis.FunnelSnapshot.FigureSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.FunnelInfo;
import org.casefunnel.analysis.FunnelSnapshot.PartSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.SourceSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.StageSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.StatementSnapshot;
import org.casefunnel.model.BreakdownPart;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureCompetition;
import org.casefunnel.model.Funnel;
import org.casefunnel.model.Source;
import org.casefunnel.model.SourceRepository;
import org.casefunnel.model.Stage;
import org.casefunnel.model.Statement;

/**
 * Copies loaded entities into a {@link FunnelSnapshot}: the one place the statistics touch the
 * entity model, and the one mapping of a figure, statement and source to their snapshot records
 * (the PROV export's loader uses it too). The caller loads stages, current figures (with their
 * statements), breakdown parts and the statements' sources with one query each, for any number of
 * funnels; nothing here queries.
 */
public final class FunnelSnapshots {

  private FunnelSnapshots() {}

  /**
   * What the loader read for a set of funnels; {@code onlyDeprecated} holds the ids of stages whose
   * figures in the view are all deprecated, {@code laterUndated} (dated views) per stage the
   * undated figure recorded after the dated one shown that is current now.
   */
  record Loaded(
      Map<Long, Figure> current,
      Map<Long, List<BreakdownPart>> parts,
      Map<Long, SourceRepository.Header> sources,
      Map<Long, List<Figure>> candidates,
      Set<Long> onlyDeprecated,
      Map<Long, Figure> laterUndated) {}

  /**
   * The funnel's snapshot. With every current figure of each stage ({@code loaded.candidates()}, in
   * recording order), stages with competing figures are listed with the one chosen ({@code
   * loaded.current()}).
   */
  static FunnelSnapshot of(Funnel funnel, List<Stage> stages, Loaded loaded, LocalDate asOf) {
    List<CompetingFigures> competitions = new ArrayList<>();
    for (Stage s : stages) {
      List<Figure> competing = loaded.candidates().getOrDefault(s.id, List.of());
      Figure chosen = loaded.current().get(s.id);
      if (competing.size() > 1 && chosen != null) {
        competitions.add(competition(s, chosen, competing, loaded));
      }
    }
    Map<String, FigureSnapshot> laterUndated = new LinkedHashMap<>();
    for (Stage s : stages) {
      Figure later = loaded.laterUndated().get(s.id);
      if (later != null) {
        laterUndated.put(s.key, figure(later, List.of(), List.of()));
      }
    }
    return new FunnelSnapshot(
        funnel.id,
        funnel.title,
        funnel.unit,
        asOf,
        stages.stream().map(s -> stage(funnel, s, loaded.current().get(s.id), loaded)).toList(),
        new FunnelInfo(
            funnel.organisation, funnel.jurisdiction, funnel.programme, funnel.description),
        competitions,
        laterUndated);
  }

  private static CompetingFigures competition(
      Stage s, Figure chosen, List<Figure> competing, Loaded loaded) {
    FigureCompetition.Choice<Figure> choice = FigureCompetition.choose(competing, f -> f.rank);
    List<CompetingFigures.Claimant> claimants = new ArrayList<>();
    for (Figure f : competing) {
      List<String> speakers =
          f.statements.stream().map(st -> st.speaker).filter(Objects::nonNull).distinct().toList();
      claimants.add(
          new CompetingFigures.Claimant(figure(f, loaded), f.rank, f.rankReason, speakers));
    }
    return new CompetingFigures(s.key, chosen.id, choice.reason(), claimants);
  }

  private static StageSnapshot stage(Funnel funnel, Stage s, Figure f, Loaded loaded) {
    return new StageSnapshot(
        s.key,
        s.label,
        s.baseStage == null ? null : s.baseStage.key,
        s.definition,
        s.unit != null ? s.unit : funnel.unit,
        s.selection,
        s.estimates,
        f == null ? null : figure(f, loaded),
        f == null && loaded.onlyDeprecated().contains(s.id));
  }

  private static FigureSnapshot figure(Figure f, Loaded loaded) {
    return figure(
        f,
        loaded.parts().getOrDefault(f.id, List.of()),
        f.statements.stream()
            .map(st -> statement(st, source(loaded.sources().get(st.id))))
            .toList());
  }

  /** A figure's snapshot, with its breakdown parts in position order and its statements' own. */
  public static FigureSnapshot figure(
      Figure f, List<BreakdownPart> parts, List<StatementSnapshot> statements) {
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
            .toList(),
        f.note,
        statements,
        f.rank,
        f.rankReason);
  }

  /** A statement's snapshot, citing {@code source} (null when not loaded). */
  public static StatementSnapshot statement(Statement st, SourceSnapshot source) {
    return new StatementSnapshot(
        st.id, st.key, st.speaker, st.speakerRole, st.venue, st.madeOn, st.kind, st.quote, source);
  }

  /** A source's snapshot. */
  public static SourceSnapshot source(Source s) {
    return new SourceSnapshot(
        s.id, s.key, s.title, s.publisher, s.url, s.publishedOn, s.retrievedOn);
  }

  private static SourceSnapshot source(SourceRepository.Header h) {
    return h == null
        ? null
        : new SourceSnapshot(
            h.id(), h.key(), h.title(), h.publisher(), h.url(), h.publishedOn(), h.retrievedOn());
  }
}
