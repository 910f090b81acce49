package org.casefunnel.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every sentence the series says, in one place (as analysis/Wording does for the statistics), so
 * the JSON, the CSV and the chart say the same.
 */
final class SeriesWording {

  private SeriesWording() {}

  /** The notes of a series: how its points arise, what the filter left out, the undated figures. */
  static List<String> notes(int dates, int undated, LocalDate from, LocalDate to) {
    List<String> out = new ArrayList<>();
    out.add(
        "Each point is the stage as /statistics?asOf= that date gives it: of its figures dated on"
            + " or before the date, the latest-dated (of several with that date, the one recorded"
            + " last), so a figure recorded late but dated earlier never takes the place of a"
            + " later-dated one; and the statistics computed from it.");
    if (dates == 0) {
      out.add(noDates(from, to));
    } else if (dates == 1) {
      out.add("Only one date: no change over time to show.");
    }
    if (from != null || to != null) {
      out.add(
          "Only dates "
              + (from == null ? "" : "from " + from + " ")
              + (to == null ? "" : "to " + to + " ")
              + "are listed; a point still shows a figure dated before them when it was in effect.");
    }
    if (undated > 0) {
      out.add(undated(undated));
    }
    return out;
  }

  static String noDates(LocalDate from, LocalDate to) {
    return from == null && to == null
        ? "No figure of the funnel is dated, so there is no series."
        : "No figure of the funnel is dated within the dates asked for.";
  }

  static String undated(int count) {
    return count
        + (count == 1 ? " figure has" : " figures have")
        + " no date, so "
        + (count == 1 ? "it is" : "they are")
        + " listed apart under each stage's undated figures; a point shows an undated figure"
        + " (asOf null, not a change) only while no dated figure of its stage is on or before"
        + " the point's date.";
  }

  /**
   * A stage whose points show figures of different periods ("2,000 a week", later "8,000 a month"):
   * say that each point states its own and that none is rescaled to another.
   */
  static String periodsDiffer(String key, List<String> periods) {
    return "The points of stage '"
        + key
        + "' are counted over different periods ("
        + String.join(", ", periods.stream().map(SeriesWording::per).toList())
        + "): each point and figure states its own period, and the stage's period is that of its"
        + " figure in effect now. No figure is rescaled to another period, so points of different"
        + " periods are not comparable, and the chart does not join them.";
  }

  /** A period as it follows a number: "per month", or "no period" for a stock. */
  static String per(String period) {
    return period == null ? "no period" : "per " + period;
  }

  /** The label at a break in a stage's line, where a figure of another period begins. */
  static String newPeriod(String period) {
    return "from here " + per(period) + ", not joined";
  }

  /** The note of one undated figure's row in the CSV. */
  static String undatedFigure() {
    return "This figure has no date, so it is listed apart under its stage's undated figures; a"
        + " point shows it (asOf null, not a change) only while no dated figure of its stage is on"
        + " or before the point's date.";
  }

  /** Why a figure dated on a point is not the one in effect there. */
  static String notInEffect(SeriesFigure f) {
    return switch (f.notInEffect()) {
      case DEPRECATED -> "deprecated";
      case SUPERSEDED -> "superseded";
      case COMPETING -> "competing, not used";
    };
  }

  /** The legend of the chart, one entry per mark; none relies on colour alone. */
  static List<String> legend() {
    return List.of(
        "solid step line: the figure in effect",
        "hatched band: a range as given",
        "dashed line: an approximate figure",
        "dotted band: logically possible in the whole",
        "dashed band with dots: 95% interval (exact for an exact population), valid only if the"
            + " review was random (none where not)",
        "filled circle: a new figure dated that day",
        "hollow circle: another value dated that day, not in effect (superseded, deprecated or"
            + " competing)");
  }

  /**
   * A warning of the series as a line of its chart, with the dates it holds on: "⚠ Reviewed: …
   * (2024-01-01, 2024-03-01)", or "(on 5 dates, 2024-01-01 to 2024-09-01)" for more than three.
   */
  static String warningLine(String stageLabel, String message, List<LocalDate> dates) {
    String on =
        dates.size() <= 3
            ? String.join(", ", dates.stream().map(LocalDate::toString).toList())
            : "on " + dates.size() + " dates, " + dates.get(0) + " to " + dates.getLast();
    return "\u26a0 " + (stageLabel == null ? "" : stageLabel + ": ") + message + " (" + on + ")";
  }

  static String chartTitle(String title) {
    return "Series chart: " + title;
  }

  static String noFigure() {
    return "no figure dated yet";
  }

  static String undatedLine(String value, String wording) {
    return "Undated, not drawn: " + value + " (\u201c" + wording + "\u201d)";
  }

  /** A point whose figure is undated: it stands only because no dated figure precedes it. */
  static String undatedInView() {
    return "undated, no dated figure yet";
  }
}
