package org.casefunnel.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.casefunnel.common.problem.BeanChecks;
import org.casefunnel.common.problem.ProblemError;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.model.Funnel;
import org.casefunnel.model.FunnelChanges;
import org.casefunnel.model.FunnelRepository;
import org.casefunnel.model.RuleMessages;
import org.casefunnel.model.Source;
import org.casefunnel.model.SourceRepository;
import org.casefunnel.model.Statement;
import org.casefunnel.model.StatementRepository;
import org.casefunnel.model.Target;
import org.casefunnel.text.QuoteLocator;

@ApplicationScoped
public class SourceService {

  private final SourceRepository sources;
  private final StatementRepository statements;
  private final FunnelRepository funnels;
  private final FunnelChanges changes;
  private final BeanChecks beanChecks;

  public SourceService(
      SourceRepository sources,
      StatementRepository statements,
      FunnelRepository funnels,
      FunnelChanges changes,
      BeanChecks beanChecks) {
    this.sources = sources;
    this.statements = statements;
    this.funnels = funnels;
    this.changes = changes;
    this.beanChecks = beanChecks;
  }

  @Transactional
  public List<SourceView> list(String funnelId) {
    funnels.require(funnelId);
    return sources.listByFunnel(funnelId).stream().map(s -> SourceView.of(s, false)).toList();
  }

  @Transactional
  public SourceView get(long id, boolean withText) {
    return SourceView.of(sources.require(id), withText);
  }

  public SourceView create(String funnelId, SourceSpec spec, String ifMatch) {
    return changes.append(
        funnelId,
        ifMatch,
        f -> f,
        FunnelChanges::etag,
        (funnel, same) -> {
          beanChecks.require(spec);
          if (sources.findByKey(funnelId, spec.id()).isPresent()) {
            throw ProblemException.conflict(
                RuleMessages.taken(funnelId, "source with id", spec.id()));
          }
          return SourceView.of(add(funnel, spec), true);
        });
  }

  /** Stores a new source, inside a change of its funnel: a single create or an import. */
  public Source add(Funnel funnel, SourceSpec spec) {
    Source s = new Source();
    s.funnel = funnel;
    apply(s, spec);
    sources.persist(s);
    return s;
  }

  /**
   * Updates a source. When its text changes, every statement's quote must still stand in it; the
   * statements' positions are found anew.
   */
  public SourceView update(Target<Source> target, SourceSpec spec, String ifMatch) {
    return change(target, s -> spec, ifMatch);
  }

  /** An edit (a merge patch) of the source's current spec, then the same change as a PUT. */
  public SourceView edit(Target<Source> target, UnaryOperator<SourceSpec> edit, String ifMatch) {
    return change(target, s -> edit.apply(spec(s)), ifMatch);
  }

  /** The source with numeric id {@code id}. */
  public Target<Source> byId(long id) {
    return sources.byId(id);
  }

  /** The source its funnel's statements cite as {@code key}. */
  public Target<Source> byKey(String funnelId, String key) {
    return sources.byKey(funnelId, key);
  }

  /** The source as a client writes it. */
  public static SourceSpec spec(Source s) {
    return new SourceSpec(s.key, s.title, s.publisher, s.url, s.publishedOn, s.retrievedOn, s.text);
  }

  @Transactional
  public SourceView get(String funnelId, String key, boolean withText) {
    funnels.require(funnelId);
    return SourceView.of(sources.require(funnelId, key), withText);
  }

  private SourceView change(
      Target<Source> target, Function<Source, SourceSpec> specOf, String ifMatch) {
    return changes.modify(
        target.funnelOf(),
        ifMatch,
        target.find(),
        s -> SourceView.etag(s.id, s.version),
        (funnel, s) ->
            specOf.apply(s).equals(spec(s))
                ? Optional.of(SourceView.of(s, true))
                : Optional.empty(),
        (funnel, s) -> {
          SourceSpec spec = specOf.apply(s);
          beanChecks.require(spec);
          if (!s.key.equals(spec.id()) && sources.findByKey(funnel.id, spec.id()).isPresent()) {
            throw ProblemException.conflict(
                RuleMessages.taken(funnel.id, "source with id", spec.id()));
          }
          List<Statement> quoted = statements.listBySource(s);
          List<QuoteLocator.Location> found = locateAll(quoted, spec.text());
          apply(s, spec);
          for (int i = 0; i < quoted.size(); i++) {
            quoted.get(i).locate(found.get(i));
          }
          sources.flush();
          return SourceView.of(s, true);
        });
  }

  /** Where each quote stands in a new text; every one must still stand in it verbatim. */
  private static List<QuoteLocator.Location> locateAll(List<Statement> quoted, String text) {
    List<ProblemError> missing = new ArrayList<>();
    List<QuoteLocator.Location> found = new ArrayList<>();
    for (Statement st : quoted) {
      Optional<QuoteLocator.Location> at =
          text == null ? Optional.empty() : QuoteLocator.locate(text, st.quote);
      if (text != null && at.isEmpty()) {
        missing.add(
            new ProblemError(
                "/text", "no longer holds the quote of statement '" + st.key + "' verbatim"));
      }
      found.add(at.orElse(null));
    }
    if (!missing.isEmpty()) {
      throw ProblemException.invalid(missing);
    }
    return found;
  }

  /** Deletes a source that no statement quotes. */
  public void delete(Target<Source> target, String ifMatch) {
    changes.modify(
        target.funnelOf(),
        ifMatch,
        target.find(),
        s -> SourceView.etag(s.id, s.version),
        (funnel, s) -> {
          long n = statements.countBySource(s);
          if (n > 0) {
            throw ProblemException.conflict(
                "Source '" + s.key + "' is quoted by " + n + " statement(s); delete those first.");
          }
          sources.delete(s);
          return null;
        });
  }

  private static void apply(Source s, SourceSpec spec) {
    s.key = spec.id();
    s.title = spec.title();
    s.publisher = spec.publisher();
    s.url = spec.url();
    s.publishedOn = spec.publishedOn();
    s.retrievedOn = spec.retrievedOn();
    s.text = spec.text();
  }
}
