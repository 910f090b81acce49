package org.casefunnel.series;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.SequencedSet;

/**
 * The periods a stage's series shows. A period belongs to each figure, so one stage can hold "2,000
 * a week" and later "8,000 a month": such points are not comparable, and no figure is rescaled to
 * another period (that would invent a figure), so the JSON, CSV and chart state each point's own.
 */
final class SeriesPeriods {

  private SeriesPeriods() {}

  /**
   * The periods of the stage's points, that is of their figures in effect, in order of first
   * appearance; null stands for a figure with no period (a stock). A competing or replaced figure
   * of another period is no point's value, so it makes no points incomparable.
   */
  static List<String> of(SeriesView.StageSeries s) {
    SequencedSet<String> out = new LinkedHashSet<>();
    for (SeriesPoint p : s.points()) {
      if (p.figure() != null) {
        out.add(p.figure().period());
      }
    }
    return new ArrayList<>(out);
  }

  /** True when the stage's points show figures of more than one period (the series note). */
  static boolean differ(SeriesView.StageSeries s) {
    return of(s).size() > 1;
  }

  /**
   * True when a figure shown for the stage, replaced and undated ones included, is a rate: then
   * every value drawn or listed says its period ("300 per month"), so a rate is never read as a
   * count, nor a competing "2,000 per month" beside the point's "500 per week" as of its period.
   */
  static boolean labelled(SeriesView.StageSeries s) {
    return shown(s).stream().anyMatch(Objects::nonNull);
  }

  /**
   * The one period of every figure shown for the stage, or null (stocks, or periods that differ).
   */
  static String common(SeriesView.StageSeries s) {
    SequencedSet<String> shown = shown(s);
    return shown.size() == 1 ? shown.getFirst() : null;
  }

  private static SequencedSet<String> shown(SeriesView.StageSeries s) {
    SequencedSet<String> shown = new LinkedHashSet<>(of(s));
    s.points().forEach(p -> p.replaced().forEach(r -> shown.add(r.period())));
    s.undated().forEach(u -> shown.add(u.period()));
    return shown;
  }

  /** True when a line may join the two figures: both counted over the same period. */
  static boolean joinable(SeriesFigure a, SeriesFigure b) {
    return Objects.equals(a.period(), b.period());
  }
}
