package org.casefunnel.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.casefunnel.common.problem.BeanChecks;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.model.FigureRepository;
import org.casefunnel.model.Funnel;
import org.casefunnel.model.FunnelChanges;
import org.casefunnel.model.FunnelRepository;
import org.casefunnel.model.RuleMessages;
import org.casefunnel.model.Source;
import org.casefunnel.model.SourceRepository;
import org.casefunnel.model.StageRepository;
import org.casefunnel.model.Statement;
import org.casefunnel.model.StatementRepository;
import org.casefunnel.model.Target;
import org.casefunnel.text.QuoteLocator;

@ApplicationScoped
public class StatementService {

  private final StatementRepository statements;
  private final SourceRepository sources;
  private final FigureRepository figures;
  private final StageRepository stages;
  private final FunnelRepository funnels;
  private final FunnelChanges changes;
  private final BeanChecks beanChecks;

  public StatementService(
      StatementRepository statements,
      SourceRepository sources,
      FigureRepository figures,
      StageRepository stages,
      FunnelRepository funnels,
      FunnelChanges changes,
      BeanChecks beanChecks) {
    this.statements = statements;
    this.sources = sources;
    this.figures = figures;
    this.stages = stages;
    this.funnels = funnels;
    this.changes = changes;
    this.beanChecks = beanChecks;
  }

  @Transactional
  public List<StatementView> list(String funnelId) {
    funnels.require(funnelId);
    return statements.listByFunnel(funnelId).stream().map(StatementView::of).toList();
  }

  @Transactional
  public StatementView get(long id) {
    return StatementView.of(statements.require(id));
  }

  public StatementView create(String funnelId, StatementSpec spec, String ifMatch) {
    return changes.append(
        funnelId,
        ifMatch,
        f -> f,
        FunnelChanges::etag,
        (funnel, same) -> {
          beanChecks.require(spec);
          if (statements.findByKey(funnelId, spec.id()).isPresent()) {
            throw ProblemException.conflict(
                RuleMessages.taken(funnelId, "statement with id", spec.id()));
          }
          return StatementView.of(add(funnel, spec, sourceOf(funnelId, spec)));
        });
  }

  /**
   * Stores a new statement, inside a change of its funnel: a single create, or an import that has
   * checked the source and the quote.
   */
  public Statement add(Funnel funnel, StatementSpec spec, Source source) {
    Statement s = new Statement();
    s.funnel = funnel;
    apply(s, spec, source);
    statements.persist(s);
    return s;
  }

  /** Replaces the statement's fields; its quote must stand verbatim in its (new) source. */
  public StatementView update(Target<Statement> target, StatementSpec spec, String ifMatch) {
    return change(target, s -> spec, ifMatch);
  }

  /** An edit (a merge patch) of the statement's current spec, then the same change as a PUT. */
  public StatementView edit(
      Target<Statement> target, UnaryOperator<StatementSpec> edit, String ifMatch) {
    return change(target, s -> edit.apply(spec(s)), ifMatch);
  }

  /** The statement with numeric id {@code id}. */
  public Target<Statement> byId(long id) {
    return statements.byId(id);
  }

  /** The statement its funnel cites as {@code key}. */
  public Target<Statement> byKey(String funnelId, String key) {
    return statements.byKey(funnelId, key);
  }

  /** The statement as a client writes it. */
  public static StatementSpec spec(Statement s) {
    return new StatementSpec(
        s.key, s.source.key, s.speaker, s.speakerRole, s.venue, s.madeOn, s.kind, s.quote);
  }

  @Transactional
  public StatementView get(String funnelId, String key) {
    funnels.require(funnelId);
    return StatementView.of(statements.require(funnelId, key));
  }

  private StatementView change(
      Target<Statement> target, Function<Statement, StatementSpec> specOf, String ifMatch) {
    return changes.modify(
        target.funnelOf(),
        ifMatch,
        target.find(),
        s -> StatementView.etag(s.id, s.version),
        (funnel, s) ->
            specOf.apply(s).equals(spec(s)) ? Optional.of(StatementView.of(s)) : Optional.empty(),
        (funnel, s) -> {
          StatementSpec spec = specOf.apply(s);
          beanChecks.require(spec);
          if (!s.key.equals(spec.id()) && statements.findByKey(funnel.id, spec.id()).isPresent()) {
            throw ProblemException.conflict(
                RuleMessages.taken(funnel.id, "statement with id", spec.id()));
          }
          apply(s, spec, sourceOf(funnel.id, spec));
          statements.flush();
          return StatementView.of(s);
        });
  }

  /** Deletes a statement no figure rests on and no stage is defined by. */
  public void delete(Target<Statement> target, String ifMatch) {
    changes.modify(
        target.funnelOf(),
        ifMatch,
        target.find(),
        s -> StatementView.etag(s.id, s.version),
        (funnel, s) -> {
          int figureUses = figures.restingOn(s.id).size();
          int definitionUses = stages.definedBy(s.id).size();
          if (figureUses > 0 || definitionUses > 0) {
            throw ProblemException.conflict(
                "Statement '"
                    + s.key
                    + "' is the provenance of "
                    + figureUses
                    + " figure(s) and "
                    + definitionUses
                    + " definition(s); it cannot be deleted.");
          }
          statements.delete(s);
          return null;
        });
  }

  private Source sourceOf(String funnelId, StatementSpec spec) {
    return sources
        .findByKey(funnelId, spec.sourceId())
        .orElseThrow(
            () -> ProblemException.invalid("/sourceId", RuleMessages.noSource(spec.sourceId())));
  }

  private static void apply(Statement s, StatementSpec spec, Source source) {
    QuoteLocator.Location at = null;
    if (source.text != null) {
      at =
          QuoteLocator.locate(source.text, spec.quote())
              .orElseThrow(
                  () -> ProblemException.invalid("/quote", RuleMessages.quoteNotIn(source.key)));
    }
    s.key = spec.id();
    s.source = source;
    s.speaker = spec.speaker();
    s.speakerRole = spec.speakerRole();
    s.venue = spec.venue();
    s.madeOn = spec.madeOn();
    s.kind = spec.kind();
    s.quote = spec.quote();
    s.locate(at);
  }
}
