package org.casefunnel.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.casefunnel.model.Keys;
import org.casefunnel.model.WebAddresses;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source as written in a funnel document and in create and update requests. */
@Schema(name = "SourceSpec", description = "The fields of a source that a client writes.")
public record SourceSpec(
    @Schema(description = "Id of the source, unique within its funnel.", examples = "s1")
        @NotBlank
        @Size(max = 100)
        @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE)
        String id,
    @Schema(
            description = "Title of the document.",
            examples = "Met Police only investigating 'tens of cases' in grooming gangs probe")
        @NotBlank
        @Size(max = 1000)
        String title,
    @Schema(description = "Who published it.", examples = "GB News", nullable = true)
        @Size(max = 300)
        String publisher,
    @Schema(description = "Where it can be read.", nullable = true, format = "uri")
        @Size(max = 2000)
        @Pattern(regexp = WebAddresses.PATTERN, message = WebAddresses.MESSAGE)
        String url,
    @Schema(description = "Publication date; null when unknown.", nullable = true)
        LocalDate publishedOn,
    @Schema(description = "Date the text was retrieved; null when unknown.", nullable = true)
        LocalDate retrievedOn,
    @Schema(
            description =
                "Full text of the source. When present, every statement's quote must stand in"
                    + " it verbatim.",
            nullable = true)
        @Size(max = 1_000_000)
        String text) {}
