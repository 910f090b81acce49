package org.casefunnel.series;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.casefunnel.analysis.DerivedView;
import org.casefunnel.analysis.ExtrapolationView;
import org.casefunnel.analysis.ValueView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stage at one date: the figure in effect and the statistics as they stood then. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "SeriesPoint",
    description =
        "A stage at one date of the series. value, conversion, coverage and extrapolation are the"
            + " stage's statistics from /statistics?asOf=asOf, unchanged; absent where they are"
            + " absent there (notes say why). unit and period say what this point's value counts;"
            + " a point is comparable with another of its stage only when both agree.")
public record SeriesPoint(
    @Schema(description = "The date of the point.") LocalDate asOf,
    @Schema(description = "True when the figure in effect is dated on this date (the step moves).")
        boolean changed,
    @Schema(
            description =
                "What the point's value counts: the stage's unit (a figure has no unit of its own,"
                    + " so it is the same on every point of a stage).",
            examples = "sexual offence")
        String unit,
    @Schema(
            description =
                "For a rate, the period of this point's figure (the figure in effect); absent for"
                    + " a stock or when no figure is in effect. Figures of one stage may be counted"
                    + " over different periods; none is ever rescaled to another.",
            examples = "month",
            nullable = true)
        String period,
    @Schema(
            description = "The figure in effect on this date; absent when none is.",
            nullable = true)
        SeriesFigure figure,
    @Schema(description = "The value the statistics use.", nullable = true) ValueView value,
    @Schema(description = "Conversion from the base stage.", nullable = true)
        DerivedView conversion,
    @Schema(description = "For a partial review, the share of its base reviewed.", nullable = true)
        DerivedView coverage,
    @Schema(
            description =
                "What the stage implied for the whole population then: logical bounds and the"
                    + " exact interval, with the assumption.",
            nullable = true)
        ExtrapolationView extrapolation,
    @Schema(
            description =
                "Other figures of the stage dated this day, not in effect: replaced by a"
                    + " later-recorded figure (a correction; superseded), ranked deprecated, or"
                    + " competing with the figure in effect and not chosen (rank and superseded say"
                    + " which).")
        List<SeriesFigure> replaced,
    @Schema(description = "The statistics' notes for the stage on this date.")
        List<String> notes) {}
