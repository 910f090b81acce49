package org.casefunnel.funnel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A funnel's own fields, as written in a funnel document and in create and update requests. */
@Schema(name = "FunnelSpec", description = "The fields of a funnel that a client writes.")
public record FunnelSpec(
    @Schema(
            description =
                "Stable slug that identifies the funnel: lower-case letters, digits and"
                    + " hyphens.",
            examples = "met-group-cse-review")
        @NotBlank
        @Size(max = 100)
        @Pattern(
            regexp = "^[a-z0-9]+(-[a-z0-9]+)*$",
            message = "must be a slug of lower-case letters, digits and single hyphens")
        String id,
    @Schema(
            description = "Title of the review exercise.",
            examples = "Metropolitan Police review of group-based child sexual abuse cases")
        @NotBlank
        @Size(max = 500)
        String title,
    @Schema(
            description = "Organisation that runs the review.",
            examples = "Metropolitan Police Service")
        @NotBlank
        @Size(max = 300)
        String organisation,
    @Schema(description = "Area the review covers.", examples = "London") @NotBlank @Size(max = 300)
        String jurisdiction,
    @Schema(
            description = "Wider programme the review belongs to, if any (e.g. a national review).",
            nullable = true)
        @Size(max = 300)
        String programme,
    @Schema(description = "What the funnel counts.", examples = "case") @NotBlank @Size(max = 100)
        String unit,
    @Schema(description = "What the review is and how its figures came about.", nullable = true)
        @Size(max = 10000)
        String description) {}
