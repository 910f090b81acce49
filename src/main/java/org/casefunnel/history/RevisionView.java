package org.casefunnel.history;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision of a resource in its audit history. */
@Schema(name = "Revision", description = "One recorded change of a resource: who, when, what.")
public record RevisionView(
    @Schema(description = "Revision number, rising across the whole service.", examples = "42")
        long revision,
    @Schema(description = "When the change was committed.") Instant at,
    @Schema(
            description =
                "The authenticated user who made it, shown to editors only; other readers see"
                    + " casefunnel.history.public-author (\"editor\" by default). \"system\" for"
                    + " the seed loader.",
            examples = "editor")
        String by,
    @Schema(
            description = "What happened to the resource.",
            enumeration = {"created", "updated", "deleted"})
        String change,
    @Schema(
            description =
                "The resource's own fields as they were after the change (for a deletion, as"
                    + " they were when it was deleted).")
        Map<String, Object> state) {}
