package org.casefunnel.funnel;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.casefunnel.figure.FigureView;
import org.casefunnel.model.Selection;
import org.casefunnel.model.Stage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stage as the API shows it, with its current figure. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Stage", description = "An ordered step of a funnel with its current figure.")
public record StageView(
    @Schema(description = "Key of the stage within its funnel.", examples = "reviewed") String key,
    @Schema(description = "Place of the stage in the funnel, from 0.", examples = "1") int position,
    @Schema(description = "Human-readable name.", examples = "Cases reviewed") String label,
    @Schema(description = "Key of the stage this one is a subset of.", nullable = true)
        String baseStage,
    @Schema(description = "What counts at this stage.", nullable = true) String definition,
    @Schema(description = "Ids of the statements that gave the definition.")
        List<String> definitionStatementIds,
    @Schema(
            description = "What the stage counts when it differs from the funnel's unit.",
            nullable = true)
        String unit,
    @Schema(description = "How the stage's cases were selected from its base.", nullable = true)
        Selection selection,
    @Schema(
            description = "Key of the stage whose extrapolation this stage estimates.",
            nullable = true)
        String estimates,
    @Schema(
            description =
                "The figure current at the time asked for; absent when the stage has none.",
            nullable = true)
        FigureView figure,
    @Schema(description = "Version for optimistic concurrency.") long version) {

  public static StageView of(Stage s, FigureView current) {
    return new StageView(
        s.key,
        s.position,
        s.label,
        s.baseStage == null ? null : s.baseStage.key,
        s.definition,
        s.definitionStatements.stream().map(st -> st.key).toList(),
        s.unit,
        s.selection,
        s.estimates,
        current,
        s.version);
  }

  public static StageSpec spec(Stage s) {
    return new StageSpec(
        s.key,
        s.label,
        s.baseStage == null ? null : s.baseStage.key,
        s.definition,
        s.definitionStatements.stream().map(st -> st.key).toList(),
        s.unit,
        s.selection,
        s.estimates);
  }
}
