package org.casefunnel.funnel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.casefunnel.model.Keys;
import org.casefunnel.model.Selection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stage as written in a funnel document and in create and update requests. */
@Schema(name = "StageSpec", description = "The fields of a stage that a client writes.")
public record StageSpec(
    @Schema(description = "Key of the stage, unique within its funnel.", examples = "reviewed")
        @NotBlank
        @Size(max = 100)
        @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE)
        String key,
    @Schema(description = "Human-readable name of the stage.", examples = "Cases reviewed")
        @NotBlank
        @Size(max = 300)
        String label,
    @Schema(
            description = "Key of the stage this one is a subset of; null for a first stage.",
            examples = "identified",
            nullable = true)
        @Size(max = 100)
        String baseStage,
    @Schema(
            description = "What counts at this stage, in the words of its source where possible.",
            examples = "any case with two or more suspects and at least one victim",
            nullable = true)
        @Size(max = 10000)
        String definition,
    // no uniqueItems: generators would turn the list into a set and change every client's types
    @Schema(
            description =
                "Ids of the statements that gave the definition, each once (a repeat is a 422).")
        @Size(max = 100)
        List<@NotNull @Size(max = 100) String> definitionStatementIds,
    @Schema(
            description =
                "What this stage counts, when it differs from the funnel's unit (for context"
                    + " stages such as offences recorded a month).",
            nullable = true)
        @Size(max = 100)
        String unit,
    @Schema(
            description =
                "How the cases of this stage were selected from its base, where the stage is"
                    + " a partial review: extrapolating from it assumes a representative selection.",
            nullable = true)
        Selection selection,
    @Schema(
            description =
                "Key of the stage whose extrapolation this stage is an estimate of, e.g. expected"
                    + " reinvestigations of the cases in scope. A projection is compared only"
                    + " with the extrapolation it declares. Must name another stage of the same"
                    + " funnel, and estimates links may not loop (422 pointing at /estimates).",
            examples = "in_scope",
            nullable = true)
        @Size(max = 100)
        String estimates) {

  public List<String> definitionStatementIdsOrEmpty() {
    return definitionStatementIds == null ? List.of() : definitionStatementIds;
  }

  /** This spec with no list of statements read as an empty one, as it is stored. */
  public StageSpec stored() {
    return new StageSpec(
        key,
        label,
        baseStage,
        definition,
        definitionStatementIdsOrEmpty(),
        unit,
        selection,
        estimates);
  }
}
