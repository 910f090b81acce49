package org.casefunnel.series;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import org.casefunnel.analysis.DerivedView;
import org.casefunnel.analysis.ExtrapolationView;
import org.casefunnel.text.Svg;
import org.casefunnel.text.SvgText;

/**
 * One stage's chart in the series SVG: axes, then the bands (logical bounds, exact interval, a
 * range as given), then the step line and the markers, so the line is never hidden by a band. A
 * point holds until the next date; the last one to the right edge (it still holds). The line
 * breaks, with a marked gap, between figures of different periods.
 */
final class SeriesPlot {

  /** Space left before a figure of another period, so the two steps never read as one line. */
  private static final double BREAK_GAP = 6;

  private SeriesPlot() {}

  static void draw(
      Svg s,
      SeriesView.StageSeries st,
      List<LocalDate> dates,
      int top,
      int left,
      int right,
      int height,
      NumberFormat n) {
    double max = 0;
    for (SeriesPoint p : st.points()) {
      if (drawn(p) != null) {
        max = Math.max(max, p.figure().upperBound());
      }
      for (SeriesFigure r : p.replaced()) {
        max = Math.max(max, r.upperBound());
      }
      ExtrapolationView x = p.extrapolation();
      if (x != null) {
        max = Math.max(max, high(x.logicalBounds()));
        max = Math.max(max, high(x.drawnInterval()));
      }
    }
    double top0 = max <= 0 ? 1 : max;
    int bottom = top + height;
    Scale y = v -> bottom - v / top0 * height;
    if (dates.isEmpty() || st.points().stream().allMatch(p -> drawn(p) == null)) {
      // nothing dated to draw: no scale to invent, the words below say why
      s.line("axis", left, bottom, right, bottom, 1, null);
      s.text(left + 8, top + height / 2.0, 12, "normal", "#718096", SeriesWording.noFigure());
      return;
    }

    // axes: zero and the top of the scale, labelled
    s.line("axis", left, bottom, right, bottom, 1, null);
    s.line("axis", left, top, left, bottom, 1, null);
    s.line("grid", left, top, right, top, 0.5, "2 4");
    s.text(
        left - 6 - 7 * n.format(Math.round(top0)).length(),
        top + 4,
        10,
        "normal",
        "#4a5568",
        n.format(Math.round(top0)));
    s.text(left - 14, bottom + 4, 10, "normal", "#4a5568", "0");

    double[] xs = xs(dates, left, right);
    List<SeriesPoint> pts = st.points();
    // where the stage's periods differ, every value says its own
    boolean periods = SeriesPeriods.labelled(st);
    double lastLabel = -1000;
    for (int i = 0; i < pts.size(); i++) {
      if (xs[i] - lastLabel >= 74) {
        s.line("tick", xs[i], bottom, xs[i], bottom + 4, 1, null);
        s.text(xs[i] - 30, bottom + 16, 10, "normal", "#4a5568", pts.get(i).asOf().toString());
        lastLabel = xs[i];
      }
    }
    // bands first, widest first
    for (int i = 0; i < pts.size(); i++) {
      double x1 = xs[i];
      double x2 = i + 1 < pts.size() ? xs[i + 1] : right;
      ExtrapolationView x = pts.get(i).extrapolation();
      if (x != null && x.logicalBounds() != null && x.logicalBounds().low() != null) {
        band(s, "logical", x1, x2, y, x.logicalBounds(), "#edf2f7", "#4a5568", "1 3");
      }
      if (x != null && x.drawnInterval() != null && x.drawnInterval().low() != null) {
        band(s, "interval", x1, x2, y, x.drawnInterval(), "url(#interval)", "#c05621", "6 3");
      }
      SeriesFigure f = drawn(pts.get(i));
      if (f != null && f.spansRange()) {
        double yl = y.at(f.lowerBound());
        double yh = y.at(f.upperBound());
        s.rect("range", x1, yh, x2 - x1, yl - yh, "url(#range)", "#2c5282", null);
      }
    }
    // the step line: across each interval at the low end, then up or down to the next value; a
    // figure of another period is not comparable, so the line breaks there (never rescaled)
    for (int i = 0; i < pts.size(); i++) {
      SeriesFigure f = drawn(pts.get(i));
      if (f == null) {
        continue;
      }
      double x1 = xs[i];
      double x2 = i + 1 < pts.size() ? xs[i + 1] : right;
      double v = y.at(f.lowerBound());
      String dash = f.approximate() && !f.spansRange() ? "6 3" : null;
      SeriesFigure next = i + 1 < pts.size() ? drawn(pts.get(i + 1)) : null;
      boolean breaks = next != null && !SeriesPeriods.joinable(f, next);
      s.line("step", x1, v, breaks ? x2 - BREAK_GAP : x2, v, 2.5, dash);
      if (breaks) {
        s.line("period-break", x2, top, x2, bottom, 1, "1 3");
        s.text(x2 + 4, bottom - 4, 10, "normal", "#4a5568", SeriesWording.newPeriod(next.period()));
      } else if (next != null) {
        s.line("step", x2, v, x2, y.at(next.lowerBound()), 2.5, dash);
      }
    }
    for (int i = 0; i < pts.size(); i++) {
      SeriesPoint p = pts.get(i);
      for (SeriesFigure r : p.replaced()) {
        double ry = y.at(r.lowerBound());
        s.circle("superseded", xs[i], ry, false);
        label(
            s,
            xs[i],
            ry + 12,
            10,
            "normal",
            "#4a5568",
            SeriesChart.value(r, n, periods) + " " + SeriesWording.notInEffect(r));
      }
      if (p.changed()) {
        double py = y.at(p.figure().lowerBound());
        s.circle("point", xs[i], py, true);
        label(s, xs[i], py - 6, 11, "bold", "#1a202c", SeriesChart.value(p.figure(), n, periods));
      }
    }
  }

  /**
   * A label beside its mark at {@code x}: to the right, or to the left where it would run past the
   * image's right edge ("about 2,000 per month" at the last date).
   */
  private static void label(
      Svg s, double x, double y, int size, String weight, String fill, String text) {
    double width = SvgText.width(text, size);
    if (x + 7 + width > SeriesChart.WIDTH - 4) {
      s.textEndingAt(x - 7, y, size, weight, fill, text);
    } else {
      s.text(x + 7, y, size, weight, fill, text);
    }
  }

  private static void band(
      Svg s,
      String cls,
      double x1,
      double x2,
      Scale y,
      DerivedView d,
      String fill,
      String stroke,
      String dash) {
    double yl = y.at(d.low());
    double yh = y.at(d.high());
    s.rect(cls, x1, yh, x2 - x1, yl - yh, fill, stroke, dash);
  }

  /** x of each date, by elapsed days; room is left at the right for the last value to hold. */
  private static double[] xs(List<LocalDate> dates, int left, int right) {
    double[] xs = new double[dates.size()];
    long span = SeriesChart.days(dates.get(0), dates.get(dates.size() - 1));
    double width = right - left - 120;
    for (int i = 0; i < xs.length; i++) {
      xs[i] =
          span == 0
              ? left + 24
              : left + 24 + width * SeriesChart.days(dates.get(0), dates.get(i)) / span;
    }
    return xs;
  }

  /**
   * The point's figure when it has a date. An undated figure can stand in a dated view (no dated
   * one precedes it), but a line through time would place it in time, so it is only written out.
   */
  private static SeriesFigure drawn(SeriesPoint p) {
    return p.figure() == null || p.figure().asOf() == null ? null : p.figure();
  }

  private static double high(DerivedView d) {
    return d == null || d.high() == null ? 0 : d.high();
  }

  private interface Scale {
    double at(double value);
  }
}
