package org.casefunnel.extraction;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text to read quantities from. */
@Schema(name = "ExtractionRequest", description = "A text to find stated quantities in.")
public record ExtractionRequest(
    @Schema(
            description = "The text: an article, minutes, a transcript.",
            examples = "The commissioner said around 2,000 cases were reviewed.")
        @NotNull
        @Size(max = 1_000_000)
        String text) {}
