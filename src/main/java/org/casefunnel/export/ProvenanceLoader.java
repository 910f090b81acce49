package org.casefunnel.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casefunnel.analysis.FunnelSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.SourceSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.StatementSnapshot;
import org.casefunnel.analysis.FunnelSnapshots;
import org.casefunnel.analysis.StatisticsService;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.export.FunnelProvenance.QuotedStatement;
import org.casefunnel.export.FunnelProvenance.RecordedFigure;
import org.casefunnel.history.HistoryService;
import org.casefunnel.history.RevisionView;
import org.casefunnel.model.BreakdownPart;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureRepository;
import org.casefunnel.model.Source;
import org.casefunnel.model.SourceRepository;
import org.casefunnel.model.StatementRepository;

/**
 * Reads a funnel's {@link FunnelProvenance}: the one place the PROV export touches entities. The
 * funnel's snapshot is the statistics' (cached per funnel revision); sources, statements and all
 * figures with their statements are read with one query each, a figure's breakdown parts lazily;
 * who compiled the funnel is the user of its first audited revision, unless that was the system
 * (the seed loader) or no one identified.
 */
@ApplicationScoped
public class ProvenanceLoader {

  private static final List<String> NO_PERSON = List.of("system", "anonymous");

  private final StatisticsService statistics;
  private final SourceRepository sources;
  private final StatementRepository statements;
  private final FigureRepository figures;
  private final HistoryService history;

  public ProvenanceLoader(
      StatisticsService statistics,
      SourceRepository sources,
      StatementRepository statements,
      FigureRepository figures,
      HistoryService history) {
    this.statistics = statistics;
    this.sources = sources;
    this.statements = statements;
    this.figures = figures;
    this.history = history;
  }

  /** The funnel's provenance, the compiler named by user name; 404 problem for no such funnel. */
  @Transactional
  public FunnelProvenance load(String funnelId) {
    FunnelSnapshot snapshot = statistics.reading(funnelId, null).snapshot();
    Map<Long, SourceSnapshot> sourceById = new HashMap<>();
    for (Source s : sources.listByFunnel(funnelId)) {
      sourceById.put(s.id, FunnelSnapshots.source(s));
    }
    Map<Long, StatementSnapshot> statementById = new HashMap<>();
    List<QuotedStatement> quoted =
        statements.listByFunnel(funnelId).stream()
            .map(
                st -> {
                  StatementSnapshot s = FunnelSnapshots.statement(st, sourceById.get(st.source.id));
                  statementById.put(st.id, s);
                  return new QuotedStatement(s, st.quoteStart, st.quoteEnd);
                })
            .toList();
    List<Figure> all = figures.listByFunnel(funnelId);
    // every figure's parts in one query, as the statistics load them (not one batch per 16 figures)
    Map<Long, List<BreakdownPart>> parts = figures.partsByFigure(all);
    List<RecordedFigure> recorded =
        all.stream()
            .map(
                f ->
                    new RecordedFigure(
                        f.stage.key,
                        FunnelSnapshots.figure(
                            f,
                            parts.getOrDefault(f.id, List.of()),
                            f.statements.stream().map(st -> statementById.get(st.id)).toList()),
                        f.recordedAt,
                        f.supersedes == null ? null : f.supersedes.id,
                        f.isCurrent()))
            .toList();
    return new FunnelProvenance(
        snapshot,
        sourceById.values().stream().sorted((a, b) -> Long.compare(a.id(), b.id())).toList(),
        quoted,
        recorded,
        compiler(funnelId));
  }

  private String compiler(String funnelId) {
    List<RevisionView> revisions;
    try {
      revisions = history.funnel(funnelId);
    } catch (ProblemException noHistory) {
      // a funnel older than its audit history: who compiled it is not recorded
      return null;
    }
    String by = revisions.isEmpty() ? null : revisions.getFirst().by();
    return by == null || NO_PERSON.contains(by) ? null : by;
  }
}
