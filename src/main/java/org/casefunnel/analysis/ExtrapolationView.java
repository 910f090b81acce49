package org.casefunnel.analysis;

import org.casefunnel.statistics.Extrapolation;
import org.casefunnel.statistics.Interval;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a stage found in a partial review implies for the whole population it was drawn from. */
@Schema(
    name = "Extrapolation",
    description =
        "The count a stage implies at the level of the population its base was drawn from"
            + " (e.g. in scope among all identified): first the logical bounds, which need no"
            + " assumption, then the exact hypergeometric 95% interval, valid only if the"
            + " reviewed cases were a random sample, and that assumption's status.")
public record ExtrapolationView(
    @Schema(
            description = "Key of the stage whose level it extrapolates to.",
            examples = "identified")
        String populationStage,
    @Schema(
            description = "Key of the partial-review stage used as the sample.",
            examples = "reviewed")
        String sampleStage,
    @Schema(
            description =
                "What the counts prove with no assumption: at least the x found, at most x plus"
                    + " every case not reviewed, N - (n - x); method logical_bounds, no point"
                    + " value.")
        DerivedView logicalBounds,
    @Schema(
            description =
                "The implied count N·x/n with its exact hypergeometric 95% interval (inverted"
                    + " hypergeometric CDF); method exact_hypergeometric. When the population is"
                    + " approximate, the union of those intervals over the sizes it allows:"
                    + " method hypergeometric_over_range. Valid only if the"
                    + " reviewed cases were a random sample: see assumption. When every case was"
                    + " reviewed, the count found, exactly: method complete_count, no confidence"
                    + " input.")
        DerivedView estimate,
    @Schema(
            description = "How the sample was selected, as the sample stage declares it.",
            examples = "unknown",
            enumeration = {"random", "not_random", "unknown"})
        String selection,
    @Schema(
            description =
                "Whether the representativeness assumption holds: holds (random selection, or"
                    + " every case was reviewed), does_not_hold (not random) or unknown (selection"
                    + " not declared or unknown).",
            enumeration = {"holds", "does_not_hold", "unknown"})
        String assumption,
    @Schema(
            description =
                "The extrapolation told whole: led by the logical bounds unless the selection was"
                    + " random, with the assumption in words.")
        String statement) {

  /** The assumption's value for a review not selected at random. */
  static final String DOES_NOT_HOLD = "does_not_hold";

  /**
   * The interval a chart may draw: the estimate with the ends its text states (over an approximate
   * population, rounded outward: a whisker at the computed ends would be more precise than the
   * words under it), except where the review was not selected at random (the statement then gives
   * it for illustration only, and a drawn whisker would read as a sampling interval that applies).
   */
  public DerivedView drawnInterval() {
    if (DOES_NOT_HOLD.equals(assumption)) {
      return null;
    }
    if (estimate.low() == null) {
      return estimate;
    }
    Interval stated =
        Extrapolation.stated(
            Interval.of(estimate.low(), estimate.high()),
            estimate.method(),
            Interval.of(logicalBounds.low(), logicalBounds.high()));
    return new DerivedView(
        estimate.value(),
        stated.low(),
        stated.high(),
        estimate.method(),
        estimate.inputs(),
        estimate.text(),
        estimate.pointIsMidpoint());
  }
}
