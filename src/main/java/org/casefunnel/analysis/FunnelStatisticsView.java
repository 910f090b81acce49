package org.casefunnel.analysis;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The statistics of a whole funnel. */
@Schema(
    name = "FunnelStatistics",
    description =
        "Per stage: value, conversion, coverage, extrapolation, overall conversion, drop-off and"
            + " breakdown, each derived number with its method and inputs; and the warnings.")
public record FunnelStatisticsView(
    @Schema(description = "Slug id of the funnel.", examples = "met-group-cse-review")
        String funnelId,
    @Schema(description = "Title of the funnel.") String title,
    @Schema(description = "What the funnel counts.", examples = "case") String unit,
    @Schema(
            description = "The date the figures were chosen for, when asOf was given.",
            nullable = true)
        LocalDate asOf,
    @Schema(
            description = "Confidence level of every sampling interval (the exact extrapolation).",
            examples = "0.95")
        double confidenceLevel,
    @Schema(description = "Stages in funnel order.") List<StageStatisticsView> stages,
    @Schema(description = "Consistency and quality warnings.") List<WarningView> warnings) {}
