package org.casefunnel.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casefunnel.common.problem.BeanChecks;
import org.casefunnel.common.problem.ProblemError;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.figure.FigureService;
import org.casefunnel.figure.FigureSpec;
import org.casefunnel.funnel.FunnelService;
import org.casefunnel.funnel.FunnelView;
import org.casefunnel.funnel.StageView;
import org.casefunnel.model.ChangeTimes;
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

/**
 * Applies a funnel-document patch to an existing funnel in one conditional change, all or nothing:
 * checked by the import's rules against the funnel as it stands under the write lock, stored
 * through the same add methods as single writes and imports.
 */
@ApplicationScoped
public class DocumentPatchService {

  private final BeanChecks beanChecks;
  private final PatchChecker checker;
  private final FunnelChanges changes;
  private final FunnelService funnels;
  private final SourceService sourceService;
  private final StatementService statementService;
  private final FigureService figureService;
  private final SourceRepository sources;
  private final StatementRepository statements;
  private final StageRepository stages;
  private final FigureRepository figures;

  public DocumentPatchService(
      BeanChecks beanChecks,
      PatchChecker checker,
      FunnelChanges changes,
      FunnelService funnels,
      SourceService sourceService,
      StatementService statementService,
      FigureService figureService,
      SourceRepository sources,
      StatementRepository statements,
      StageRepository stages,
      FigureRepository figures) {
    this.beanChecks = beanChecks;
    this.checker = checker;
    this.changes = changes;
    this.funnels = funnels;
    this.sourceService = sourceService;
    this.statementService = statementService;
    this.figureService = figureService;
    this.sources = sources;
    this.statements = statements;
    this.stages = stages;
    this.figures = figures;
  }

  /** Applies the patch if {@code ifMatch} names the funnel's current version (428, 412 else). */
  public FunnelView apply(String funnelId, FunnelDocumentPatch patch, String ifMatch) {
    return changes.modify(
        () -> funnelId,
        ifMatch,
        f -> f,
        FunnelChanges::etag,
        // asked first once the funnel is found and the precondition holds: the body is judged
        // there, and a patch that adds nothing is no change (no version raised, no revision)
        (funnel, same) -> {
          beanChecks.require(patch);
          return patch.addsNothing()
              ? Optional.of(funnels.view(funnel.id, null))
              : Optional.empty();
        },
        (funnel, same) -> {
          List<ProblemError> errors = checker.check(current(funnel), patch);
          if (!errors.isEmpty()) {
            // thrown inside the change: its transaction, version raise included, rolls back
            throw ProblemException.invalid(errors);
          }
          store(funnel, patch);
          stages.flush();
          return funnels.view(funnel.id, null);
        });
  }

  private PatchChecker.Current current(Funnel funnel) {
    return new PatchChecker.Current(
        FunnelView.spec(funnel),
        sources.listByFunnel(funnel.id).stream().map(SourceService::spec).toList(),
        statements.listByFunnel(funnel.id).stream().map(StatementService::spec).toList(),
        stages.listByFunnel(funnel.id).stream().map(StageView::spec).toList());
  }

  private void store(Funnel funnel, FunnelDocumentPatch patch) {
    Map<String, Source> sourceByKey = new HashMap<>();
    for (SourceSpec s : patch.sourcesOrEmpty()) {
      sourceByKey.put(s.id(), sourceService.add(funnel, s));
    }
    Map<String, Statement> statementByKey = new HashMap<>();
    for (StatementSpec s : patch.statementsOrEmpty()) {
      Source source = sourceByKey.get(s.sourceId());
      if (source == null) {
        source = sources.require(funnel.id, s.sourceId());
      }
      statementByKey.put(s.id(), statementService.add(funnel, s, source));
    }
    Instant now = ChangeTimes.now();
    for (FigureSpec f : patch.figuresOrEmpty()) {
      Stage stage = stages.require(funnel, f.stage());
      figureService.append(stage, f, cited(funnel.id, f.statementIds(), statementByKey), now);
    }
  }

  /** The statements named, new or stored; the checker has refused unknown and repeated ids. */
  private List<Statement> cited(String funnelId, List<String> keys, Map<String, Statement> added) {
    List<Statement> out = new ArrayList<>();
    for (String k : keys) {
      Statement s = added.get(k);
      out.add(s != null ? s : statements.require(funnelId, k));
    }
    return out;
  }
}
