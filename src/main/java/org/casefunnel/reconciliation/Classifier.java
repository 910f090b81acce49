package org.casefunnel.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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

  /** The reading against the stage's current figure and its figures ranked deprecated. */
  static Verdict classify(Reading r, FigureView current, List<FigureView> deprecated) {
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
    return classify(r, current);
  }

  private static Verdict classify(Reading r, FigureView current) {
    if (!r.hasValue()) {
      return new Verdict(
          Classification.CONFLICTS, "The text gives no count to compare; check it by hand.");
    }
    LocalDate was = current.asOf();
    LocalDate now = r.date();
    String values =
        "the text says \""
            + r.found().wording()
            + "\", the funnel's figure \""
            + current.wording()
            + "\"";
    if (overlaps(r, current)) {
      return new Verdict(Classification.AGREES, "Same value: " + values + ".");
    }
    if (now != null && (was == null || now.isAfter(was))) {
      return new Verdict(
          Classification.NEWER,
          "A different value dated "
              + now
              + (was == null ? " where the funnel's figure has no date" : ", after " + was)
              + ": "
              + values
              + ".");
    }
    if (now != null && now.isBefore(was)) {
      return new Verdict(
          Classification.OLDER,
          "A different value dated " + now + ", before the funnel's " + was + ": " + values + ".");
    }
    return new Verdict(
        Classification.CONFLICTS,
        "A different value at an overlapping time ("
            + (now == null ? "undated" : now.toString())
            + " against "
            + (was == null ? "undated" : was.toString())
            + "): "
            + values
            + ".");
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
