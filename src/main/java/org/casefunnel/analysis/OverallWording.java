package org.casefunnel.analysis;

import org.casefunnel.statistics.Derivation;

/**
 * The sentences about a stage's overall conversion (against the first stage of its chain), beside
 * {@link Wording}; each note leads with what it explains ({@link StageNotes}).
 */
final class OverallWording {

  private OverallWording() {}

  static String overall(Derivation d, String rootKey) {
    return Wording.proportion(d) + " of '" + rootKey + "' (descriptive ratio)";
  }

  static String noOverallBaseMissing(String baseKey) {
    return StageNotes.NO_OVERALL + ": the base stage '" + baseKey + "' is not in the funnel.";
  }

  static String noOverallNotComparable(String scale, String funnelUnit) {
    return StageNotes.NO_OVERALL
        + ": it is given only for stages counting the funnel's unit ("
        + funnelUnit
        + "), not a rate; this stage counts "
        + scale
        + ".";
  }

  static String noOverallRootNotComparable(String rootKey, String funnelUnit) {
    return StageNotes.NO_OVERALL
        + ": the first stage of its chain, '"
        + rootKey
        + "', does not count the funnel's unit ("
        + funnelUnit
        + ") or is a rate.";
  }

  static String noOverallRatioRootMayBeZero(String rootKey) {
    return StageNotes.NO_OVERALL
        + " value or bounds: the stage is larger than '"
        + rootKey
        + "', whose figure as read may be zero.";
  }

  static String noOverallPointZeroRoot(String rootKey) {
    return StageNotes.NO_OVERALL_POINT
        + "'"
        + rootKey
        + "' is zero as given, but may be more as read; the overall conversion is the range alone.";
  }

  static String noOverallRootWithoutFigure(String rootKey) {
    return StageNotes.NO_OVERALL
        + ": the first stage of its chain, '"
        + rootKey
        + "', has no figure.";
  }

  static String noOverallScale(String rootKey) {
    return StageNotes.NO_OVERALL
        + ": the stage and '"
        + rootKey
        + "' do not count the same thing at the same scale.";
  }

  static String noOverallZero(String rootKey) {
    return StageNotes.NO_OVERALL + ": '" + rootKey + "' is zero.";
  }

  static String overallAboveRoot(String rootKey) {
    return StageNotes.OVERALL
        + "is above 100%: the stage is larger than '"
        + rootKey
        + "', which it should be a subset of; the ratio is given as it is, not capped.";
  }

  static String overallPointAboveRoot(String rootKey) {
    return StageNotes.OVERALL_POINT_ABOVE
        + rootKey
        + "', yet as read their ranges overlap: a stage within it is at most all of it, so the"
        + " overall conversion is the range the figures allow, up to 100%, with no point value.";
  }

  /**
   * The review is named with its own base, which in a review of a review is not the root; {@code
   * maybeFull}: as read, the review may or may not have covered all of its base.
   */
  static String overallLowerBound(
      String reviewKey, String reviewedKey, String rootKey, boolean maybeFull) {
    return StageNotes.OVERALL
        + "counts only what was found among the '"
        + reviewKey
        + (maybeFull
            ? "', which as read may not have covered all of the '"
                + reviewedKey
                + "', so it may be a lower bound"
            : "' (a partial review of the '" + reviewedKey + "'), so it is a lower bound")
        + ": the share among all the '"
        + rootKey
        + "' may be higher (see the extrapolation, where there is one).";
  }
}
