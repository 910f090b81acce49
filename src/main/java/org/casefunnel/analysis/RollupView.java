package org.casefunnel.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A programme's funnels summed per stage key. */
@Schema(
    name = "ProgrammeRollup",
    description =
        "The funnels of a programme summed per stage key by interval arithmetic, with notes"
            + " where as-of dates, definitions or units differ.")
public record RollupView(
    @Schema(description = "The programme.", examples = "National test programme") String programme,
    @Schema(
            description = "The date the figures were chosen for, when asOf was given.",
            nullable = true)
        LocalDate asOf,
    @Schema(description = "Ids of the programme's funnels.") List<String> funnels,
    @Schema(description = "One row per stage key, in order of first appearance.") List<Row> stages,
    @Schema(description = "Where the sums are not like for like.") List<WarningView> warnings) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "ProgrammeRollupRow", description = "One stage key summed over the funnels.")
  public record Row(
      @Schema(description = "Stage key.", examples = "reviewed") String key,
      @Schema(description = "What is summed.", examples = "case") String unit,
      @Schema(description = "Rate period, when the stage is a rate.", nullable = true)
          String period,
      @Schema(
              description = "Sum over the funnels included (method sum; inputs by funnel id).",
              nullable = true)
          DerivedView total,
      @Schema(
              description =
                  "Conversion of this total from the total of the base stage key, over funnels"
                      + " having both, by interval arithmetic.",
              nullable = true)
          DerivedView conversion,
      @Schema(description = "Funnels whose figure is in the total.") List<String> included,
      @Schema(
              description =
                  "Funnels with the stage key but left out of the total, each with the reason.")
          List<String> excluded,
      @Schema(
              description =
                  "Funnels of the programme without this stage or without a figure in use (the"
                      + " notes name those whose figures are all ranked deprecated).")
          List<String> missing,
      @Schema(description = "What differs between the summed figures.") List<String> notes) {}
}
