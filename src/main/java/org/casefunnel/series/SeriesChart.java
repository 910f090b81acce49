package org.casefunnel.series;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.casefunnel.analysis.DerivedView;
import org.casefunnel.analysis.ExtrapolationView;
import org.casefunnel.analysis.Numbers;
import org.casefunnel.analysis.WarningView;
import org.casefunnel.text.Bidi;
import org.casefunnel.text.Svg;
import org.casefunnel.text.SvgText;

/**
 * Draws a {@link SeriesView} as a self-contained SVG, one chart per stage, each on its own scale,
 * time along x: the figure in effect as a step line (dashed when approximate) with a hatched band
 * for a range, the extrapolation as a dotted band (logical bounds) and a dashed, dotted band (the
 * 95% interval, exact for an exact population), filled circles where a new figure is dated, hollow
 * ones for superseded values. Every mark differs in shape or pattern, not only colour, and the
 * numbers stand in words below each chart, the warnings of the series' dates under the last. No
 * scripts, fonts or external references, so a plain {@code <img>} embeds it.
 */
final class SeriesChart {

  static final String MEDIA_TYPE = "image/svg+xml";
  static final int WIDTH = 760;
  private static final int LEFT = 16;

  /** The width text may take: the image less a margin each side. */
  private static final int TEXT_ROOM = WIDTH - 2 * LEFT;

  private static final int PLOT_LEFT = 96;
  private static final int PLOT_RIGHT = 736;
  private static final int PLOT_HEIGHT = 120;
  private static final int LINE = 15;
  private static final int HEADING_LINE = 16;
  private static final int LEGEND_ROWS = SeriesWording.legend().size();

  private SeriesChart() {}

  static String render(SeriesView m) {
    NumberFormat n = NumberFormat.getIntegerInstance(Locale.UK);
    Map<String, String> labels = new HashMap<>();
    m.stages().forEach(s -> labels.put(s.key(), Bidi.balanced(s.label())));
    List<LocalDate> dates = m.dates().stream().map(SeriesView.SeriesDate::asOf).toList();

    // the words under each chart first, and the wrapped title and headings: they fix the height
    List<String> title = SvgText.wrap(Bidi.balanced(m.title()), TEXT_ROOM, 16);
    int shift = Math.max(title.size() - 1, 0) * 20;
    List<List<String>> words = new ArrayList<>();
    List<List<String>> headings = new ArrayList<>();
    int height = 120 + LEGEND_ROWS * 16 + shift;
    for (SeriesView.StageSeries s : m.stages()) {
      List<String> lines = lines(s, labels, n);
      words.add(lines);
      List<String> heading =
          SvgText.wrap(
              labels.get(s.key())
                  + " ("
                  + Numbers.counting(s.unit(), SeriesPeriods.common(s))
                  + ")",
              TEXT_ROOM,
              13);
      headings.add(heading);
      height +=
          40 + PLOT_HEIGHT + 24 + lines.size() * LINE + 16 + (heading.size() - 1) * HEADING_LINE;
    }
    for (String note : m.notes()) {
      height += SvgText.wrap(note, TEXT_ROOM, 11).size() * LINE;
    }
    List<String> warnings = warnings(m, labels);
    List<String> warned = new ArrayList<>();
    warnings.forEach(w -> warned.addAll(SvgText.wrap(w, TEXT_ROOM, 11)));
    if (!warned.isEmpty()) {
      height += 8 + (warned.size() + 1) * LINE;
    }

    Svg s = new Svg();
    s.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .raw("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
        .raw(" aria-labelledby=\"series-title series-desc\" width=\"" + WIDTH + "\" height=\"")
        .raw(height + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\"")
        .raw(" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\">\n")
        .raw(
            "<title id=\"series-title\">"
                + SvgText.escape(SeriesWording.chartTitle(Bidi.balanced(m.title()))))
        .raw("</title>\n<desc id=\"series-desc\">")
        // the words are the labels' wrapped lines: one space between them, as one text
        .raw(
            SvgText.escape(
                String.join(
                        " ",
                        Stream.concat(words.stream().flatMap(List::stream), warnings.stream())
                            .toList())
                    .replaceAll("\\s+", " ")
                    .strip()))
        .raw("</desc>\n")
        .raw(PATTERNS)
        .raw("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    for (int l = 0; l < title.size(); l++) {
      s.text(LEFT, 24 + l * 20, 16, "bold", "#1a202c", title.get(l));
    }
    s.text(
        LEFT,
        44 + shift,
        12,
        "normal",
        "#4a5568",
        dates.size()
            + (dates.size() == 1 ? " date" : " dates")
            + " on which a figure changes"
            + (dates.isEmpty() ? "" : ", " + dates.get(0) + " to " + dates.get(dates.size() - 1))
            + " · each chart on its own scale");
    legend(s, 62 + shift);
    int y = 62 + shift + LEGEND_ROWS * 16 + 12;
    for (int i = 0; i < m.stages().size(); i++) {
      SeriesView.StageSeries st = m.stages().get(i);
      s.raw("<g class=\"series-chart\" data-stage=\"" + SvgText.escape(st.key()) + "\">\n");
      List<String> heading = headings.get(i);
      for (int l = 0; l < heading.size(); l++) {
        s.text(LEFT, y + 14 + l * HEADING_LINE, 13, "bold", "#1a202c", heading.get(l));
      }
      y += (heading.size() - 1) * HEADING_LINE;
      SeriesPlot.draw(s, st, dates, y + 28, PLOT_LEFT, PLOT_RIGHT, PLOT_HEIGHT, n);
      int line = y + 28 + PLOT_HEIGHT + 24;
      for (String w : words.get(i)) {
        line += LINE;
        s.text(LEFT, line, 11, "normal", "#2d3748", w);
      }
      s.raw("</g>\n");
      y = line + 16 + 12;
    }
    for (String note : m.notes()) {
      for (String w : SvgText.wrap(note, TEXT_ROOM, 11)) {
        s.text(LEFT, y, 11, "normal", "#4a5568", w);
        y += LINE;
      }
    }
    if (!warned.isEmpty()) {
      // what /statistics?asOf= warned on the series' dates goes with the picture, as on the funnel
      // chart: an embedded chart never shows figures that do not fit as if they did
      y += 8;
      s.text(LEFT, y, 11, "bold", "#9b2c2c", "Warnings:");
      for (String w : warned) {
        y += LINE;
        s.text(LEFT, y, 11, "normal", "#9b2c2c", w);
      }
    }
    return s.raw("</svg>\n").toString();
  }

  /** Each distinct warning of the series' dates once, with the dates it holds on, in date order. */
  private static List<String> warnings(SeriesView m, Map<String, String> labels) {
    Map<List<String>, List<LocalDate>> on = new LinkedHashMap<>();
    for (SeriesView.SeriesDate d : m.dates()) {
      for (WarningView w : d.warnings()) {
        String label = w.stage() == null ? null : labels.get(w.stage());
        on.computeIfAbsent(Arrays.asList(label, Bidi.balanced(w.message())), k -> new ArrayList<>())
            .add(d.asOf());
      }
    }
    List<String> out = new ArrayList<>();
    on.forEach((w, dates) -> out.add(SeriesWording.warningLine(w.get(0), w.get(1), dates)));
    return out;
  }

  private static void legend(Svg s, int y) {
    List<String> legend = SeriesWording.legend();
    for (int i = 0; i < legend.size(); i++) {
      // one column: the entries are too long to stand side by side
      double x = LEFT;
      double ly = y + i * 16;
      switch (i) {
        case 0 -> s.line("legend", x, ly - 4, x + 24, ly - 4, 2.5, null);
        case 1 -> s.rect("legend", x, ly - 10, 24, 10, "url(#range)", "#2c5282", null);
        case 2 -> s.line("legend", x, ly - 4, x + 24, ly - 4, 2.5, "6 3");
        case 3 -> s.rect("legend", x, ly - 10, 24, 10, "#edf2f7", "#4a5568", "1 3");
        case 4 -> s.rect("legend", x, ly - 10, 24, 10, "url(#interval)", "#c05621", "6 3");
        case 5 -> s.circle("legend", x + 12, ly - 4, true);
        default -> s.circle("legend", x + 12, ly - 4, false);
      }
      s.text(x + 32, ly, 11, "normal", "#2d3748", legend.get(i));
    }
  }

  /** The stage's points and undated figures in words, the same numbers as the marks. */
  private static List<String> lines(
      SeriesView.StageSeries st, Map<String, String> labels, NumberFormat n) {
    List<String> out = new ArrayList<>();
    boolean periods = SeriesPeriods.labelled(st);
    for (SeriesPoint p : st.points()) {
      StringBuilder b = new StringBuilder(p.asOf().toString()).append(": ");
      if (p.figure() == null) {
        b.append(SeriesWording.noFigure());
      } else {
        b.append(value(p.figure(), n, periods)).append(" (").append(p.figure().status().wire());
        if (p.figure().asOf() == null) {
          b.append(", ").append(SeriesWording.undatedInView());
        } else if (!p.changed()) {
          b.append(", dated ").append(p.figure().asOf());
        }
        b.append(')');
      }
      DerivedView c = p.conversion();
      if (c != null && c.text() != null && st.baseStage() != null) {
        b.append(" · of ")
            .append(labels.getOrDefault(st.baseStage(), st.baseStage()))
            .append(": ")
            .append(c.text());
      }
      for (SeriesFigure r : p.replaced()) {
        b.append(" · ")
            .append(SeriesWording.notInEffect(r))
            .append(": ")
            .append(value(r, n, periods));
      }
      ExtrapolationView x = p.extrapolation();
      if (x != null && x.statement() != null) {
        b.append(" · ").append(x.statement());
      }
      out.addAll(SvgText.wrap(b.toString(), TEXT_ROOM, 11));
    }
    for (SeriesFigure u : st.undated()) {
      out.addAll(
          SvgText.wrap(
              SeriesWording.undatedLine(value(u, n, periods), Bidi.balanced(u.wording())),
              TEXT_ROOM,
              11));
    }
    return out;
  }

  static String value(SeriesFigure f, NumberFormat n) {
    String v =
        f.spansRange()
            ? n.format(f.lowerBound()) + "\u2013" + n.format(f.upperBound())
            : n.format(f.lowerBound());
    return (f.approximate() ? "about " : "") + v;
  }

  /** The value, with its period when the stage's periods differ ("about 2,000 per week"). */
  static String value(SeriesFigure f, NumberFormat n, boolean withPeriod) {
    return value(f, n) + (withPeriod ? " " + SeriesWording.per(f.period()) : "");
  }

  /** Days from the first date, for the x scale. */
  static long days(LocalDate first, LocalDate d) {
    return ChronoUnit.DAYS.between(first, d);
  }

  private static final String PATTERNS =
      "<defs><pattern id=\"range\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
          + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#c3dafe\"/>"
          + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#2c5282\" stroke-width=\"2\"/>"
          + "</pattern><pattern id=\"interval\" width=\"6\" height=\"6\""
          + " patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"#feebc8\"/>"
          + "<circle cx=\"3\" cy=\"3\" r=\"1.2\" fill=\"#c05621\"/></pattern></defs>\n";
}
