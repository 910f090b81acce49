package org.casefunnel.funnel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casefunnel.common.problem.BeanChecks;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.common.web.Preconditions;
import org.casefunnel.figure.Figure;
import org.casefunnel.figure.FigureRepository;
import org.casefunnel.figure.FigureView;
import org.casefunnel.statement.Statement;
import org.casefunnel.statement.StatementService;

@ApplicationScoped
public class StageService {

  private final StageRepository stages;
  private final FigureRepository figures;
  private final FunnelService funnels;
  private final StatementService statements;
  private final BeanChecks beanChecks;

  public StageService(
      StageRepository stages,
      FigureRepository figures,
      FunnelService funnels,
      StatementService statements,
      BeanChecks beanChecks) {
    this.stages = stages;
    this.figures = figures;
    this.funnels = funnels;
    this.statements = statements;
    this.beanChecks = beanChecks;
  }

  @Transactional
  public List<StageView> list(String funnelId) {
    return funnels.view(funnelId, null).stages();
  }

  @Transactional
  public StageView get(String funnelId, String key) {
    Stage s = require(funnelId, key);
    return StageView.of(s, figures.latest(s).map(FigureView::of).orElse(null));
  }

  @Transactional
  public StageView create(String funnelId, StageSpec spec) {
    beanChecks.require(spec);
    Funnel funnel = funnels.require(funnelId);
    if (stages.findByKey(funnelId, spec.key()).isPresent()) {
      throw ProblemException.conflict(
          "Funnel '" + funnelId + "' has a stage with key '" + spec.key() + "' already.");
    }
    Stage s = new Stage();
    s.funnel = funnel;
    s.position = stages.nextPosition(funnelId);
    apply(s, spec);
    stages.persist(s);
    funnels.touch(funnel);
    return StageView.of(s, null);
  }

  /** Stores a new stage of a document import; base stages are linked afterwards. */
  public Stage persistNew(Funnel funnel, StageSpec spec, int position, List<Statement> definedBy) {
    Stage s = new Stage();
    s.funnel = funnel;
    s.position = position;
    s.key = spec.key();
    s.label = spec.label();
    s.definition = spec.definition();
    s.unit = spec.unit();
    s.selection = spec.selection();
    s.estimates = spec.estimates();
    s.definitionStatements.addAll(definedBy);
    stages.persist(s);
    return s;
  }

  @Transactional
  public StageView update(String funnelId, String key, StageSpec spec, String ifMatch) {
    Stage s = require(funnelId, key);
    Preconditions.requireMatch(ifMatch, etag(s), s.funnel.id, s.funnel.version, s.funnel.updatedAt);
    beanChecks.require(spec);
    if (!key.equals(spec.key()) && stages.findByKey(funnelId, spec.key()).isPresent()) {
      throw ProblemException.conflict("Funnel has a stage with key '" + spec.key() + "' already.");
    }
    apply(s, spec);
    // the version check happens here, inside the method, so a lost race is a 412 too
    stages.flush();
    funnels.touch(s.funnel);
    return StageView.of(s, figures.latest(s).map(FigureView::of).orElse(null));
  }

  @Transactional
  public void delete(String funnelId, String key, String ifMatch) {
    Stage s = require(funnelId, key);
    Preconditions.requireMatch(ifMatch, etag(s), s.funnel.id, s.funnel.version, s.funnel.updatedAt);
    long dependants = stages.countUsingAsBase(s);
    if (dependants > 0) {
      throw ProblemException.conflict(
          "Stage '"
              + key
              + "' is the base of "
              + dependants
              + " other stage(s); change those first.");
    }
    funnels.touch(s.funnel);
    // one by one, newest first, so the audit history records each figure's deletion
    List<Figure> history = new ArrayList<>(figures.history(s));
    Collections.reverse(history);
    history.forEach(figures::delete);
    stages.delete(s);
    stages.flush();
  }

  /** Strong ETag of a stage's current version. */
  public static String etag(Stage s) {
    return StageView.etag(s.funnel.id, s.key, s.version);
  }

  /**
   * Raises a stage's version when its figures change, so that its ETag (which covers the current
   * figure) changes too. One statement, not audited: the stage's own fields are unchanged.
   */
  public void touchStage(Stage s) {
    stages
        .getEntityManager()
        .createQuery("update Stage s set s.version = s.version + 1 where s.id = :id")
        .setParameter("id", s.id)
        .executeUpdate();
    stages.getEntityManager().refresh(s);
  }

  public Stage require(String funnelId, String key) {
    funnels.require(funnelId);
    return stages
        .findByKey(funnelId, key)
        .orElseThrow(() -> ProblemException.notFound("Stage", funnelId + "/" + key));
  }

  private void apply(Stage s, StageSpec spec) {
    String funnelId = s.funnel.id;
    Stage base = null;
    if (spec.baseStage() != null) {
      if (spec.baseStage().equals(spec.key())) {
        throw ProblemException.invalid("/baseStage", "a stage cannot be its own base");
      }
      base =
          stages
              .findByKey(funnelId, spec.baseStage())
              .orElseThrow(
                  () ->
                      ProblemException.invalid(
                          "/baseStage", "no stage has key '" + spec.baseStage() + "'"));
      Map<String, String> links = new HashMap<>();
      for (Stage other : stages.listByFunnel(funnelId)) {
        links.put(other.key, other.baseStage == null ? null : other.baseStage.key);
      }
      links.remove(s.key);
      links.put(spec.key(), spec.baseStage());
      if (!StageGraph.keysOnLoops(links).isEmpty()) {
        throw ProblemException.invalid(
            "/baseStage", "base-stage links would loop back to stage '" + spec.key() + "'");
      }
    }
    List<Statement> definedBy =
        statements.resolve(
            funnelId, spec.definitionStatementIdsOrEmpty(), "/definitionStatementIds");
    s.key = spec.key();
    s.label = spec.label();
    s.baseStage = base;
    s.definition = spec.definition();
    s.unit = spec.unit();
    s.selection = spec.selection();
    s.estimates = spec.estimates();
    s.definitionStatements.clear();
    s.definitionStatements.addAll(definedBy);
  }
}
