package org.casefunnel.analysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a stage at a population's level compares with an extrapolation to that level. */
@Schema(
    name = "ProjectionCheck",
    description =
        "A stage counted against the same base as an extrapolation (e.g. expected"
            + " reinvestigations among all identified) compared with that extrapolation.")
public record ProjectionCheckView(
    @Schema(description = "Key of the extrapolated stage.", examples = "in_scope")
        String extrapolatedStage,
    @Schema(
            description =
                "Where this stage's range lies against the extrapolation's interval: below,"
                    + " overlaps or above.",
            enumeration = {"below", "overlaps", "above"})
        String relation,
    @Schema(
            description =
                "This stage as a share of the extrapolated count, by interval arithmetic;"
                    + " absent when the extrapolated count is exactly zero.")
        DerivedView shareOfExtrapolation,
    @Schema(description = "The comparison in words.") String message) {}
