package org.casefunnel.figure;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the changes feed, with the cursor to continue from. */
@Schema(
    name = "FigureChangesPage",
    description =
        "Changes in feed order (time, then added before superseded, then figure id). Pass next"
            + " as 'after' to get the following page, or to poll later for newer changes.")
public record ChangesPage(
    @Schema(description = "The changes on this page, oldest first.") List<ChangeView> items,
    @Schema(
            description =
                "Opaque cursor after the last change on this page (or the position asked for"
                    + " when the page is empty); always present, so a dashboard can poll with it.")
        String next,
    @Schema(description = "True when more changes follow at once (the page was full).")
        boolean more) {}
