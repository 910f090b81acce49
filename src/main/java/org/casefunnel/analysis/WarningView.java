package org.casefunnel.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something a reader of the numbers must know; the data is stored as given, never fixed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "StatisticsWarning",
    description =
        "A consistency or quality warning about the figures. Inconsistent data is stored and"
            + " warned about, never silently fixed.")
public record WarningView(
    @Schema(
            description =
                "Stable code: stage_exceeds_base, projection_exceeds_extrapolation,"
                    + " mixed_as_of_dates, approximate_input, not_a_count, unknown_as_of,"
                    + " small_denominator,"
                    + " breakdown_does_not_add_up, representativeness_not_established,"
                    + " units_differ, definitions_differ, stage_missing, figure_not_in_quote,"
                    + " figure_more_precise_than_quote, conflicting_figures, date_in_future,"
                    + " figure_dated_after_source, statement_after_source,"
                    + " retrieved_before_published. A programme roll-up gives stage_exceeds_base"
                    + " and small_denominator for its summed figures too; a comparison gives"
                    + " mixed_as_of_dates for a stage whose funnels' figures hold as of different"
                    + " dates, and unknown_as_of for one where some are undated.",
            examples = "stage_exceeds_base")
        String code,
    @Schema(
            description = "Key of the stage it concerns; absent for the funnel as a whole.",
            examples = "in_scope",
            nullable = true)
        String stage,
    @Schema(description = "What is wrong, in words.") String message) {}
