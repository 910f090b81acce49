package org.casefunnel.analysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a stage at a population's level compares with an extrapolation to that level. */
@Schema(
    name = "ProjectionCheck",
    description =
        "A stage that declares which extrapolated stage it estimates (the stage field"
            + " estimates, e.g. expected reinvestigations of the cases in scope) compared with that"
            + " extrapolation: its exact interval when the review was random, its logical bounds"
            + " otherwise.")
public record ProjectionCheckView(
    @Schema(description = "Key of the extrapolated stage.", examples = "in_scope")
        String extrapolatedStage,
    @Schema(
            description =
                "What it is compared against: logical_bounds (the random-sample assumption is not"
                    + " established) or exact_interval (the review was random).",
            enumeration = {"logical_bounds", "exact_interval"})
        String comparedWith,
    @Schema(
            description =
                "Where this stage's range lies against the range compared with: below,"
                    + " overlaps or above.",
            enumeration = {"below", "overlaps", "above"})
        String relation,
    @Schema(
            description =
                "This stage as a share of the extrapolated count, by interval arithmetic, not"
                    + " capped; where the ranges overlap the largest share is 1 because the stage"
                    + " is among the extrapolated ones. Absent when the extrapolated count is"
                    + " exactly zero; no point value against logical bounds.")
        DerivedView shareOfExtrapolation,
    @Schema(description = "The comparison in words.") String message) {}
