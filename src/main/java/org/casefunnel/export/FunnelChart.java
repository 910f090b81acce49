package org.casefunnel.export;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casefunnel.text.Plurals;
import org.casefunnel.text.Svg;
import org.casefunnel.text.SvgText;

/**
 * Draws a {@link ChartModel} as a self-contained SVG: no scripts, fonts or external references, so
 * a plain {@code <img>} can embed it anywhere. One bar per stage in order, width proportional to
 * the value on one scale; a range is a solid bar to its low end and a lighter band to its high end.
 * A stage found in a partial review also shows what it implies for the whole population: a thin
 * grey line across the logical bounds (what the counts prove) and an orange whisker over the exact
 * 95% interval (valid only if the review was random), with the statement in words below, so a later
 * projection inside those bounds no longer looks like a funnel widening again. The statistics'
 * warnings are listed below the bars. The {@code <title>} and {@code <desc>} say the same in words
 * for screen readers.
 */
public final class FunnelChart {

  public static final String MEDIA_TYPE = "image/svg+xml";

  static final int WIDTH = 760;
  static final int LEFT = 16;
  static final int BAR_AREA = 460;
  static final int ROW = 70;
  static final int TOP = 56;

  /** The width text may take: the image less a margin each side. */
  static final int TEXT_ROOM = WIDTH - 2 * LEFT;

  static final int LABEL_LINE = 16;

  private FunnelChart() {}

  public static String render(ChartModel m) {
    NumberFormat n = NumberFormat.getIntegerInstance(Locale.UK);
    double max = 0;
    for (ChartModel.Bar b : m.bars()) {
      if (b.hasFigure()) {
        max = Math.max(max, b.high());
      }
      if (b.hasExtrapolation()) {
        max = Math.max(max, b.logicalHigh());
      }
    }
    double scale = max <= 0 ? 0 : BAR_AREA / max;
    List<String> foot = new ArrayList<>();
    for (String o : m.omitted()) {
      foot.addAll(SvgText.wrap(o, TEXT_ROOM, 11));
    }
    int footLines = foot.isEmpty() ? 0 : foot.size() + 1;
    List<String> warned = new ArrayList<>();
    for (String w : m.warnings()) {
      warned.addAll(SvgText.wrap("⚠ " + w, TEXT_ROOM, 11));
    }
    int warnLines = warned.isEmpty() ? 0 : warned.size() + 1 + (foot.isEmpty() ? 0 : 1);
    List<List<String>> statements = new ArrayList<>();
    List<List<String>> labels = new ArrayList<>();
    List<List<String>> conversions = new ArrayList<>();
    int extraLines = 0;
    int extraLabelLines = 0;
    for (ChartModel.Bar b : m.bars()) {
      // a long label wraps, and its bar moves down by what it takes
      List<String> label = new ArrayList<>(SvgText.wrap(b.label(), TEXT_ROOM, 13));
      if (b.hasFigure() && !valueFitsRight(b, n, scale)) {
        label.add(valueLabel(b, n)); // on a line of its own above the bar, not over it
      }
      labels.add(label);
      extraLabelLines += Math.max(label.size() - 1, 0);
      List<String> lines =
          b.extrapolation() == null ? List.of() : SvgText.wrap(b.extrapolation(), TEXT_ROOM, 11);
      statements.add(lines);
      extraLines += lines.size();
      List<String> conversion =
          b.conversion() == null ? List.of() : SvgText.wrap(b.conversion(), TEXT_ROOM, 12);
      conversions.add(conversion);
      extraLines += Math.max(conversion.size() - 1, 0);
    }
    // a long title or the legend wraps, and the bars move down by what it takes
    List<String> titleLines = SvgText.wrap(m.title(), TEXT_ROOM, 16);
    List<String> legendLines =
        SvgText.wrap(
            (m.asOf() == null ? "Current figures" : "Figures as of " + m.asOf())
                + " · bars to scale · hatched: range · grey line: logically possible in the whole"
                + " · orange whisker: 95% interval (exact where the population is counted exactly),"
                + " valid only if the review was random"
                + " (none is drawn where it was not)",
            TEXT_ROOM,
            12);
    int top = TOP + Math.max(titleLines.size() - 1, 0) * 20 + (legendLines.size() - 1) * 15;
    int height =
        top
            + m.bars().size() * ROW
            + extraLines * 15
            + extraLabelLines * LABEL_LINE
            + 16
            + (footLines + warnLines) * 16;

    StringBuilder desc = new StringBuilder();
    desc.append("Funnel of ")
        .append(m.title())
        .append(", in ")
        .append(Plurals.plural(m.unit()))
        .append(", ")
        .append(m.asOf() == null ? "current figures" : "figures as of " + m.asOf())
        .append(". ");
    for (ChartModel.Bar b : m.bars()) {
      desc.append(b.label()).append(": ").append(value(b, n));
      if (b.hasFigure()) {
        desc.append(" (").append(b.status()).append(")");
      }
      if (b.conversion() != null) {
        desc.append(", ").append(b.conversion());
      }
      desc.append(". ");
      if (b.extrapolation() != null) {
        desc.append(b.extrapolation()).append(' ');
      }
    }
    for (String o : m.omitted()) {
      desc.append("Not drawn: ").append(o).append(". ");
    }
    for (String w : m.warnings()) {
      desc.append("Warning: ").append(w).append(' ');
    }

    Svg s = new Svg();
    s.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
        .raw(" aria-labelledby=\"chart-title chart-desc\"")
        .raw(" width=\"" + WIDTH + "\" height=\"" + height + "\"")
        .raw(" viewBox=\"0 0 " + WIDTH + " " + height + "\"")
        .raw(" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\">\n");
    s.raw("<title id=\"chart-title\">" + SvgText.escape("Funnel chart: " + m.title()))
        .raw("</title>\n");
    s.raw("<desc id=\"chart-desc\">" + SvgText.escape(desc.toString().strip()) + "</desc>\n");
    s.raw("<defs><pattern id=\"range\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
        .raw(" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#c3dafe\"/>")
        .raw("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#2c5282\" stroke-width=\"2\"/>")
        .raw("</pattern></defs>\n");
    s.raw("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    int head = 24;
    for (String line : titleLines) {
      s.text(LEFT, head, 16, "bold", "#1a202c", line);
      head += 20;
    }
    for (String line : legendLines) {
      s.text(LEFT, head, 12, "normal", "#4a5568", line);
      head += 15;
    }

    int y = top;
    for (int i = 0; i < m.bars().size(); i++) {
      ChartModel.Bar b = m.bars().get(i);
      s.raw("<g class=\"stage\" data-stage=\"" + SvgText.escape(b.key()) + "\">\n");
      List<String> label = labels.get(i);
      for (int l = 0; l < label.size(); l++) {
        s.text(LEFT, y + 13 + l * LABEL_LINE, 13, "bold", "#1a202c", label.get(l));
      }
      int shift = Math.max(label.size() - 1, 0) * LABEL_LINE;
      int barY = y + 20 + shift;
      if (b.hasFigure()) {
        double lowW = b.low() * scale;
        double highW = b.high() * scale;
        bar(s, "bar", LEFT, barY, Math.max(lowW, 1), "#2c5282", b.approximate());
        if (b.isRange()) {
          bar(
              s,
              "range",
              LEFT + lowW,
              barY,
              Math.max(highW - lowW, 1),
              "url(#range)",
              b.approximate());
        }
        if (b.hasExtrapolation()) {
          double cy = barY + 10;
          span(s, "logical", LEFT + b.logicalLow() * scale, LEFT + b.logicalHigh() * scale, cy, 4);
          if (b.intervalLow() != null) {
            span(
                s,
                "whisker",
                LEFT + b.intervalLow() * scale,
                LEFT + b.intervalHigh() * scale,
                cy,
                7);
          }
        }
        if (valueFitsRight(b, n, scale)) {
          s.text(LEFT + right(b, scale) + 8, barY + 15, 13, "bold", "#1a202c", valueLabel(b, n));
        }
      } else {
        s.text(LEFT, barY + 15, 12, "normal", "#718096", "no figure");
      }
      // the conversion under the bar, wrapped: a long base label must not push its number out
      List<String> conversion = conversions.get(i);
      for (int l = 0; l < conversion.size(); l++) {
        s.text(LEFT, barY + 36 + l * 15, 12, "normal", "#4a5568", conversion.get(l));
      }
      int more = Math.max(conversion.size() - 1, 0);
      int line = barY + 36 + more * 15;
      for (String statement : statements.get(i)) {
        line += 15;
        s.text(LEFT, line, 11, "normal", "#744210", statement);
      }
      s.raw("</g>\n");
      y += ROW + (statements.get(i).size() + more) * 15 + shift;
    }
    if (!m.omitted().isEmpty()) {
      y += 8;
      s.text(LEFT, y, 11, "bold", "#4a5568", "Not drawn on this scale:");
      for (String line : foot) {
        y += 16;
        s.text(LEFT, y, 11, "normal", "#4a5568", line);
      }
    }
    if (!warned.isEmpty()) {
      y += foot.isEmpty() ? 8 : 24;
      s.text(LEFT, y, 11, "bold", "#9b2c2c", "Warnings:");
      for (String line : warned) {
        y += 16;
        s.text(LEFT, y, 11, "normal", "#9b2c2c", line);
      }
    }
    return s.raw("</svg>\n").toString();
  }

  /** A horizontal span with end ticks: the logical bounds (grey) or the exact interval (orange). */
  private static void span(Svg s, String cls, double x1, double x2, double cy, int tick) {
    String colour = "whisker".equals(cls) ? "#c05621" : "#718096";
    String left = Svg.f(x1);
    String right = Svg.f(x2);
    String top = Svg.f(cy - tick);
    String bottom = Svg.f(cy + tick);
    String d = "M" + left + " " + Svg.f(cy) + " H" + right;
    d += " M" + left + " " + top + " V" + bottom + " M" + right + " " + top + " V" + bottom;
    s.path(cls, d, colour, 2);
  }

  private static String valueLabel(ChartModel.Bar b, NumberFormat n) {
    return value(b, n) + " · " + b.status();
  }

  /** Where what is drawn for the bar ends: its high end, or its logical bounds'. */
  private static double right(ChartModel.Bar b, double scale) {
    return (b.hasExtrapolation() ? Math.max(b.high(), b.logicalHigh()) : b.high()) * scale;
  }

  /** Whether the value label fits right of what is drawn for the bar (a wide range may not). */
  private static boolean valueFitsRight(ChartModel.Bar b, NumberFormat n, double scale) {
    return LEFT + right(b, scale) + 8 + SvgText.width(valueLabel(b, n), 13) <= WIDTH - LEFT;
  }

  static String value(ChartModel.Bar b, NumberFormat n) {
    if (!b.hasFigure()) {
      return "no figure";
    }
    if (b.isRange()) {
      return n.format(b.low()) + "–" + n.format(b.high());
    }
    // the same words in the bar's label and the description read aloud
    return (b.approximate() ? "about " : "") + n.format(b.low());
  }

  /** A bar of the chart's height; an approximate figure has a dashed outline. */
  private static void bar(
      Svg s, String cls, double x, double y, double w, String fill, boolean dashed) {
    s.rect(cls, x, y, w, 20, fill, "#2c5282", dashed ? "4 2" : null);
  }
}
