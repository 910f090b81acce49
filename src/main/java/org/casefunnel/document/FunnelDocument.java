package org.casefunnel.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.casefunnel.common.problem.CompleteAsSent;
import org.casefunnel.figure.FigureSpec;
import org.casefunnel.funnel.FunnelSpec;
import org.casefunnel.funnel.StageSpec;
import org.casefunnel.source.SourceSpec;
import org.casefunnel.statement.StatementSpec;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole funnel in one JSON document: the interchange format. Parts refer to each other by ids the
 * client chooses (sources and statements by {@code id}, stages by {@code key}).
 */
@Schema(
    name = "FunnelDocument",
    description =
        "A whole funnel with its sources, statements, stages and figures, cross-referenced by"
            + " ids the client chooses. Within a stage, figures are recorded in document order: a later"
            + " one supersedes an earlier one, unless the two compete (same asOf or both undated,"
            + " different values, no statement in common), when both stay current and their ranks"
            + " decide which counts (docs/competing-figures.md). A figure's sequence and"
            + " supersedes, as the export writes them, restore its place in the stage's history.")
public record FunnelDocument(
    @Schema(description = "The funnel itself.") @NotNull @Valid FunnelSpec funnel,
    @Schema(description = "Documents the statements stand in (at most 200).")
        @Size(max = MAX_SOURCES)
        List<@NotNull @Valid SourceSpec> sources,
    @Schema(description = "What was said, with quotes exactly as in the sources (at most 2000).")
        @Size(max = MAX_STATEMENTS)
        List<@NotNull @Valid StatementSpec> statements,
    @Schema(description = "Stages in funnel order (at most 100).") @Size(max = MAX_STAGES)
        List<@NotNull @Valid StageSpec> stages,
    @Schema(description = "Figures of the stages (at most 5000).") @Size(max = MAX_FIGURES)
        List<@NotNull @Valid FigureSpec> figures)
    implements CompleteAsSent {

  /** Limits on one document, documented in docs/api.md; beyond them the import is a 422. */
  public static final int MAX_SOURCES = 200;

  public static final int MAX_STATEMENTS = 2000;
  public static final int MAX_STAGES = 100;
  public static final int MAX_FIGURES = 5000;

  public List<SourceSpec> sourcesOrEmpty() {
    return sources == null ? List.of() : sources;
  }

  public List<StatementSpec> statementsOrEmpty() {
    return statements == null ? List.of() : statements;
  }

  public List<StageSpec> stagesOrEmpty() {
    return stages == null ? List.of() : stages;
  }

  public List<FigureSpec> figuresOrEmpty() {
    return figures == null ? List.of() : figures;
  }
}
