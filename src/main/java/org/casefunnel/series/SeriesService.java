package org.casefunnel.series;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.casefunnel.analysis.FunnelStatisticsView;
import org.casefunnel.analysis.StageNotes;
import org.casefunnel.analysis.StageStatisticsView;
import org.casefunnel.analysis.StatisticsService;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureRank;
import org.casefunnel.model.FigureRepository;

/**
 * A funnel over time. The statistics at each date are {@link StatisticsService#funnel} with that
 * date as asOf, the very answer of {@code /statistics?asOf=}; nothing is recomputed here, so the
 * series can never disagree with a dated view. Which figure is in effect on a date is the one those
 * statistics used; the figures themselves are read once, to mark superseded and undated ones.
 */
@ApplicationScoped
public class SeriesService {

  private final StatisticsService statistics;
  private final FigureRepository figures;

  public SeriesService(StatisticsService statistics, FigureRepository figures) {
    this.statistics = statistics;
    this.figures = figures;
  }

  @Transactional
  public SeriesView series(String funnelId, LocalDate from, LocalDate to) {
    // the current statistics give the stages (and a 404 for an unknown funnel)
    FunnelStatisticsView now = statistics.funnel(funnelId, null);
    List<Figure> all = figures.listByFunnel(funnelId);
    Map<Long, Long> successor = new HashMap<>();
    for (Figure f : all) {
      if (f.supersedes != null) {
        successor.put(f.supersedes.id, f.id);
      }
    }
    Map<Long, SeriesFigure> byId = new HashMap<>();
    all.forEach(f -> byId.put(f.id, SeriesFigure.of(f, successor.get(f.id))));

    TreeSet<LocalDate> dates = new TreeSet<>();
    for (Figure f : all) {
      if (f.asOf != null && inRange(f.asOf, from, to)) {
        dates.add(f.asOf);
      }
    }
    Map<LocalDate, FunnelStatisticsView> at = new LinkedHashMap<>();
    dates.forEach(d -> at.put(d, statistics.funnel(funnelId, d)));

    List<SeriesView.StageSeries> stages = new ArrayList<>();
    int undated = 0;
    for (StageStatisticsView s : now.stages()) {
      List<Figure> mine = all.stream().filter(f -> f.stage.key.equals(s.key())).toList();
      List<SeriesPoint> points = new ArrayList<>();
      at.forEach((d, stats) -> points.add(point(d, s.unit(), stageOf(stats, s.key()), mine, byId)));
      List<SeriesFigure> apart =
          mine.stream().filter(f -> f.asOf == null).map(f -> byId.get(f.id)).toList();
      undated += apart.size();
      stages.add(
          new SeriesView.StageSeries(
              s.key(),
              s.label(),
              s.baseStage(),
              s.unit(),
              s.period(),
              s.comparable(),
              points,
              apart));
    }

    List<SeriesView.SeriesDate> dated = new ArrayList<>();
    at.forEach(
        (d, stats) -> {
          List<String> changed = new ArrayList<>();
          for (SeriesView.StageSeries s : stages) {
            s.points().stream()
                .filter(p -> p.asOf().equals(d) && p.changed())
                .findFirst()
                .ifPresent(p -> changed.add(s.key()));
          }
          dated.add(new SeriesView.SeriesDate(d, changed, stats.warnings()));
        });

    List<String> notes = SeriesWording.notes(dates.size(), undated, from, to);
    for (SeriesView.StageSeries s : stages) {
      if (SeriesPeriods.differ(s)) {
        notes.add(SeriesWording.periodsDiffer(s.key(), SeriesPeriods.of(s)));
      }
    }
    return new SeriesView(
        now.funnelId(),
        now.title(),
        now.unit(),
        from,
        to,
        now.confidenceLevel(),
        dated,
        stages,
        notes);
  }

  /**
   * The stage at a date. The figure in effect is the one the statistics used; it moves on this date
   * exactly when it is dated this date (a dated view only gains the figures dated on it).
   */
  private static SeriesPoint point(
      LocalDate d,
      String unit,
      StageStatisticsView st,
      List<Figure> mine,
      Map<Long, SeriesFigure> byId) {
    SeriesFigure figure = st == null || st.figureId() == null ? null : byId.get(st.figureId());
    List<SeriesFigure> replaced =
        mine.stream()
            .filter(f -> d.equals(f.asOf) && (figure == null || f.id != figure.id()))
            .map(f -> byId.get(f.id))
            .map(f -> f.notInEffect(whyNotInEffect(f, d, byId)))
            .toList();
    if (st == null) {
      return new SeriesPoint(
          d, false, unit, null, null, null, null, null, null, replaced, List.of());
    }
    // the point's own unit and period: a stage's figures may be counted over different periods
    return new SeriesPoint(
        d,
        figure != null && d.equals(figure.asOf()),
        st.unit(),
        st.period(),
        figure,
        st.value(),
        st.conversion(),
        st.coverage(),
        st.extrapolation(),
        replaced,
        // only what explains the members a point carries (not the overall conversion, say)
        StageNotes.onAPoint(st.notes()));
  }

  /**
   * Judged at the point's date, not now: a figure replaced later by one dated after this date was
   * not superseded here, it competed with the figure in effect.
   */
  private static SeriesFigure.NotInEffect whyNotInEffect(
      SeriesFigure f, LocalDate d, Map<Long, SeriesFigure> byId) {
    if (f.rank() == FigureRank.DEPRECATED) {
      return SeriesFigure.NotInEffect.DEPRECATED;
    }
    SeriesFigure successor = f.supersededBy() == null ? null : byId.get(f.supersededBy());
    boolean replacedByThen =
        successor != null && (successor.asOf() == null || !successor.asOf().isAfter(d));
    return replacedByThen
        ? SeriesFigure.NotInEffect.SUPERSEDED
        : SeriesFigure.NotInEffect.COMPETING;
  }

  private static StageStatisticsView stageOf(FunnelStatisticsView stats, String key) {
    return stats.stages().stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
  }

  private static boolean inRange(LocalDate d, LocalDate from, LocalDate to) {
    return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
  }
}
