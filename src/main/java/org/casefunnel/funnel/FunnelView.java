package org.casefunnel.funnel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casefunnel.common.web.ETags;
import org.casefunnel.model.Funnel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A funnel with its stages in order, each with the figure current at the time asked for. */
@Schema(name = "Funnel", description = "A funnel with its stages and each stage's current figure.")
public record FunnelView(
    @Schema(description = "Slug id.", examples = "met-group-cse-review") String id,
    @Schema(description = "Title.") String title,
    @Schema(description = "Organisation that runs the review.") String organisation,
    @Schema(description = "Area the review covers.") String jurisdiction,
    @Schema(description = "Wider programme, if any.", nullable = true) String programme,
    @Schema(description = "What the funnel counts.") String unit,
    @Schema(description = "What the review is.", nullable = true) String description,
    @Schema(
            description = "The date the figures were chosen for, when asOf was given.",
            nullable = true)
        LocalDate asOf,
    @Schema(description = "Stages in funnel order.") List<StageView> stages,
    @Schema(description = "When the funnel or any of its parts last changed.") Instant updatedAt,
    @Schema(description = "Version for optimistic concurrency.") long version) {

  public static FunnelSpec spec(Funnel f) {
    return new FunnelSpec(
        f.id, f.title, f.organisation, f.jurisdiction, f.programme, f.unit, f.description);
  }

  /** Strong ETag of this representation: the funnel's version, varied by asOf. */
  public String etag() {
    return ETags.ofFunnel(id, version, updatedAt, asOf == null ? "" : asOf.toString());
  }
}
