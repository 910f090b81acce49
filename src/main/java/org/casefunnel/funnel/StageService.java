package org.casefunnel.funnel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.casefunnel.common.problem.BeanChecks;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.figure.FigureView;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureRepository;
import org.casefunnel.model.Funnel;
import org.casefunnel.model.FunnelChanges;
import org.casefunnel.model.FunnelRepository;
import org.casefunnel.model.RuleMessages;
import org.casefunnel.model.Stage;
import org.casefunnel.model.StageGraph;
import org.casefunnel.model.StageRepository;
import org.casefunnel.model.Statement;
import org.casefunnel.model.StatementRepository;

@ApplicationScoped
public class StageService {

  private final StageRepository stages;
  private final FigureRepository figures;
  private final FunnelRepository funnels;
  private final StatementRepository statements;
  private final FunnelChanges changes;
  private final BeanChecks beanChecks;
  private final FunnelService funnelViews;

  public StageService(
      StageRepository stages,
      FigureRepository figures,
      FunnelRepository funnels,
      StatementRepository statements,
      FunnelChanges changes,
      BeanChecks beanChecks,
      FunnelService funnelViews) {
    this.stages = stages;
    this.figures = figures;
    this.funnels = funnels;
    this.statements = statements;
    this.changes = changes;
    this.beanChecks = beanChecks;
    this.funnelViews = funnelViews;
  }

  @Transactional
  public List<StageView> list(String funnelId) {
    return funnelViews.view(funnelId, null).stages();
  }

  @Transactional
  public StageView get(String funnelId, String key) {
    Stage s = stages.require(funnels.require(funnelId), key);
    return view(s);
  }

  public Saved create(String funnelId, StageSpec spec, String ifMatch) {
    return changes.append(
        funnelId,
        ifMatch,
        f -> f,
        FunnelChanges::etag,
        (funnel, same) -> {
          beanChecks.require(spec);
          if (stages.findByKey(funnelId, spec.key()).isPresent()) {
            throw ProblemException.conflict(
                RuleMessages.taken(funnelId, "stage with key", spec.key()));
          }
          Stage s = new Stage();
          s.funnel = funnel;
          s.position = stages.nextPosition(funnelId);
          checkEstimates(s, spec);
          apply(s, spec, base(s, spec), definedBy(funnelId, spec));
          stages.persist(s);
          return Saved.of(s, StageView.of(s, null));
        });
  }

  /**
   * Adds a stage of a document import, whose references the import has checked; base stages are
   * linked afterwards, once every stage exists.
   */
  public Stage add(Funnel funnel, StageSpec spec, int position, List<Statement> definedBy) {
    Stage s = new Stage();
    s.funnel = funnel;
    s.position = position;
    apply(s, spec, null, definedBy);
    stages.persist(s);
    return s;
  }

  public Saved update(String funnelId, String key, StageSpec spec, String ifMatch) {
    return edit(funnelId, key, current -> spec, ifMatch);
  }

  /**
   * An update whose new spec is computed from the current one, read under the write lock (a merge
   * patch), so the precondition and the edit see the same state; then the same change as a PUT.
   */
  public Saved edit(String funnelId, String key, UnaryOperator<StageSpec> edit, String ifMatch) {
    return changes.modify(
        () -> funnelId,
        ifMatch,
        f -> stages.require(f, key),
        FunnelChanges::etag,
        (funnel, s) ->
            edit.apply(StageView.spec(s)).stored().equals(StageView.spec(s).stored())
                ? Optional.of(Saved.of(s, view(s)))
                : Optional.empty(),
        (funnel, s) -> {
          StageSpec spec = edit.apply(StageView.spec(s));
          beanChecks.require(spec);
          if (!key.equals(spec.key()) && stages.findByKey(funnelId, spec.key()).isPresent()) {
            throw ProblemException.conflict(
                RuleMessages.taken(funnelId, "stage with key", spec.key()));
          }
          checkEstimates(s, spec);
          if (!key.equals(spec.key())) {
            // a rename carries every link to the stage along: baseStage by id, estimates by key
            stages.estimating(funnelId, key).forEach(d -> d.estimates = spec.key());
          }
          apply(s, spec, base(s, spec), definedBy(funnelId, spec));
          if (!key.equals(spec.key())) {
            changes.renamed(figures.history(s));
          }
          stages.flush();
          return Saved.of(s, view(s));
        });
  }

  public void delete(String funnelId, String key, String ifMatch) {
    changes.modify(
        funnelId,
        ifMatch,
        f -> stages.require(f, key),
        FunnelChanges::etag,
        (funnel, s) -> {
          // one rule for both links between stages: neither may be left naming nothing
          List<String> dependants = stages.linkingTo(s).stream().map(d -> d.key).toList();
          if (!dependants.isEmpty()) {
            throw ProblemException.conflict(RuleMessages.stillLinked(key, dependants));
          }
          // one by one, newest first, so the audit history records each figure's deletion
          List<Figure> history = new ArrayList<>(figures.history(s));
          Collections.reverse(history);
          history.forEach(figures::delete);
          stages.delete(s);
          return null;
        });
  }

  /**
   * A stage as a write leaves it, with its own tag: the tag names the stage's server id, which the
   * view does not show, so it is taken here, from the entity ({@link FunnelChanges#etag(Stage)}).
   */
  public record Saved(StageView view, String etag) {
    static Saved of(Stage s, StageView view) {
      return new Saved(view, FunnelChanges.etag(s));
    }
  }

  private StageView view(Stage s) {
    return StageView.of(s, figures.current(s).map(FigureView::of).orElse(null));
  }

  /** The base a stage names, checked: it exists, and the links it makes do not loop. */
  private Stage base(Stage s, StageSpec spec) {
    if (spec.baseStage() == null) {
      return null;
    }
    String funnelId = s.funnel.id;
    if (spec.baseStage().equals(spec.key())) {
      throw ProblemException.invalid("/baseStage", RuleMessages.ownBase());
    }
    Stage base =
        stages
            .findByKey(funnelId, spec.baseStage())
            .orElseThrow(
                () ->
                    ProblemException.invalid("/baseStage", RuleMessages.noStage(spec.baseStage())));
    Map<String, String> links = new HashMap<>();
    for (Stage other : stages.listByFunnel(funnelId)) {
      links.put(other.key, other.baseStage == null ? null : other.baseStage.key);
    }
    links.remove(s.key);
    links.put(spec.key(), spec.baseStage());
    if (!StageGraph.keysOnLoops(links).isEmpty()) {
      throw ProblemException.invalid("/baseStage", RuleMessages.loopsBackTo(spec.key()));
    }
    return base;
  }

  /**
   * The stage a stage estimates, checked: another stage of the same funnel, and the estimates links
   * do not loop (a projection compared with itself would say nothing).
   */
  private void checkEstimates(Stage s, StageSpec spec) {
    if (spec.estimates() == null) {
      return;
    }
    if (spec.estimates().equals(spec.key())) {
      throw ProblemException.invalid("/estimates", RuleMessages.estimatesItself());
    }
    String funnelId = s.funnel.id;
    Map<String, String> links = new HashMap<>();
    for (Stage other : stages.listByFunnel(funnelId)) {
      // a rename carries the links to the stage along (edit), so they are checked as carried
      boolean toRenamed = s.key != null && s.key.equals(other.estimates);
      links.put(other.key, toRenamed ? spec.key() : other.estimates);
    }
    // the stage as it was (an update may rename it) gives way to the stage as it will be
    if (s.key != null) {
      links.remove(s.key);
    }
    links.put(spec.key(), spec.estimates());
    if (!links.containsKey(spec.estimates())) {
      throw ProblemException.invalid("/estimates", RuleMessages.noStage(spec.estimates()));
    }
    if (!StageGraph.keysOnLoops(links).isEmpty()) {
      throw ProblemException.invalid("/estimates", RuleMessages.estimatesLoopBackTo(spec.key()));
    }
  }

  private List<Statement> definedBy(String funnelId, StageSpec spec) {
    return statements.resolve(
        funnelId, spec.definitionStatementIdsOrEmpty(), "/definitionStatementIds");
  }

  private static void apply(Stage s, StageSpec spec, Stage base, List<Statement> definedBy) {
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
