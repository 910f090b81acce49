package org.casefunnel.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casefunnel.analysis.FunnelSnapshot.FigureSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.StageSnapshot;

/**
 * A funnel's statistics as a function of its {@link FunnelSnapshot}: per stage, in the funnel's
 * order, the value and what follows from it, each concern computed by its own calculator. No
 * queries, no entities, no framework.
 */
public final class StatisticsCalculator {

  private StatisticsCalculator() {}

  public static List<StageStatisticsView> compute(FunnelSnapshot funnel) {
    Map<String, List<String>> notes = new LinkedHashMap<>();
    funnel.stages().forEach(s -> notes.put(s.key(), new ArrayList<>()));
    // extrapolations first: the projection check of any stage may need any of them
    Map<String, ExtrapolationCalculator.Result> extrapolations = new LinkedHashMap<>();
    for (StageSnapshot s : funnel.stages()) {
      if (s.figure() != null) {
        ExtrapolationCalculator.Result e =
            ExtrapolationCalculator.compute(funnel, s, notes.get(s.key()));
        if (e != null) {
          extrapolations.put(s.key(), e);
        }
      }
    }
    List<StageStatisticsView> out = new ArrayList<>();
    for (StageSnapshot s : funnel.stages()) {
      out.add(stage(funnel, s, extrapolations, notes.get(s.key())));
    }
    return out;
  }

  private static StageStatisticsView stage(
      FunnelSnapshot funnel,
      StageSnapshot s,
      Map<String, ExtrapolationCalculator.Result> extrapolations,
      List<String> notes) {
    FigureSnapshot f = s.figure();
    ConversionCalculator.Result conversion = ConversionCalculator.Result.NONE;
    DerivedView overall = null;
    ProjectionCheckView projection = null;
    BreakdownStatisticsView breakdown = null;
    List<String> mine = new ArrayList<>();
    if (f == null) {
      mine.add(Wording.noFigure(s, funnel.asOf()));
    } else {
      if (funnel.asOf() != null && f.asOf() == null) {
        mine.add(Wording.undatedInDatedView(funnel.asOf()));
      }
      FigureSnapshot later = funnel.laterUndated().get(s.key());
      if (later != null) {
        mine.add(Wording.laterUndatedIsCurrent(Readings.words(later), funnel.asOf()));
      }
      conversion = ConversionCalculator.compute(funnel, s, mine);
      mine.addAll(notes);
      overall = OverallCalculator.compute(funnel, s, mine);
      projection = ProjectionCalculator.compute(funnel, s, extrapolations, mine);
      breakdown = BreakdownCalculator.compute(f, mine);
    }
    ExtrapolationCalculator.Result e = extrapolations.get(s.key());
    return new StageStatisticsView(
        s.key(),
        s.label(),
        s.baseKey(),
        s.unit(),
        f == null ? null : f.period(),
        OverallCalculator.comparable(funnel, s),
        s.selection() == null ? null : s.selection().wire(),
        s.estimates(),
        f == null ? null : f.id(),
        f == null ? null : f.status(),
        f == null ? null : f.wording(),
        f == null ? null : f.asOf(),
        f == null ? null : Readings.value(f),
        conversion.conversion(),
        conversion.coverage(),
        e == null ? null : e.view(),
        overall,
        conversion.dropOff(),
        projection,
        breakdown,
        List.copyOf(mine));
  }
}
