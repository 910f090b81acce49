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
        "One stage's value and what follows from it. A number is absent only where a note says"
            + " why (no figure, a first stage, no base figure, a different unit or rate, a zero"
            + " base, a review's drop-off, ...) or where its field says it does not apply.")
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
    @Schema(
            description = "Key of the extrapolated stage this stage declares it estimates.",
            nullable = true)
        String estimates,
    @Schema(description = "Id of the figure used.", nullable = true) Long figureId,
    @Schema(description = "How firm the figure is.", nullable = true) FigureStatus status,
    @Schema(description = "The figure's original wording.", nullable = true) String wording,
    @Schema(description = "Date the figure holds as of; absent when unknown.", nullable = true)
        LocalDate asOf,
    @Schema(description = "The value; absent when the stage has no figure.", nullable = true)
        ValueView value,
    @Schema(
            description =
                "Conversion from the base stage: a descriptive ratio of what was counted (no"
                    + " sampling interval); interval arithmetic when either is approximate or a"
                    + " range. Never capped: above 1 when the stage exceeds its base. Absent with a"
                    + " note saying why.",
            nullable = true)
        DerivedView conversion,
    @Schema(
            description =
                "For a partial review (a stage with a selection), the share of its base reviewed:"
                    + " its conversion, present and absent with it; absent for other stages.",
            nullable = true)
        DerivedView coverage,
    @Schema(
            description =
                "What the stage implies for the population its base was drawn from; only for a"
                    + " stage counted within a partial review (its base has a selection), where a"
                    + " note says why when it is absent.",
            nullable = true)
        ExtrapolationView extrapolation,
    @Schema(
            description =
                "Ratio to the first stage of the stage's own chain (descriptive, no interval), for"
                    + " stages of the funnel's unit. Absent with a note saying why.",
            nullable = true)
        DerivedView overallConversion,
    @Schema(
            description =
                "Base minus stage, by interval arithmetic. Absent with a note saying why: for a"
                    + " review (base minus a review is the cases not reviewed, not cases lost; see"
                    + " coverage), and wherever there is no conversion or the stage exceeds its"
                    + " base.",
            nullable = true)
        DerivedView dropOff,
    @Schema(
            description =
                "Comparison with the extrapolation of the stage this one estimates; only for a"
                    + " stage that declares estimates, where a note says why when it is absent.",
            nullable = true)
        ProjectionCheckView projectionCheck,
    @Schema(
            description = "The figure's breakdown with shares; absent when the figure has none.",
            nullable = true)
        BreakdownStatisticsView breakdown,
    @Schema(description = "Why a number is absent or how to read one.") List<String> notes) {}
