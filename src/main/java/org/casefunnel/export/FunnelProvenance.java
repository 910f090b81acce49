package org.casefunnel.export;

import java.time.Instant;
import java.util.List;
import org.casefunnel.analysis.FunnelSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.FigureSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.SourceSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.StatementSnapshot;

/**
 * What the PROV export is a function of: the funnel's snapshot (its own fields and stages, as the
 * statistics and pages read it) and what provenance needs beyond the current figures there: every
 * source and statement of the funnel, every figure ever recorded (superseded and deprecated ones
 * too) and who compiled the funnel. Plain records, no entities.
 *
 * @param compiledBy who created the funnel, as the reader may see them (a user name for editors,
 *     the public pseudonym otherwise); null when no person did (the seed loader) or it is not
 *     recorded
 */
public record FunnelProvenance(
    FunnelSnapshot funnel,
    List<SourceSnapshot> sources,
    List<QuotedStatement> statements,
    List<RecordedFigure> figures,
    String compiledBy) {

  public FunnelProvenance {
    sources = List.copyOf(sources);
    statements = List.copyOf(statements);
    figures = List.copyOf(figures);
  }

  /** The same provenance with the compiler shown as {@code name}. */
  public FunnelProvenance compiledBy(String name) {
    return new FunnelProvenance(funnel, sources, statements, figures, name);
  }

  /** A statement with where its quote stands in its source (code points; null when not found). */
  public record QuotedStatement(StatementSnapshot statement, Integer start, Integer end) {}

  /**
   * A figure as recorded: its stage, when it was recorded, the figure it superseded (null for none)
   * and whether it is current (neither superseded nor deprecated).
   */
  public record RecordedFigure(
      String stageKey,
      FigureSnapshot figure,
      Instant recordedAt,
      Long supersedes,
      boolean current) {}
}
