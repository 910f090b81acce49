package org.casefunnel.analysis;

import java.util.ArrayList;
import java.util.List;
import org.casefunnel.text.CsvTable;

/**
 * A funnel's statistics as CSV (same dialect as {@link FiguresCsv}): one row per stage with its
 * value, conversion and extrapolation exactly as the statistics service computed them. Numbers are
 * written as {@link org.casefunnel.text.CsvNumbers} says.
 */
public final class StatisticsCsv {

  /** The columns, in order; never rename or reorder one (append new ones at the end). */
  public static final List<String> COLUMNS =
      List.of(
          "stage",
          "stageLabel",
          "baseStage",
          "comparable",
          "figureId",
          "low",
          "high",
          "point",
          "status",
          "asOf",
          "wording",
          "conversion",
          "conversionLow",
          "conversionHigh",
          "conversionMethod",
          "conversionText",
          "extrapolation",
          "extrapolationLow",
          "extrapolationHigh",
          "extrapolationAssumption",
          "notes",
          "warnings",
          "extrapolationLogicalLow",
          "extrapolationLogicalHigh",
          "extrapolationMethod",
          "extrapolationText",
          "coverage",
          "coverageText",
          "overallConversion",
          "overallConversionLow",
          "overallConversionHigh",
          "overallConversionText",
          "dropOffLow",
          "dropOffHigh",
          "pointIsMidpoint",
          "approximate",
          "unit",
          "period",
          "projectionExtrapolatedStage",
          "projectionComparedWith",
          "projectionRelation",
          "projectionRelationToLogicalBounds",
          "projectionShare",
          "projectionShareLow",
          "projectionShareHigh",
          "projectionShareText",
          "projectionText",
          "coverageLow",
          "coverageHigh",
          "conversionPointIsMidpoint",
          "extrapolationPointIsMidpoint",
          "overallConversionPointIsMidpoint",
          "projectionSharePointIsMidpoint",
          "projectionComparedLow",
          "projectionComparedHigh");

  private StatisticsCsv() {}

  public static String write(FunnelStatisticsView stats) {
    List<List<Object>> rows = new ArrayList<>();
    for (StageStatisticsView s : stats.stages()) {
      List<Object> r = new ArrayList<>();
      r.add(s.key());
      r.add(s.label());
      r.add(s.baseStage());
      r.add(s.comparable());
      r.add(s.figureId());
      r.add(s.value() == null ? null : s.value().low());
      r.add(s.value() == null ? null : s.value().high());
      r.add(s.value() == null ? null : s.value().point());
      r.add(s.status() == null ? null : s.status().wire());
      r.add(s.asOf());
      r.add(s.wording());
      DerivedView c = s.conversion();
      r.add(c == null ? null : c.value());
      r.add(c == null ? null : c.low());
      r.add(c == null ? null : c.high());
      r.add(c == null ? null : c.method());
      r.add(c == null ? null : c.text());
      DerivedView x = s.extrapolation() == null ? null : s.extrapolation().estimate();
      r.add(x == null ? null : x.value());
      r.add(x == null ? null : x.low());
      r.add(x == null ? null : x.high());
      r.add(s.extrapolation() == null ? null : s.extrapolation().assumption());
      r.add(s.notes() == null ? null : String.join("\n", s.notes()));
      // a spreadsheet user sees the consistency warnings beside the numbers they qualify
      // warnings about the whole funnel (no stage) stand on every row
      List<String> warnings =
          stats.warnings().stream()
              .filter(w -> w.stage() == null || s.key().equals(w.stage()))
              .map(w -> w.code() + ": " + w.message())
              .toList();
      r.add(warnings.isEmpty() ? null : String.join("\n", warnings));
      DerivedView l = s.extrapolation() == null ? null : s.extrapolation().logicalBounds();
      r.add(l == null ? null : l.low());
      r.add(l == null ? null : l.high());
      // appended, so existing columns keep their places: tells a census from a sample
      r.add(x == null ? null : x.method());
      // the rest of what the JSON says of a stage, so the CSV carries the same numbers and words
      r.add(s.extrapolation() == null ? null : s.extrapolation().statement());
      DerivedView cov = s.coverage();
      r.add(cov == null ? null : cov.value());
      r.add(cov == null ? null : cov.text());
      DerivedView o = s.overallConversion();
      r.add(o == null ? null : o.value());
      r.add(o == null ? null : o.low());
      r.add(o == null ? null : o.high());
      r.add(o == null ? null : o.text());
      DerivedView d = s.dropOff();
      r.add(d == null ? null : d.low());
      r.add(d == null ? null : d.high());
      // a range's midpoint in point must not pass for a reported number
      ValueView v = s.value();
      r.add(v == null ? null : v.pointIsMidpoint());
      r.add(v == null ? null : v.approximate());
      // "around 2,000 sexual offences every month" is no count of cases
      r.add(s.unit());
      r.add(s.period());
      addProjectionCheck(r, s.projectionCheck());
      // a review that may cover all of an approximate base has bounds and no value
      r.add(cov == null ? null : cov.low());
      r.add(cov == null ? null : cov.high());
      // a value at a range's midpoint is no figure a source gave (DerivedNumber.pointIsMidpoint)
      r.add(midpoint(s.conversion()));
      r.add(midpoint(x));
      r.add(midpoint(o));
      r.add(
          midpoint(
              s.projectionCheck() == null ? null : s.projectionCheck().shareOfExtrapolation()));
      // the range the projection is compared with, so its relation can be recomputed
      r.add(s.projectionCheck() == null ? null : s.projectionCheck().comparedLow());
      r.add(s.projectionCheck() == null ? null : s.projectionCheck().comparedHigh());
      rows.add(r);
    }
    return CsvTable.write(COLUMNS, rows);
  }

  /** Whether the derived value rests on a range's midpoint; empty where there is no value. */
  public static Boolean midpoint(DerivedView d) {
    return d == null || d.value() == null ? null : d.pointIsMidpoint();
  }

  private static void addProjectionCheck(List<Object> r, ProjectionCheckView p) {
    DerivedView share = p == null ? null : p.shareOfExtrapolation();
    r.add(p == null ? null : p.extrapolatedStage());
    r.add(p == null ? null : p.comparedWith());
    r.add(p == null ? null : p.relation());
    r.add(p == null ? null : p.relationToLogicalBounds());
    r.add(share == null ? null : share.value());
    r.add(share == null ? null : share.low());
    r.add(share == null ? null : share.high());
    r.add(share == null ? null : share.text());
    r.add(p == null ? null : p.message());
  }
}
