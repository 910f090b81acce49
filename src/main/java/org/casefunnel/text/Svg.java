package org.casefunnel.text;

import java.util.Locale;

/**
 * The few SVG pieces the funnel chart and the series chart write, each escaping what it is given:
 * text and attribute values go through {@link SvgText#escape}, numbers through {@link #f}, so
 * nothing a funnel says can become markup.
 */
public final class Svg {

  private final StringBuilder s = new StringBuilder(8192);

  public Svg raw(String markup) {
    s.append(markup);
    return this;
  }

  public Svg text(double x, double y, int size, String weight, String fill, String t) {
    return text(x, y, size, weight, fill, t, null);
  }

  /** Text that ends at {@code x} (text-anchor end): a label left of its mark. */
  public Svg textEndingAt(double x, double y, int size, String weight, String fill, String t) {
    return text(x, y, size, weight, fill, t, "end");
  }

  private Svg text(
      double x, double y, int size, String weight, String fill, String t, String anchor) {
    s.append("<text x=\"")
        .append(f(x))
        .append("\" y=\"")
        .append(f(y))
        .append("\" font-size=\"")
        .append(size)
        .append("\" font-weight=\"")
        .append(weight)
        .append("\" fill=\"")
        .append(fill)
        .append(anchor == null ? "" : "\" text-anchor=\"" + anchor)
        .append("\">")
        .append(SvgText.escape(t))
        .append("</text>\n");
    return this;
  }

  /** A rectangle; {@code dash} is a stroke-dasharray or null for a solid outline. */
  public Svg rect(
      String cls, double x, double y, double w, double h, String fill, String stroke, String dash) {
    s.append("<rect class=\"")
        .append(cls)
        .append("\" x=\"")
        .append(f(x))
        .append("\" y=\"")
        .append(f(y))
        .append("\" width=\"")
        .append(f(Math.max(w, 0.5)))
        .append("\" height=\"")
        .append(f(Math.max(h, 0.5)))
        .append("\" fill=\"")
        .append(fill)
        .append("\" stroke=\"")
        .append(stroke)
        .append('"')
        .append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
        .append("/>\n");
    return this;
  }

  public Svg line(
      String cls, double x1, double y1, double x2, double y2, double width, String dash) {
    s.append("<line class=\"")
        .append(cls)
        .append("\" x1=\"")
        .append(f(x1))
        .append("\" y1=\"")
        .append(f(y1))
        .append("\" x2=\"")
        .append(f(x2))
        .append("\" y2=\"")
        .append(f(y2))
        .append("\" stroke=\"#1a202c\" stroke-width=\"")
        .append(f(width))
        .append('"')
        .append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
        .append("/>\n");
    return this;
  }

  public Svg circle(String cls, double cx, double cy, boolean filled) {
    s.append("<circle class=\"")
        .append(cls)
        .append("\" cx=\"")
        .append(f(cx))
        .append("\" cy=\"")
        .append(f(cy))
        .append("\" r=\"4.5\" fill=\"")
        .append(filled ? "#1a202c" : "#ffffff")
        .append("\" stroke=\"#1a202c\" stroke-width=\"1.5\"/>\n");
    return this;
  }

  @Override
  public String toString() {
    return s.toString();
  }

  /** A path of {@code d} (numbers written with {@link #f}), stroked, not filled. */
  public Svg path(String cls, String d, String stroke, double width) {
    s.append("<path class=\"")
        .append(cls)
        .append("\" d=\"")
        .append(d)
        .append("\" stroke=\"")
        .append(stroke)
        .append("\" stroke-width=\"")
        .append(f(width))
        .append("\" fill=\"none\"/>\n");
    return this;
  }

  /** A coordinate or length with one decimal, whatever the default locale. */
  public static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
