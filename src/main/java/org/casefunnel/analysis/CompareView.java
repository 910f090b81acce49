package org.casefunnel.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Funnels side by side per stage key. */
@Schema(
    name = "FunnelComparison",
    description =
        "Funnels side by side per stage key, with warnings where a stage is missing, or its"
            + " definition, unit or the date its figures hold as of differs between funnels, and"
            + " each funnel's own warnings.")
public record CompareView(
    @Schema(
            description = "The date the figures were chosen for, when asOf was given.",
            nullable = true)
        LocalDate asOf,
    @Schema(description = "The funnels compared, in the order asked for.") List<String> funnels,
    @Schema(description = "One row per stage key, in order of first appearance.") List<Row> stages,
    @Schema(description = "Where the funnels' stages are not like for like.")
        List<WarningView> warnings,
    @Schema(
            description =
                "Each funnel's own warnings about it as a whole (those without a stage), as its"
                    + " statistics give them, in funnel order; those about a stage are in its"
                    + " entry.")
        List<FunnelWarnings> funnelWarnings) {

  @Schema(
      name = "FunnelComparisonFunnelWarnings",
      description = "One funnel's warnings about it as a whole.")
  public record FunnelWarnings(
      @Schema(description = "Funnel id.") String funnelId,
      @Schema(description = "Its warnings without a stage; empty when it has none.")
          List<WarningView> warnings) {}

  @Schema(name = "FunnelComparisonRow", description = "One stage key across the funnels.")
  public record Row(
      @Schema(description = "Stage key.", examples = "in_scope") String key,
      @Schema(description = "The stage in each funnel that has it, in funnel order.")
          List<Entry> entries) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "FunnelComparisonEntry", description = "A stage of one funnel.")
  public record Entry(
      @Schema(description = "Funnel id.") String funnelId,
      @Schema(description = "The stage's label in that funnel.") String label,
      @Schema(description = "The stage's definition in that funnel.", nullable = true)
          String definition,
      @Schema(description = "The stage's statistics in that funnel.")
          StageStatisticsView statistics,
      @Schema(
              description =
                  "That funnel's own warnings about this stage, as its statistics give them (the"
                      + " warnings its notes point to).")
          List<WarningView> warnings) {}
}
