package org.casefunnel.figure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.casefunnel.common.problem.BeanChecks;
import org.casefunnel.common.problem.ProblemError;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.model.BreakdownPart;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureRepository;
import org.casefunnel.model.FunnelChanges;
import org.casefunnel.model.FunnelRepository;
import org.casefunnel.model.Stage;
import org.casefunnel.model.StageRepository;
import org.casefunnel.model.Statement;
import org.casefunnel.model.StatementRepository;
import org.casefunnel.statement.StatementView;

@ApplicationScoped
public class FigureService {

  private final FigureRepository figures;
  private final StageRepository stages;
  private final StatementRepository statements;
  private final FunnelRepository funnels;
  private final FunnelChanges changes;
  private final BeanChecks beanChecks;

  public FigureService(
      FigureRepository figures,
      StageRepository stages,
      StatementRepository statements,
      FunnelRepository funnels,
      FunnelChanges changes,
      BeanChecks beanChecks) {
    this.figures = figures;
    this.stages = stages;
    this.statements = statements;
    this.funnels = funnels;
    this.changes = changes;
    this.beanChecks = beanChecks;
  }

  @Transactional
  public List<FigureView> history(String funnelId, String stageKey) {
    return figures.history(stages.require(funnels.require(funnelId), stageKey)).stream()
        .map(FigureView::of)
        .toList();
  }

  @Transactional
  public FigureView get(long id) {
    return FigureView.of(figures.require(id));
  }

  /** Records a new figure of a stage; it supersedes the stage's current figure. */
  public FigureView add(String funnelId, String stageKey, FigureSpec spec) {
    beanChecks.require(spec);
    List<ProblemError> errors = new ArrayList<>();
    if (!stageKey.equals(spec.stage())) {
      errors.add(
          new ProblemError("/stage", "must match the stage in the path ('" + stageKey + "')"));
    }
    FigureRules.check(spec, "", errors);
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    return changes.append(
        funnelId,
        f -> stages.require(f, stageKey),
        (funnel, stage) -> {
          List<Statement> cited =
              statements.resolve(funnelId, spec.statementIds(), "/statementIds");
          Figure f =
              record(stage, spec, cited, FunnelChanges.now(), figures.latest(stage).orElse(null));
          return FigureView.of(f);
        });
  }

  /**
   * Stores a figure as the newest of its stage, superseding {@code previous} (the stage's latest
   * figure, or null); shared by single writes and document imports.
   */
  public Figure record(
      Stage stage, FigureSpec spec, List<Statement> cited, Instant now, Figure previous) {
    return record(stage, spec, cited, now, previous, false);
  }

  /**
   * As {@link #record(Stage, FigureSpec, List, Instant, Figure)}; {@code supersededLater} stores
   * the figure as superseded at {@code now} at once, when an import knows a later figure of the
   * stage follows, which saves an update of every superseded figure.
   */
  public Figure record(
      Stage stage,
      FigureSpec spec,
      List<Statement> cited,
      Instant now,
      Figure previous,
      boolean supersededLater) {
    Figure f = new Figure();
    f.funnel = stage.funnel;
    f.stage = stage;
    f.sequence = previous == null ? 1 : previous.sequence + 1;
    f.count = spec.count();
    f.low = spec.count() == null ? spec.low() : null;
    f.high = spec.count() == null ? spec.high() : null;
    f.approximate = spec.isApproximate();
    f.status = spec.status();
    f.asOf = spec.asOf();
    f.period = spec.period();
    f.wording = spec.wording();
    f.note = spec.note();
    f.recordedAt = now;
    f.statements.addAll(cited);
    f.supersededAt = supersededLater ? now : null;
    if (spec.breakdown() != null) {
      f.breakdownDimension = spec.breakdown().dimension();
      List<BreakdownSpec.Part> parts = spec.breakdown().parts();
      for (int i = 0; i < parts.size(); i++) {
        BreakdownSpec.Part p = parts.get(i);
        BreakdownPart part = new BreakdownPart();
        part.figure = f;
        part.position = i;
        part.category = p.category();
        part.count = p.count();
        part.low = p.count() == null ? p.low() : null;
        part.high = p.count() == null ? p.high() : null;
        part.approximate = p.isApproximate();
        f.breakdownParts.add(part);
      }
    }
    if (previous != null) {
      f.supersedes = previous;
      previous.supersededAt = now;
    }
    figures.persist(f);
    return f;
  }

  /**
   * Removes a figure entered by mistake. A correction is a new figure instead; deleting the current
   * figure makes the one it superseded current again.
   */
  public void delete(long id, String ifMatch) {
    changes.modify(
        () -> figures.funnelOf(id),
        ifMatch,
        funnel -> figures.require(id),
        f -> FigureView.etag(f.id, f.version),
        (funnel, f) -> {
          Figure successor = figures.successorOf(f).orElse(null);
          if (successor != null) {
            successor.supersedes = f.supersedes;
          } else if (f.supersedes != null) {
            f.supersedes.supersededAt = null;
          }
          // the stage's tag covers its current figure
          changes.touch(f.stage);
          figures.delete(f);
          return null;
        });
  }

  /** Every figure and stage definition that rests on a statement. */
  @Transactional
  public StatementUses uses(long statementId) {
    return uses(statements.require(statementId));
  }

  /** As {@link #uses(long)}, for the statement a funnel calls {@code key}. */
  @Transactional
  public StatementUses uses(String funnelId, String key) {
    funnels.require(funnelId);
    return uses(
        statements
            .findByKey(funnelId, key)
            .orElseThrow(() -> ProblemException.notFound("Statement", key)));
  }

  private StatementUses uses(Statement s) {
    List<FigureView> figs = figures.restingOn(s.id).stream().map(FigureView::of).toList();
    List<StatementUses.DefinitionUse> defs =
        stages.definedBy(s.id).stream()
            .map(st -> new StatementUses.DefinitionUse(st.key, st.label, st.definition))
            .toList();
    return new StatementUses(StatementView.of(s), figs, defs);
  }

  /** A figure with its statements, their sources, and where each quote stands. */
  @Transactional
  public FigureProvenance provenance(long id) {
    Figure f = figures.require(id);
    List<FigureProvenance.Evidence> evidence =
        f.statements.stream()
            .map(
                s ->
                    new FigureProvenance.Evidence(
                        StatementView.of(s), FigureProvenance.SourceRef.of(s.source)))
            .toList();
    return new FigureProvenance(FigureView.of(f), evidence);
  }
}
