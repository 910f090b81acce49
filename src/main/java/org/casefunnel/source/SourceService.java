package org.casefunnel.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casefunnel.common.problem.BeanChecks;
import org.casefunnel.common.problem.ProblemError;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.common.web.Preconditions;
import org.casefunnel.funnel.FunnelService;
import org.casefunnel.model.Funnel;
import org.casefunnel.model.Source;
import org.casefunnel.model.SourceRepository;
import org.casefunnel.model.Statement;
import org.casefunnel.model.StatementRepository;
import org.casefunnel.text.QuoteLocator;

@ApplicationScoped
public class SourceService {

  private final SourceRepository sources;
  private final StatementRepository statements;
  private final FunnelService funnels;
  private final BeanChecks beanChecks;

  public SourceService(
      SourceRepository sources,
      StatementRepository statements,
      FunnelService funnels,
      BeanChecks beanChecks) {
    this.sources = sources;
    this.statements = statements;
    this.funnels = funnels;
    this.beanChecks = beanChecks;
  }

  @Transactional
  public List<SourceView> list(String funnelId) {
    funnels.require(funnelId);
    return sources.listByFunnel(funnelId).stream().map(s -> SourceView.of(s, false)).toList();
  }

  @Transactional
  public SourceView get(long id, boolean withText) {
    return SourceView.of(require(id), withText);
  }

  @Transactional
  public SourceView create(String funnelId, SourceSpec spec) {
    beanChecks.require(spec);
    Funnel funnel = funnels.require(funnelId);
    if (sources.findByKey(funnelId, spec.id()).isPresent()) {
      throw ProblemException.conflict(
          "Funnel '" + funnelId + "' has a source with id '" + spec.id() + "' already.");
    }
    Source s = persistNew(funnel, spec);
    funnels.touch(funnel);
    return SourceView.of(s, true);
  }

  /** Stores a new source of a funnel; the caller has checked the spec. */
  public Source persistNew(Funnel funnel, SourceSpec spec) {
    Source s = new Source();
    s.funnel = funnel;
    s.key = spec.id();
    apply(s, spec);
    sources.persist(s);
    return s;
  }

  /**
   * Updates a source. When its text changes, every statement's quote must still stand in it; the
   * statements' positions are found anew.
   */
  @Transactional
  public SourceView update(long id, SourceSpec spec, String ifMatch) {
    Source s = require(id);
    Preconditions.requireMatch(
        ifMatch,
        SourceView.etag(s.id, s.version),
        s.funnel.id,
        s.funnel.version,
        s.funnel.updatedAt);
    beanChecks.require(spec);
    if (!s.key.equals(spec.id())) {
      Optional<Source> other = sources.findByKey(s.funnel.id, spec.id());
      if (other.isPresent()) {
        throw ProblemException.conflict("Funnel has a source with id '" + spec.id() + "' already.");
      }
    }
    List<Statement> quoted = statements.listBySource(s);
    List<ProblemError> missing = new ArrayList<>();
    List<QuoteLocator.Location> found = new ArrayList<>();
    for (Statement st : quoted) {
      var at =
          spec.text() == null
              ? Optional.<QuoteLocator.Location>empty()
              : QuoteLocator.locate(spec.text(), st.quote);
      if (spec.text() != null && at.isEmpty()) {
        missing.add(
            new ProblemError(
                "/text", "no longer holds the quote of statement '" + st.key + "' verbatim"));
      }
      found.add(at.orElse(null));
    }
    if (!missing.isEmpty()) {
      throw ProblemException.invalid(missing);
    }
    apply(s, spec);
    s.key = spec.id();
    for (int i = 0; i < quoted.size(); i++) {
      quoted.get(i).locate(found.get(i));
    }
    // the version check happens here, inside the method, so a lost race is a 412 too
    sources.flush();
    funnels.touch(s.funnel);
    return SourceView.of(s, true);
  }

  @Transactional
  public void delete(long id, String ifMatch) {
    Source s = require(id);
    Preconditions.requireMatch(
        ifMatch,
        SourceView.etag(s.id, s.version),
        s.funnel.id,
        s.funnel.version,
        s.funnel.updatedAt);
    long n = statements.countBySource(s);
    if (n > 0) {
      throw ProblemException.conflict(
          "Source '" + s.key + "' is quoted by " + n + " statement(s); delete those first.");
    }
    funnels.touch(s.funnel);
    sources.delete(s);
    sources.flush();
  }

  public Source require(long id) {
    return sources.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Source", id));
  }

  private static void apply(Source s, SourceSpec spec) {
    s.title = spec.title();
    s.publisher = spec.publisher();
    s.url = spec.url();
    s.publishedOn = spec.publishedOn();
    s.retrievedOn = spec.retrievedOn();
    s.text = spec.text();
  }
}
