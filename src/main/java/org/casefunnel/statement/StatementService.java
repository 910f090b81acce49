package org.casefunnel.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casefunnel.common.problem.BeanChecks;
import org.casefunnel.common.problem.ProblemError;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.common.web.Preconditions;
import org.casefunnel.figure.FigureView;
import org.casefunnel.funnel.FunnelService;
import org.casefunnel.model.FigureRepository;
import org.casefunnel.model.Funnel;
import org.casefunnel.model.Source;
import org.casefunnel.model.SourceRepository;
import org.casefunnel.model.Stage;
import org.casefunnel.model.StageRepository;
import org.casefunnel.model.Statement;
import org.casefunnel.model.StatementRepository;
import org.casefunnel.text.QuoteLocator;

@ApplicationScoped
public class StatementService {

  private final StatementRepository statements;
  private final SourceRepository sources;
  private final FigureRepository figures;
  private final StageRepository stages;
  private final FunnelService funnels;
  private final BeanChecks beanChecks;

  public StatementService(
      StatementRepository statements,
      SourceRepository sources,
      FigureRepository figures,
      StageRepository stages,
      FunnelService funnels,
      BeanChecks beanChecks) {
    this.statements = statements;
    this.sources = sources;
    this.figures = figures;
    this.stages = stages;
    this.funnels = funnels;
    this.beanChecks = beanChecks;
  }

  @Transactional
  public List<StatementView> list(String funnelId) {
    funnels.require(funnelId);
    return statements.listByFunnel(funnelId).stream().map(StatementView::of).toList();
  }

  @Transactional
  public StatementView get(long id) {
    return StatementView.of(require(id));
  }

  @Transactional
  public StatementView create(String funnelId, StatementSpec spec) {
    beanChecks.require(spec);
    Funnel funnel = funnels.require(funnelId);
    if (statements.findByKey(funnelId, spec.id()).isPresent()) {
      throw ProblemException.conflict(
          "Funnel '" + funnelId + "' has a statement with id '" + spec.id() + "' already.");
    }
    Statement s = new Statement();
    s.funnel = funnel;
    apply(s, spec, sourceOf(funnelId, spec));
    statements.persist(s);
    funnels.touch(funnel);
    return StatementView.of(s);
  }

  /** Stores a new statement of a document import, whose quotes have been checked already. */
  public Statement persistNew(Funnel funnel, StatementSpec spec, Source source) {
    Statement s = new Statement();
    s.funnel = funnel;
    apply(s, spec, source);
    statements.persist(s);
    return s;
  }

  @Transactional
  public StatementView update(long id, StatementSpec spec, String ifMatch) {
    Statement s = require(id);
    Preconditions.requireMatch(
        ifMatch,
        StatementView.etag(s.id, s.version),
        s.funnel.id,
        s.funnel.version,
        s.funnel.updatedAt);
    beanChecks.require(spec);
    if (!s.key.equals(spec.id()) && statements.findByKey(s.funnel.id, spec.id()).isPresent()) {
      throw ProblemException.conflict(
          "Funnel has a statement with id '" + spec.id() + "' already.");
    }
    apply(s, spec, sourceOf(s.funnel.id, spec));
    // the version check happens here, inside the method, so a lost race is a 412 too
    statements.flush();
    funnels.touch(s.funnel);
    return StatementView.of(s);
  }

  @Transactional
  public void delete(long id, String ifMatch) {
    Statement s = require(id);
    Preconditions.requireMatch(
        ifMatch,
        StatementView.etag(s.id, s.version),
        s.funnel.id,
        s.funnel.version,
        s.funnel.updatedAt);
    StatementUses uses = uses(s);
    if (!uses.figures().isEmpty() || !uses.definitions().isEmpty()) {
      throw ProblemException.conflict(
          "Statement '"
              + s.key
              + "' is the provenance of "
              + uses.figures().size()
              + " figure(s) and "
              + uses.definitions().size()
              + " definition(s); it cannot be deleted.");
    }
    funnels.touch(s.funnel);
    statements.delete(s);
    statements.flush();
  }

  /** Every figure and stage definition that rests on a statement. */
  @Transactional
  public StatementUses uses(long id) {
    return uses(require(id));
  }

  private StatementUses uses(Statement s) {
    List<FigureView> figs = figures.restingOn(s.id).stream().map(FigureView::of).toList();
    List<StatementUses.DefinitionUse> defs =
        stages
            .list(
                "select s from Stage s join s.definitionStatements d where d.id = ?1 order by s.position",
                s.id)
            .stream()
            .map((Stage st) -> new StatementUses.DefinitionUse(st.key, st.label, st.definition))
            .toList();
    return new StatementUses(StatementView.of(s), figs, defs);
  }

  /**
   * Resolves statement ids of a funnel, in the order given. Unknown ids become errors pointing at
   * {@code at}/index.
   */
  public List<Statement> resolve(String funnelId, List<String> keys, String at) {
    Map<String, Statement> byKey =
        statements.findByKeys(funnelId, keys).stream()
            .collect(Collectors.toMap(s -> s.key, Function.identity()));
    List<ProblemError> errors = new ArrayList<>();
    List<Statement> out = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      Statement s = byKey.get(keys.get(i));
      if (s == null) {
        errors.add(new ProblemError(at + "/" + i, "no statement has id '" + keys.get(i) + "'"));
      } else if (!out.contains(s)) {
        out.add(s);
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    return out;
  }

  public Statement require(long id) {
    return statements
        .findByIdOptional(id)
        .orElseThrow(() -> ProblemException.notFound("Statement", id));
  }

  private Source sourceOf(String funnelId, StatementSpec spec) {
    return sources
        .findByKey(funnelId, spec.sourceId())
        .orElseThrow(
            () ->
                ProblemException.invalid(
                    "/sourceId", "no source has id '" + spec.sourceId() + "'"));
  }

  private static void apply(Statement s, StatementSpec spec, Source source) {
    QuoteLocator.Location at = null;
    if (source.text != null) {
      at =
          QuoteLocator.locate(source.text, spec.quote())
              .orElseThrow(
                  () ->
                      ProblemException.invalid(
                          "/quote",
                          "does not occur verbatim in the text of source '" + source.key + "'"));
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
