package org.casefunnel.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.casefunnel.model.FigureStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The statistics of one stage, from its current figure. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "StageStatistics",
    description =
        "One stage's value and what follows from it. Fields are absent where they do not apply"
            + " (no base, different unit, a rate, no figure); notes say why.")
public record StageStatisticsView(
    @Schema(description = "Key of the stage.", examples = "in_scope") String key,
    @Schema(description = "Human-readable name.") String label,
    @Schema(description = "Key of the base stage.", nullable = true) String baseStage,
    @Schema(description = "What the stage counts (the funnel's unit unless it says otherwise).")
        String unit,
    @Schema(description = "For a rate, the period it is counted over.", nullable = true)
        String period,
    @Schema(
            description =
                "True when the stage counts the funnel's unit and is not a rate, so it may enter"
                    + " case conversions.")
        boolean comparable,
    @Schema(description = "How a partial review was selected from its base.", nullable = true)
        String selection,
    @Schema(description = "Id of the figure used.", nullable = true) Long figureId,
    @Schema(description = "How firm the figure is.", nullable = true) FigureStatus status,
    @Schema(description = "The figure's original wording.", nullable = true) String wording,
    @Schema(description = "Date the figure holds as of; absent when unknown.", nullable = true)
        LocalDate asOf,
    @Schema(description = "The value; absent when the stage has no figure.", nullable = true)
        ValueView value,
    @Schema(
            description =
                "Conversion from the base stage: Wilson 95% when both are exact counts, interval"
                    + " arithmetic otherwise.",
            nullable = true)
        DerivedView conversion,
    @Schema(
            description = "For a partial review, the share of its base reviewed (plain ratio).",
            nullable = true)
        DerivedView coverage,
    @Schema(
            description = "What the stage implies for the population its base was drawn from.",
            nullable = true)
        ExtrapolationView extrapolation,
    @Schema(
            description =
                "Ratio to the funnel's first stage (descriptive, no interval), for stages of the"
                    + " funnel's unit on the first stage's chain.",
            nullable = true)
        DerivedView overallConversion,
    @Schema(description = "Base minus stage, by interval arithmetic.", nullable = true)
        DerivedView dropOff,
    @Schema(description = "Comparison with an extrapolation to this stage's base.", nullable = true)
        ProjectionCheckView projectionCheck,
    @Schema(description = "The figure's breakdown with shares.", nullable = true)
        BreakdownStatisticsView breakdown,
    @Schema(description = "Why a number is absent or how to read one.") List<String> notes) {}
