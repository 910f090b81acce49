package org.casefunnel.analysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a stage found in a partial review implies for the whole population it was drawn from. */
@Schema(
    name = "Extrapolation",
    description =
        "The count a stage implies at the level of the population its base was drawn from"
            + " (e.g. in scope among all identified), with a 95% interval using the finite"
            + " population correction, and the representativeness assumption it rests on.")
public record ExtrapolationView(
    @Schema(
            description = "Key of the stage whose level it extrapolates to.",
            examples = "identified")
        String populationStage,
    @Schema(
            description = "Key of the partial-review stage used as the sample.",
            examples = "reviewed")
        String sampleStage,
    @Schema(description = "The implied count with its interval; method fpc_extrapolation.")
        DerivedView estimate,
    @Schema(
            description = "How the sample was selected, as the sample stage declares it.",
            examples = "unknown",
            enumeration = {"random", "not_random", "unknown"})
        String selection,
    @Schema(
            description =
                "Whether the representativeness assumption holds: holds (random selection),"
                    + " does_not_hold (not random) or unknown (selection not declared or unknown).",
            enumeration = {"holds", "does_not_hold", "unknown"})
        String assumption,
    @Schema(description = "The assumption and its consequence, in words.") String statement) {}
