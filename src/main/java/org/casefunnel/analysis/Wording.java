package org.casefunnel.analysis;

import java.time.LocalDate;
import org.casefunnel.analysis.FunnelSnapshot.StageSnapshot;
import org.casefunnel.statistics.Derivation;
import org.casefunnel.statistics.Methods;

/**
 * The sentences the statistics say, so the wording can be read and reviewed as a whole; those about
 * an extrapolation are in {@link ExtrapolationWording} beside it, those about the overall
 * conversion in {@link OverallWording}. Each method names what it says; numbers come in already
 * computed.
 */
final class Wording {

  private Wording() {}

  // ---- numbers in words ----

  /** A proportion with how its width arose; ratios of counts have none to state. */
  static String proportion(Derivation d) {
    // an interval's numbers get no more decimals than its width allows ("about 7" of "about 10"
    // is 70% (40% to 100%), not 70.00%)
    if (d.low() != null && d.low().equals(d.high())) {
      // bounds that allow one value are that value, as an exact ratio is written
      return Numbers.percent(d.low());
    }
    if (d.low() == null) {
      // a ratio of counts has no width: its own digits (99.99990%), not an interval's
      String point = d.value() == null ? "no point value" : Numbers.percent(d.value());
      return Methods.INTERVAL_ARITHMETIC.equals(d.method())
          ? point + " (no bounds: the base may be zero)"
          : point;
    }
    String bounds =
        Numbers.percentWithin(d.low(), d.low(), d.high())
            + " to "
            + Numbers.percentWithin(d.high(), d.low(), d.high());
    // a point at a range's midpoint is no figure a source gave: the bounds alone
    if (d.value() == null || d.pointIsMidpoint()) {
      return bounds + " (by interval arithmetic over the ranges given or read)";
    }
    return Numbers.percentWithin(d.value(), d.low(), d.high())
        + " ("
        + bounds
        + " by interval arithmetic over the ranges given or read)";
  }

  static String coverage(String part, String whole, Derivation d) {
    return "review coverage: " + part + " of " + whole + " (" + proportion(d) + ")";
  }

  static String dropOff(Derivation d, String baseKey) {
    return Numbers.range(Math.round(d.low()), Math.round(d.high()))
        + " of '"
        + baseKey
        + "' not in this stage";
  }

  static String breakdownSum(Derivation sum) {
    return "parts add up to " + Numbers.range(Math.round(sum.low()), Math.round(sum.high()));
  }

  // ---- notes: why a number is absent, or how to read one ----

  private static final String DEPRECATED = " (kept on record as wrong, not counted).";

  static String noFigure(StageSnapshot stage, LocalDate asOf) {
    if (stage.onlyDeprecated()) {
      return asOf == null
          ? "The stage has no figure in use: every figure recorded for it is ranked deprecated"
              + DEPRECATED
          : "The stage has no figure in use dated on or before "
              + asOf
              + ": every figure it has up to then, undated ones included, is ranked deprecated"
              + DEPRECATED;
    }
    return asOf == null
        ? "The stage has no figure."
        : "The stage has no figure dated on or before " + asOf + ".";
  }

  /** A dated view whose figure an undated one, recorded later, replaced in the present. */
  static String laterUndatedIsCurrent(String words, LocalDate asOf) {
    return "A figure recorded later without a date, "
        + words
        + ", is this stage's figure now; when it held is not known, so this view keeps the latest"
        + " figure dated on or before "
        + asOf
        + ".";
  }

  /** A dated view showing an undated figure: say so, and never give it the view's date. */
  static String undatedInDatedView(LocalDate asOf) {
    return "The figure is undated: no dated figure of this stage is on or before "
        + asOf
        + ", so the undated one stands in this view; when it held is not known.";
  }

  static String firstStage() {
    return "No conversion, drop-off or overall conversion: this is the first stage of its chain,"
        + " with no base stage to convert from.";
  }

  static String noConversionBaseWithoutFigure(StageSnapshot base) {
    return "No conversion or drop-off: the base stage '"
        + base.key()
        + (base.onlyDeprecated()
            ? "' has no figure in use (every figure recorded for it is ranked deprecated)."
            : "' has no figure.");
  }

  static String noConversionBaseMissing(String baseKey) {
    return "No conversion or drop-off: the base stage '" + baseKey + "' is not in the funnel.";
  }

  static String noConversionScale(StageSnapshot stage, StageSnapshot base) {
    return "No conversion or drop-off: the stage counts "
        + Readings.scaleInWords(stage)
        + " and its base '"
        + base.key()
        + "' counts "
        + Readings.scaleInWords(base)
        + ".";
  }

  /** Even 0 of 0: a share of nothing is undefined (so is a drop-off as part of it). */
  static String noConversionZeroBase() {
    return "No conversion or drop-off: the base stage's figure is zero.";
  }

  static String aboveBase(String baseKey) {
    return "The conversion is above 100%: the stage is larger than its base '"
        + baseKey
        + "', which it should be a subset of (see the warning stage_exceeds_base); the ratio is"
        + " given as it is, not capped.";
  }

  /** The point values are in the wrong order, but the ranges as read allow a subset. */
  /** {@code review}: the stage is a review, which has a coverage and no drop-off. */
  static String pointAboveBase(String baseKey, boolean review) {
    return "The point values put the stage above its base '"
        + baseKey
        + "', yet as read their ranges overlap (see the warning stage_exceeds_base): a stage within"
        + " its base is at most all of it, so "
        + (review
            ? "the conversion is the range the figures allow, up to 100%, with no point value."
            : "the conversion (up to 100%) and the drop-off (from 0) are the ranges the figures"
                + " allow, with no point value.");
  }

  /** The base stage's figure as read may be zero, so no ratio above it has a bound. */
  static String noRatioBaseMayBeZero(String baseKey) {
    return "No conversion value or bounds: the stage is larger than its base '"
        + baseKey
        + "' (see the warning stage_exceeds_base), whose figure as read may be zero.";
  }

  /** "about 0" of a base has a point value of zero, though as read it may be more. */
  static String noPointZeroBase(String baseKey) {
    return "No point value: the base '"
        + baseKey
        + "' is zero as given, but may be more as read; the conversion is the range alone.";
  }

  static String noDropOffForReview(String baseKey) {
    return StageNotes.NO_DROP_OFF
        + "a review's drop-off is not a loss of cases; the '"
        + baseKey
        + "' not reviewed were not looked at, not ruled out (see the coverage).";
  }

  static String noDropOffAboveBase(String baseKey) {
    return StageNotes.NO_DROP_OFF + "the stage is larger than its base '" + baseKey + "'.";
  }

  /**
   * A conversion whose figure and base are not known to hold at the same moment: dated differently,
   * or one of them undated (both undated is not said: nothing then sets them apart).
   */
  static String notSameMoment(LocalDate partAsOf, String baseKey, LocalDate baseAsOf) {
    if (partAsOf != null && baseAsOf != null) {
      return "The figure holds as of "
          + partAsOf
          + " and its base '"
          + baseKey
          + "' as of "
          + baseAsOf
          + ": the conversion compares different moments (see the warning mixed_as_of_dates).";
    }
    return (partAsOf == null
            ? "The figure has no date and its base '" + baseKey + "' holds as of " + baseAsOf
            : "The figure holds as of " + partAsOf + " and its base '" + baseKey + "' has no date")
        + ": they are not known to hold at the same moment, so the conversion may compare"
        + " different ones (see the warning unknown_as_of"
        + (partAsOf == null ? "" : " on '" + baseKey + "'")
        + ").";
  }

  static String noBreakdownShares() {
    return StageNotes.NO_BREAKDOWN_SHARES + ": the whole is zero.";
  }

  // ---- the projection check ----

  static String notDeclared(String key) {
    return StageNotes.NOT_COMPARED
        + " with any extrapolation: '"
        + key
        + "' does not declare which stage it estimates (the stage field estimates).";
  }

  static String reviewNotCompared(String key, String estimates) {
    return StageNotes.NOT_COMPARED
        + " with '"
        + estimates
        + "': '"
        + key
        + "' is a review (it has a selection), and what a review chose is no estimate of another"
        + " stage.";
  }

  static String declaredWithoutExtrapolation(String key, String estimates) {
    return StageNotes.NOT_COMPARED
        + ": '"
        + key
        + "' declares it estimates '"
        + estimates
        + "', which has no extrapolation"
        + " to compare with.";
  }
}
