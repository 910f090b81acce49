package org.casefunnel.figure;

import java.time.Instant;
import org.casefunnel.model.FigureRank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the changes feed: what happened to a figure, when and by whom. */
@Schema(
    name = "FigureChange",
    description =
        "A change of a figure: added, superseded, restored, ranked, deleted or moved, with the figure"
            + " as it"
            + " is now. Applying a funnel's changes in feed order tells which figures stand: added"
            + " (stands; a superseded change follows when it was recorded superseded), superseded"
            + " (a later figure replaced it), restored (stands again, because what superseded it"
            + " was deleted or deprecated), deleted (gone), ranked (its rank is now 'rank'), moved"
            + " (file it under the new 'stage'). A"
            + " figure is current while it stands and is not ranked deprecated.")
public record ChangeView(
    @Schema(description = "When the change happened.") Instant at,
    @Schema(
            description =
                "added (recorded), superseded (a newer figure replaced it), restored (it stands"
                    + " again: the figure that superseded it was deleted or deprecated), ranked"
                    + " (its rank changed, see 'rank'), deleted (removed; 'figure' is null), moved"
                    + " (its stage was renamed; 'stage' is the new key). Clients should skip kinds"
                    + " they do not know.",
            enumeration = {"added", "superseded", "restored", "ranked", "deleted", "moved"})
        String change,
    @Schema(description = "Funnel of the figure.", examples = "met-group-cse-review")
        String funnelId,
    @Schema(description = "Key of the figure's stage.", examples = "reviewed") String stage,
    @Schema(
            description =
                "The figure as it is now (not as it was at the change); null once the figure has"
                    + " been deleted.",
            nullable = true)
        FigureView figure,
    @Schema(description = "Id of the figure, also when it has been deleted.", examples = "285")
        long figureId,
    @Schema(
            description =
                "For added, the rank the figure was recorded with; for ranked, the rank it was"
                    + " given; null for other changes.",
            nullable = true)
        FigureRank rank,
    @Schema(
            description =
                "Who made the change: the user name to editors, to everyone else the configured"
                    + " pseudonym (casefunnel.history.public-author, 'editor' by default), as in the"
                    + " history; 'system' for the service itself; null for changes made before the"
                    + " feed recorded it.",
            nullable = true)
        String by) {

  ChangeView withBy(String shown) {
    return new ChangeView(at, change, funnelId, stage, figure, figureId, rank, shown);
  }
}
