package org.casefunnel.analysis;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A figure's breakdown checked against the whole, with each part's share. */
@Schema(name = "BreakdownStatistics", description = "A breakdown's parts, their sum and shares.")
public record BreakdownStatisticsView(
    @Schema(description = "What the figure is split by.", examples = "offence type")
        String dimension,
    @Schema(description = "Sum of the parts by interval arithmetic (method sum).") DerivedView sum,
    @Schema(description = "True when the parts can add up to the whole (their ranges meet).")
        boolean addsUp,
    @Schema(description = "The parts in their given order.") List<Part> parts) {

  @Schema(name = "BreakdownPartStatistics", description = "One part with its share of the whole.")
  public record Part(
      @Schema(description = "The category.", examples = "online") String category,
      @Schema(description = "The part's value.") ValueView value,
      @Schema(description = "Share of the whole (ratio or interval arithmetic).", nullable = true)
          DerivedView share) {}
}
