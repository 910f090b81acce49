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
import org.casefunnel.model.ChangeTimes;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureCompetition;
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

  /**
   * Records a new figure of a stage; it supersedes every current figure of the stage it does not
   * compete with and is not dated before ({@link org.casefunnel.model.FigureCompetition}).
   */
  public FigureView add(String funnelId, String stageKey, FigureSpec spec, String ifMatch) {
    return changes.append(
        funnelId,
        ifMatch,
        f -> stages.require(f, stageKey),
        FunnelChanges::etag,
        (funnel, stage) -> {
          check(stageKey, spec);
          List<Statement> cited =
              statements.resolve(funnelId, spec.statementIds(), "/statementIds");
          return FigureView.of(append(stage, spec, cited, ChangeTimes.now()));
        });
  }

  /** The figure's own rules, judged once its stage is found and the precondition holds. */
  private void check(String stageKey, FigureSpec spec) {
    beanChecks.require(spec);
    List<ProblemError> errors = new ArrayList<>();
    if (!stageKey.equals(spec.stage())) {
      errors.add(
          new ProblemError("/stage", "must match the stage in the path ('" + stageKey + "')"));
    }
    FigureRules.check(spec, "", errors);
    FigureRules.refusePlace(spec, "", errors);
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
  }

  /**
   * Stores a figure as the newest of its stage and settles which figures stand: it supersedes every
   * current figure it does not compete with, unless it is dated before them ({@link
   * FigureCompetition}). Shared by single writes and document patches (inside their write of the
   * funnel).
   */
  public Figure append(Stage stage, FigureSpec spec, List<Statement> cited, Instant now) {
    List<Figure> history = figures.history(stage);
    // the rule over the history with the new figure, decided before it is stored, so the new row
    // is written once
    List<FigureCompetition.Claim> claims = new ArrayList<>();
    history.forEach(h -> claims.add(FigureCompetition.Claim.of(h)));
    claims.add(spec.claim());
    int[] by = FigureCompetition.supersededBy(claims);
    int sequence = history.isEmpty() ? 1 : history.getLast().sequence + 1;
    Figure supersedes = Standings.lastSupersededBy(history, by, history.size());
    // dated before a standing figure, it is history filled in late: superseded from the start
    boolean superseded = by[history.size()] != -1;
    Figure f = record(stage, spec, cited, now, sequence, supersedes, superseded);
    Standings.apply(history, by, now);
    return f;
  }

  /**
   * Stores a figure of a stage with its place in the stage's history; shared by single writes and
   * document imports. {@code supersedes} is the latest figure it superseded (null for none); {@code
   * superseded} stores it as superseded at {@code now} at once, when an import knows a later figure
   * of the stage supersedes it, which saves an update.
   */
  public Figure record(
      Stage stage,
      FigureSpec spec,
      List<Statement> cited,
      Instant now,
      int sequence,
      Figure supersedes,
      boolean superseded) {
    Figure f = new Figure();
    f.funnel = stage.funnel;
    f.stage = stage;
    f.sequence = sequence;
    f.count = spec.count();
    f.low = spec.count() == null ? spec.low() : null;
    f.high = spec.count() == null ? spec.high() : null;
    f.approximate = spec.isApproximate();
    f.status = spec.status();
    f.asOf = spec.asOf();
    f.period = spec.period();
    f.wording = spec.wording();
    f.note = spec.note();
    f.rank = spec.rankOrNormal();
    f.rankReason = spec.rankReason();
    f.recordedAt = now;
    f.statements.addAll(cited);
    f.supersedes = supersedes;
    f.supersededAt = superseded ? now : null;
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
    figures.persist(f);
    return f;
  }

  /**
   * Removes a figure entered by mistake. A correction is a new figure instead; what the deleted
   * figure superseded stands again unless another figure supersedes it.
   */
  public void delete(long id, String ifMatch) {
    changes.modify(
        () -> figures.funnelOf(id),
        ifMatch,
        funnel -> figures.require(id),
        f -> FigureView.etag(f.id, f.version),
        (funnel, f) -> {
          for (Figure successor : figures.successorsOf(f)) {
            successor.supersedes = f.supersedes;
          }
          List<Figure> rest = new ArrayList<>(figures.history(f.stage));
          rest.remove(f);
          // the stage's tag covers its current figure
          changes.touch(f.stage);
          figures.delete(f);
          Standings.settle(rest, ChangeTimes.now());
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
            // named with its funnel, as every other read by key names it
            .orElseThrow(() -> ProblemException.notFound("Statement", funnelId + "/" + key)));
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
