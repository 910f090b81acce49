package org.casefunnel.analysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a stage at a population's level compares with an extrapolation to that level. */
@Schema(
    name = "ProjectionCheck",
    description =
        "A stage that declares which extrapolated stage it estimates (the stage field"
            + " estimates, e.g. expected reinvestigations of the cases in scope) compared with that"
            + " extrapolation: its exact interval when the review was random, its logical bounds"
            + " otherwise, its exact count when every case was reviewed.")
public record ProjectionCheckView(
    @Schema(description = "Key of the extrapolated stage.", examples = "in_scope")
        String extrapolatedStage,
    @Schema(
            description =
                "What it is compared against: logical_bounds (the random-sample assumption is not"
                    + " established), exact_interval (the review was random; a 95% interval, not a"
                    + " limit), interval_over_range (the same over an approximate population: the"
                    + " 95% intervals joined over the sizes it allows, not exact) or"
                    + " complete_count (every case was reviewed, so the count is exact).",
            enumeration = {
              "logical_bounds",
              "exact_interval",
              "interval_over_range",
              "complete_count"
            })
        String comparedWith,
    @Schema(
            description =
                "Where this stage's range lies against the range compared with: below,"
                    + " overlaps or above.",
            enumeration = {"below", "overlaps", "above"})
        String relation,
    @Schema(
            description =
                "Low end of the range compared with: the logical bounds' low, the 95% interval's"
                    + " low as stated (over an approximate population to two significant digits,"
                    + " rounded outward within the logical bounds, so relation can be recomputed"
                    + " from these two numbers), or the complete count.",
            examples = "4400")
        double comparedLow,
    @Schema(description = "High end of the range compared with, as comparedLow.", examples = "5400")
        double comparedHigh,
    @Schema(
            description =
                "This stage as a share of the extrapolated count as the counts allow it with no"
                    + " assumption (the logical bounds, or the complete count), by interval"
                    + " arithmetic, not capped; where the ranges overlap the largest share is 1"
                    + " because the stage is among the extrapolated ones. Never a share of a 95%"
                    + " interval's ends: that interval is no limit. Absent when the extrapolated"
                    + " count is exactly zero; a point value only against a complete count.")
        DerivedView shareOfExtrapolation,
    @Schema(description = "The comparison in words.") String message,
    @Schema(
            description =
                "Where this stage's range lies against the logical bounds, what the counts allow"
                    + " with no assumption: above means more than the data allow, whatever the"
                    + " selection. Equals relation unless comparedWith is exact_interval or"
                    + " interval_over_range.",
            enumeration = {"below", "overlaps", "above"})
        String relationToLogicalBounds) {}
