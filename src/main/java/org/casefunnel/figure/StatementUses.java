package org.casefunnel.figure;

import java.util.List;
import org.casefunnel.statement.StatementView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Provenance read backwards: what rests on a statement. */
@Schema(
    name = "StatementUses",
    description = "A statement with every figure and stage definition resting on it.")
public record StatementUses(
    @Schema(description = "The statement.") StatementView statement,
    @Schema(description = "Figures that cite the statement, superseded ones included.")
        List<FigureView> figures,
    @Schema(description = "Stage definitions the statement gave.")
        List<DefinitionUse> definitions) {

  @Schema(name = "DefinitionUse", description = "A stage whose definition rests on the statement.")
  public record DefinitionUse(
      @Schema(description = "Key of the stage.") String stage,
      @Schema(description = "Label of the stage.") String label,
      @Schema(description = "The stage's definition.", nullable = true) String definition) {}
}
