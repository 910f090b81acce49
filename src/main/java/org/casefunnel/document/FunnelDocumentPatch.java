package org.casefunnel.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.casefunnel.figure.FigureSpec;
import org.casefunnel.source.SourceSpec;
import org.casefunnel.statement.StatementSpec;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What to add to an existing funnel in one change: new sources, statements and figures, in the
 * funnel document's format. Statements name a source of the patch or of the funnel by id (key);
 * figures name a stage of the funnel and statements of the patch or of the funnel.
 */
@Schema(
    name = "FunnelDocumentPatch",
    description =
        "Sources, statements and figures to add to an existing funnel, all or nothing, in the"
            + " funnel document's format. Ids refer to parts of the patch or of the funnel (stages"
            + " by key). Within a stage, figures are recorded in order after its current one: a"
            + " later figure supersedes an earlier one.")
public record FunnelDocumentPatch(
    @Schema(description = "New sources (at most 200).") @Size(max = FunnelDocument.MAX_SOURCES)
        List<@NotNull @Valid SourceSpec> sources,
    @Schema(description = "New statements, quotes verbatim from their source (at most 2000).")
        @Size(max = FunnelDocument.MAX_STATEMENTS)
        List<@NotNull @Valid StatementSpec> statements,
    @Schema(description = "New figures of existing stages (at most 5000).")
        @Size(max = FunnelDocument.MAX_FIGURES)
        List<@NotNull @Valid FigureSpec> figures) {

  public List<SourceSpec> sourcesOrEmpty() {
    return sources == null ? List.of() : sources;
  }

  public List<StatementSpec> statementsOrEmpty() {
    return statements == null ? List.of() : statements;
  }

  public List<FigureSpec> figuresOrEmpty() {
    return figures == null ? List.of() : figures;
  }

  /** Whether it adds nothing: no source, statement or figure (an empty patch is no change). */
  public boolean addsNothing() {
    return sourcesOrEmpty().isEmpty()
        && statementsOrEmpty().isEmpty()
        && figuresOrEmpty().isEmpty();
  }
}
