package org.casefunnel.series;

import java.util.ArrayList;
import java.util.List;
import org.casefunnel.analysis.DerivedView;
import org.casefunnel.analysis.ExtrapolationView;
import org.casefunnel.analysis.StatisticsCsv;
import org.casefunnel.model.Figure;
import org.casefunnel.text.CsvTable;

/**
 * A series as CSV in long form (same dialect as the other CSV reads): one row per stage and date
 * ({@code row} = {@code point}), in the JSON's order, then one row per undated figure ({@code row}
 * = {@code undated}, no date). Numbers are as the JSON gives them, written as {@link
 * org.casefunnel.text.CsvNumbers} says.
 */
final class SeriesCsv {

  /** The columns, in order; never rename or reorder one (append new ones at the end). */
  static final List<String> COLUMNS =
      List.of(
          "row",
          "stage",
          "stageLabel",
          "date",
          "changed",
          "figureId",
          "figureAsOf",
          "count",
          "low",
          "high",
          "approximate",
          "status",
          "wording",
          "superseded",
          "supersededBy",
          "point",
          "conversion",
          "conversionLow",
          "conversionHigh",
          "conversionText",
          "coverage",
          "extrapolationLogicalLow",
          "extrapolationLogicalHigh",
          "extrapolation",
          "extrapolationLow",
          "extrapolationHigh",
          "extrapolationAssumption",
          "replacedFigureIds",
          "notes",
          "unit",
          "period",
          "pointIsMidpoint",
          "extrapolationMethod",
          "conversionPointIsMidpoint",
          "extrapolationPointIsMidpoint");

  /** Index of the notes column, which an undated row fills after its figure's columns. */
  private static final int NOTES = COLUMNS.indexOf("notes");

  private SeriesCsv() {}

  static String write(SeriesView series) {
    List<List<Object>> rows = new ArrayList<>();
    for (SeriesView.StageSeries s : series.stages()) {
      for (SeriesPoint p : s.points()) {
        List<Object> r = start("point", s, p.asOf(), p.changed(), p.figure());
        r.add(p.value() == null ? null : p.value().point());
        DerivedView c = p.conversion();
        r.add(c == null ? null : c.value());
        r.add(c == null ? null : c.low());
        r.add(c == null ? null : c.high());
        r.add(c == null ? null : c.text());
        r.add(p.coverage() == null ? null : p.coverage().value());
        ExtrapolationView x = p.extrapolation();
        DerivedView l = x == null ? null : x.logicalBounds();
        DerivedView e = x == null ? null : x.estimate();
        r.add(l == null ? null : l.low());
        r.add(l == null ? null : l.high());
        r.add(e == null ? null : e.value());
        r.add(e == null ? null : e.low());
        r.add(e == null ? null : e.high());
        r.add(x == null ? null : x.assumption());
        r.add(
            p.replaced().isEmpty()
                ? null
                : String.join(
                    " ", p.replaced().stream().map(f -> String.valueOf(f.id())).toList()));
        r.add(p.notes().isEmpty() ? null : String.join("\n", p.notes()));
        addUnit(r, p.unit(), p.period());
        // a range's midpoint in point must not pass for a reported number
        r.add(p.value() == null ? null : p.value().pointIsMidpoint());
        // an interval over an approximate population is no exact one
        r.add(e == null ? null : e.method());
        r.add(StatisticsCsv.midpoint(c));
        r.add(StatisticsCsv.midpoint(e));
        rows.add(r);
      }
    }
    for (SeriesView.StageSeries s : series.stages()) {
      for (SeriesFigure f : s.undated()) {
        List<Object> r = start("undated", s, null, null, f);
        while (r.size() < NOTES) {
          r.add(null);
        }
        r.add(SeriesWording.undatedFigure());
        addUnit(r, s.unit(), f.period());
        while (r.size() < COLUMNS.size()) {
          r.add(null);
        }
        rows.add(r);
      }
    }
    return CsvTable.write(COLUMNS, rows);
  }

  /**
   * What the row's figure counts, so a monthly count of offences does not read as a count of cases;
   * the row's own period, since a stage's figures may be counted over different periods.
   */
  private static void addUnit(List<Object> r, String unit, String period) {
    r.add(unit);
    r.add(period);
  }

  private static List<Object> start(
      String kind,
      SeriesView.StageSeries s,
      java.time.LocalDate date,
      Boolean changed,
      SeriesFigure f) {
    List<Object> r = new ArrayList<>();
    r.add(kind);
    r.add(s.key());
    r.add(s.label());
    r.add(date);
    r.add(changed);
    r.add(f == null ? null : f.id());
    r.add(f == null ? null : f.asOf());
    r.add(f == null ? null : f.count());
    r.add(f == null ? null : Figure.givenBound(f.count(), f.approximate(), f.lowerBound()));
    r.add(f == null ? null : Figure.givenBound(f.count(), f.approximate(), f.upperBound()));
    r.add(f == null ? null : f.approximate());
    r.add(f == null ? null : f.status().wire());
    r.add(f == null ? null : f.wording());
    r.add(f == null ? null : f.superseded());
    r.add(f == null ? null : f.supersededBy());
    return r;
  }
}
