package org.casefunnel.funnel;

import java.time.Instant;
import org.casefunnel.model.Funnel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A funnel in a list: its own fields without stages. */
@Schema(name = "FunnelSummary", description = "A funnel as listed, without its stages.")
public record FunnelSummary(
    @Schema(description = "Slug id.", examples = "met-group-cse-review") String id,
    @Schema(description = "Title.") String title,
    @Schema(description = "Organisation that runs the review.") String organisation,
    @Schema(description = "Area the review covers.") String jurisdiction,
    @Schema(description = "Wider programme, if any.", nullable = true) String programme,
    @Schema(description = "What the funnel counts.") String unit,
    @Schema(description = "When the funnel or any of its parts last changed.") Instant updatedAt,
    @Schema(description = "Version for optimistic concurrency.") long version) {

  public static FunnelSummary of(Funnel f) {
    return new FunnelSummary(
        f.id, f.title, f.organisation, f.jurisdiction, f.programme, f.unit, f.updatedAt, f.version);
  }
}
