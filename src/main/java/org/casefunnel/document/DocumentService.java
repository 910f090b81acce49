package org.casefunnel.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casefunnel.common.problem.ProblemError;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.figure.FigureService;
import org.casefunnel.figure.FigureSpec;
import org.casefunnel.figure.FigureView;
import org.casefunnel.funnel.FunnelService;
import org.casefunnel.funnel.FunnelView;
import org.casefunnel.funnel.StageService;
import org.casefunnel.funnel.StageSpec;
import org.casefunnel.funnel.StageView;
import org.casefunnel.model.ChangeTimes;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureRepository;
import org.casefunnel.model.Funnel;
import org.casefunnel.model.FunnelChanges;
import org.casefunnel.model.Source;
import org.casefunnel.model.SourceRepository;
import org.casefunnel.model.Stage;
import org.casefunnel.model.StageRepository;
import org.casefunnel.model.Statement;
import org.casefunnel.model.StatementRepository;
import org.casefunnel.source.SourceService;
import org.casefunnel.source.SourceSpec;
import org.casefunnel.statement.StatementService;
import org.casefunnel.statement.StatementSpec;

/** Imports and exports whole funnels as funnel documents. */
@ApplicationScoped
public class DocumentService {

  private final DocumentChecker checker;
  private final FunnelService funnels;
  private final SourceService sourceService;
  private final StatementService statementService;
  private final StageService stageService;
  private final FigureService figureService;
  private final SourceRepository sources;
  private final StatementRepository statements;
  private final StageRepository stages;
  private final FigureRepository figures;
  private final ImportMetrics importMetrics;
  private final FunnelChanges changes;

  public DocumentService(
      DocumentChecker checker,
      FunnelService funnels,
      SourceService sourceService,
      StatementService statementService,
      StageService stageService,
      FigureService figureService,
      SourceRepository sources,
      StatementRepository statements,
      StageRepository stages,
      FigureRepository figures,
      ImportMetrics importMetrics,
      FunnelChanges changes) {
    this.checker = checker;
    this.funnels = funnels;
    this.sourceService = sourceService;
    this.statementService = statementService;
    this.stageService = stageService;
    this.figureService = figureService;
    this.sources = sources;
    this.statements = statements;
    this.stages = stages;
    this.figures = figures;
    this.importMetrics = importMetrics;
    this.changes = changes;
  }

  /**
   * Stores a whole funnel, all or nothing: every error in the document is reported in one problem
   * and nothing is stored.
   */
  @Transactional
  public FunnelView importDocument(FunnelDocument doc) {
    ImportMetrics.Outcome outcome = importMetrics.watch();
    try {
      return importChecked(doc);
    } catch (ProblemException e) {
      outcome.rejected();
      throw e;
    }
  }

  private FunnelView importChecked(FunnelDocument doc) {
    List<ProblemError> errors = checker.check(doc);
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    return changes.create(doc.funnel().id(), () -> store(doc));
  }

  /** Stores a checked document, inside the change that creates its funnel. */
  private FunnelView store(FunnelDocument doc) {
    Funnel funnel = funnels.add(doc.funnel());
    Map<String, Source> sourceByKey = new HashMap<>();
    for (SourceSpec s : doc.sourcesOrEmpty()) {
      sourceByKey.put(s.id(), sourceService.add(funnel, s));
    }
    Map<String, Statement> statementByKey = new HashMap<>();
    for (StatementSpec s : doc.statementsOrEmpty()) {
      statementByKey.put(s.id(), statementService.add(funnel, s, sourceByKey.get(s.sourceId())));
    }
    Map<String, Stage> stageByKey = new HashMap<>();
    List<StageSpec> stageSpecs = doc.stagesOrEmpty();
    for (int i = 0; i < stageSpecs.size(); i++) {
      StageSpec s = stageSpecs.get(i);
      stageByKey.put(
          s.key(),
          stageService.add(funnel, s, i, pick(statementByKey, s.definitionStatementIdsOrEmpty())));
    }
    for (StageSpec s : stageSpecs) {
      if (s.baseStage() != null) {
        stageByKey.get(s.key()).baseStage = stageByKey.get(s.baseStage());
      }
    }
    Instant now = ChangeTimes.now();
    List<FigureSpec> figureSpecs = doc.figuresOrEmpty();
    // each figure's place decided before storing, so a superseded figure is stored superseded at
    // once (no update of it afterwards)
    StageHistories.Place[] places = StageHistories.places(figureSpecs);
    List<Figure> recorded = new ArrayList<>();
    for (int i = 0; i < figureSpecs.size(); i++) {
      FigureSpec f = figureSpecs.get(i);
      StageHistories.Place p = places[i];
      recorded.add(
          figureService.record(
              stageByKey.get(f.stage()),
              f,
              pick(statementByKey, f.statementIds()),
              now,
              p.sequence(),
              p.supersedes() == -1 ? null : recorded.get(p.supersedes()),
              p.superseded()));
    }
    stages.flush();
    return funnels.view(funnel.id, null);
  }

  /** The funnel as a document that imports back into an empty service unchanged. */
  @Transactional
  public FunnelDocument export(String funnelId) {
    Funnel funnel = funnels.require(funnelId);
    List<SourceSpec> sourceSpecs =
        sources.listByFunnel(funnelId).stream().map(SourceService::spec).toList();
    List<StatementSpec> statementSpecs =
        statements.listByFunnel(funnelId).stream().map(StatementService::spec).toList();
    List<StageSpec> stageSpecs =
        stages.listByFunnel(funnelId).stream().map(StageView::spec).toList();
    List<FigureSpec> figureSpecs =
        figures.listByFunnel(funnelId).stream().map(FigureView::spec).toList();
    return new FunnelDocument(
        FunnelView.spec(funnel), sourceSpecs, statementSpecs, stageSpecs, figureSpecs);
  }

  /** The statements named, in order; the checker has refused unknown and repeated ids. */
  private static List<Statement> pick(Map<String, Statement> byKey, List<String> keys) {
    return keys.stream().map(byKey::get).toList();
  }
}
