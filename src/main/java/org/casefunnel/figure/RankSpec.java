package org.casefunnel.figure;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.casefunnel.model.FigureRank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A figure's rank as an editor sets it: the whole rank, replaced at once. */
@Schema(
    name = "FigureRankSpec",
    description =
        "How an editor weighs a figure against the figures it competes with"
            + " (docs/competing-figures.md). A preferred figure counts before normal ones; a"
            + " deprecated one is kept on record but is never current. Preferred and deprecated"
            + " need a reason.")
public record RankSpec(
    @Schema(description = "preferred, normal or deprecated.", examples = "preferred") @NotNull
        FigureRank rank,
    @Schema(
            description = "Why; required for preferred and deprecated, optional for normal.",
            examples = "The inspectorate counted the cases itself; the force's count is older.",
            nullable = true)
        @Size(max = 2000)
        String rankReason) {}
