package org.casefunnel.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.casefunnel.model.Keys;
import org.casefunnel.model.StatementKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A statement as written in a funnel document and in create and update requests. */
@Schema(name = "StatementSpec", description = "The fields of a statement that a client writes.")
public record StatementSpec(
    @Schema(description = "Id of the statement, unique within its funnel.", examples = "st1")
        @NotBlank
        @Size(max = 100)
        @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE)
        String id,
    @Schema(description = "Id of the source the statement stands in.", examples = "s1")
        @NotBlank
        @Size(max = 100)
        String sourceId,
    @Schema(description = "Who said it.", examples = "Sir Mark Rowley") @NotBlank @Size(max = 300)
        String speaker,
    @Schema(
            description = "The speaker's role.",
            examples = "Commissioner of the Metropolitan Police",
            nullable = true)
        @Size(max = 300)
        String speakerRole,
    @Schema(
            description = "Where or on what occasion it was said.",
            examples = "London Assembly meeting",
            nullable = true)
        @Size(max = 500)
        String venue,
    @Schema(
            description = "When it was said; null when the source does not say (never guessed).",
            nullable = true)
        LocalDate madeOn,
    @Schema(description = "How the source renders it.", examples = "reported_speech") @NotNull
        StatementKind kind,
    @Schema(description = "The words exactly as they stand in the source.")
        @NotBlank
        @Size(max = 20000)
        String quote) {}
