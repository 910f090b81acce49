package org.casefunnel.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casefunnel.figure.FigureView;

/** Compares a matched quantity with its stage's current figure: value first, then dates. */
final class Classifier {

  /**
   * A classification and why, in words; {@code deprecatedFigure} is the id of a figure ranked
   * deprecated whose value the text gives, which the patch then does not propose again.
   */
  record Verdict(Classification classification, String explanation, Long deprecatedFigure) {

    Verdict(Classification classification, String explanation) {
      this(classification, explanation, null);
    }
  }

  private Classifier() {}

  /**
   * The reading against the stage's current figure and its figures ranked deprecated; {@code
   * statementDates} says when each statement of the funnel was made (by key), which dates the
   * report of a figure that states no date.
   */
  static Verdict classify(
      Reading r,
      FigureView current,
      List<FigureView> deprecated,
      Map<String, LocalDate> statementDates) {
    FigureView wrong =
        !r.hasValue() || current != null && overlaps(r, current)
            ? null
            : deprecated.stream().filter(f -> overlaps(r, f)).findFirst().orElse(null);
    if (wrong != null) {
      return new Verdict(
          Classification.CONFLICTS,
          "The text gives the value of figure "
              + wrong.id()
              + " ("
              + wrong.wording()
              + "), which an editor ranked deprecated"
              + (wrong.rankReason() == null ? "" : ": " + wrong.rankReason())
              + ". Check it before recording it again; the patch leaves it out.",
          wrong.id());
    }
    if (current == null) {
      return new Verdict(
          Classification.NEWER,
          deprecated.isEmpty()
              ? "The stage has no figure yet."
              : "The stage has no figure in use: every figure recorded for it is ranked"
                  + " deprecated.");
    }
    return classify(r, current, reportedOn(current, statementDates));
  }

  /**
   * When a value is placed in time: the date it holds as of where one is stated, else when it was
   * reported (which orders two reports, but is never given as its date).
   */
  private record When(LocalDate date, boolean stated) {

    static When of(LocalDate asOf, LocalDate reported) {
      return asOf != null ? new When(asOf, true) : new When(reported, false);
    }

    String text() {
      return stated ? "dated " + date : "undated, in a source published " + date;
    }

    String figure() {
      return stated ? "as of " + date : "undated, reported on " + date;
    }
  }

  /**
   * Which is later, where that is known: 1 the text, -1 the figure, 0 not known. Two stated dates,
   * or two reports, compare as they are (a later report states a later count); a stated date after
   * the other's report is later for sure (what a report gives holds on or before its day), and a
   * report before the other's stated date earlier for sure; otherwise either may be later.
   */
  private static int order(When text, When figure) {
    if (text.date() == null) {
      return 0;
    }
    if (figure.date() == null) {
      return 1;
    }
    int c = Integer.signum(text.date().compareTo(figure.date()));
    if (text.stated() == figure.stated()) {
      return c;
    }
    return text.stated() ? Math.max(c, 0) : Math.min(c, 0);
  }

  /** The latest date the figure's statements were made (or their sources published), or null. */
  static LocalDate reportedOn(FigureView f, Map<String, LocalDate> statementDates) {
    return f.statementIds().stream()
        .map(statementDates::get)
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder())
        .orElse(null);
  }

  private static Verdict classify(Reading r, FigureView current, LocalDate figureReported) {
    if (!r.hasValue()) {
      return new Verdict(
          Classification.CONFLICTS, "The text gives no count to compare; check it by hand.");
    }
    When text = When.of(r.date(), r.reportedOn());
    When figure = When.of(current.asOf(), figureReported);
    String values =
        "the text says \""
            + r.found().wording()
            + "\", the funnel's figure \""
            + current.wording()
            + "\"";
    if (overlaps(r, current)) {
      return new Verdict(
          Classification.AGREES,
          (sameValue(r, current) ? "Same value: " : "Values that fit together: ") + values + ".");
    }
    int order = order(text, figure);
    if (order > 0) {
      return new Verdict(
          Classification.NEWER,
          "A different value "
              + text.text()
              + (figure.date() == null
                  ? ", where the funnel's figure has no date"
                  : ", after the funnel's figure (" + figure.figure() + ")")
              + ": "
              + values
              + ".");
    }
    if (order < 0) {
      return new Verdict(
          Classification.OLDER,
          "A different value "
              + text.text()
              + ", before the funnel's figure ("
              + figure.figure()
              + "): "
              + values
              + ".");
    }
    return new Verdict(
        Classification.CONFLICTS,
        "A different value at an overlapping or unknown time (the text's "
            + (text.date() == null ? "undated" : text.text())
            + "; the funnel's figure "
            + (figure.date() == null ? "undated" : figure.figure())
            + "): "
            + values
            + ".");
  }

  /** Whether both give one and the same number (not a bound or range that holds it). */
  private static boolean sameValue(Reading r, FigureView f) {
    return f.count() != null
        && r.high() != null
        && r.low().compareTo(r.high()) == 0
        && r.low().compareTo(BigDecimal.valueOf(f.count())) == 0;
  }

  /** Whether the two intervals share a value: "tens of" and "about 40" agree. */
  static boolean overlaps(Reading r, FigureView f) {
    long lo = f.count() != null ? f.count() : f.low();
    long hi = f.count() != null ? f.count() : f.high();
    BigDecimal rl = r.low();
    BigDecimal rh = r.high();
    return rl.compareTo(BigDecimal.valueOf(hi)) <= 0
        && (rh == null || rh.compareTo(BigDecimal.valueOf(lo)) >= 0);
  }
}
