package org.casefunnel.figure;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the changes feed: a figure added or superseded at a time. */
@Schema(
    name = "FigureChange",
    description = "A figure added or superseded, with the figure as it is now.")
public record ChangeView(
    @Schema(description = "When the change happened.") Instant at,
    @Schema(
            description = "added (recorded) or superseded (a newer figure replaced it).",
            enumeration = {"added", "superseded"})
        String change,
    @Schema(description = "Funnel of the figure.", examples = "met-group-cse-review")
        String funnelId,
    @Schema(description = "Key of the figure's stage.", examples = "reviewed") String stage,
    @Schema(description = "The figure as it is now.") FigureView figure) {}
