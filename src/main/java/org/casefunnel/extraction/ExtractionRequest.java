package org.casefunnel.extraction;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text to read quantities from. */
@Schema(name = "ExtractionRequest", description = "A text to find stated quantities in.")
public record ExtractionRequest(
    @Schema(
            description = "The text: an article, minutes, a transcript.",
            examples =
                "Met Commissioner Sir Mark Rowley told the London Assembly on Thursday that though"
                    + " the 9,000 cases were identified as potentially falling into the broad definition"
                    + " of \"grooming gangs\", upon a further review of 2,200 of them, just 1,200 remained"
                    + " in scope.")
        @NotNull
        @Size(max = 1_000_000)
        String text) {}
