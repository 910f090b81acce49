package org.casefunnel.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casefunnel.common.problem.BeanChecks;
import org.casefunnel.common.problem.ProblemError;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.figure.FigureView;
import org.casefunnel.funnel.FunnelService;
import org.casefunnel.funnel.FunnelView;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureRepository;
import org.casefunnel.model.Source;
import org.casefunnel.model.SourceRepository;
import org.casefunnel.model.Statement;
import org.casefunnel.model.StatementRepository;
import org.casefunnel.source.SourceSpec;

/** Reads, in one transaction, what a reconciliation compares with: the funnel and the source. */
@ApplicationScoped
class Basis {

  /**
   * The funnel as it stands, the text to read, the keys the patch must not reuse, each stage's
   * figures ranked deprecated (by stage key), which a reading must not bring back unremarked, and
   * when each statement was made (by key: its own date, else its source's publication date), which
   * dates the report of a figure that states no date of its own; for a stored source, its
   * statements by quote, so that a sentence quoted already is not proposed again.
   */
  record Loaded(
      FunnelView funnel,
      ReconciliationView.SourceRef source,
      PatchBuilder.SourceInfo info,
      String text,
      LocalDate sourceDate,
      Set<String> statementKeys,
      Map<String, List<FigureView>> deprecated,
      Map<String, LocalDate> statementDates,
      StoredQuotes quoted,
      Set<String> recorded) {}

  private final FunnelService funnels;
  private final SourceRepository sources;
  private final StatementRepository statements;
  private final FigureRepository figures;
  private final BeanChecks beanChecks;

  Basis(
      FunnelService funnels,
      SourceRepository sources,
      StatementRepository statements,
      FigureRepository figures,
      BeanChecks beanChecks) {
    this.funnels = funnels;
    this.sources = sources;
    this.statements = statements;
    this.figures = figures;
    this.beanChecks = beanChecks;
  }

  @Transactional
  Loaded load(String funnelId, ReconciliationRequest req) {
    FunnelView funnel = funnels.view(funnelId, null);
    // the request is judged once its funnel is found: a missing funnel is a 404 whatever it says
    beanChecks.require(req);
    requireOneSource(req);
    Set<String> statementKeys = new HashSet<>();
    Map<String, LocalDate> statementDates = new HashMap<>();
    List<Statement> all = statements.listByFunnel(funnelId);
    for (Statement st : all) {
      statementKeys.add(st.key);
      LocalDate made = st.madeOn != null ? st.madeOn : st.source.publishedOn;
      if (made != null) {
        statementDates.put(st.key, made);
      }
    }
    Map<String, List<FigureView>> deprecated = new HashMap<>();
    figures
        .deprecated(funnelId)
        .forEach(
            f ->
                deprecated
                    .computeIfAbsent(f.stage.key, k -> new ArrayList<>())
                    .add(FigureView.of(f)));
    ReconciliationRequest.NewSource n = req.source();
    if (n != null) {
      Set<String> sourceKeys = new HashSet<>();
      sources.listByFunnel(funnelId).forEach(s -> sourceKeys.add(s.key));
      String key = n.id() != null ? n.id() : freeSourceKey(sourceKeys);
      if (sourceKeys.contains(key)) {
        throw ProblemException.invalid(
            "/source/id", "the funnel has a source '" + key + "' already; choose another id");
      }
      SourceSpec spec =
          new SourceSpec(
              key, n.title(), n.publisher(), n.url(), n.publishedOn(), n.retrievedOn(), n.text());
      return new Loaded(
          funnel,
          new ReconciliationView.SourceRef(null, key, n.title(), false, n.publishedOn()),
          new PatchBuilder.SourceInfo(key, spec, n.publisher()),
          n.text(),
          n.publishedOn(),
          statementKeys,
          deprecated,
          statementDates,
          StoredQuotes.NONE,
          Set.of());
    }
    Source s =
        req.sourceId() != null
            ? stored(funnelId, req.sourceId())
            : sources.require(funnelId, req.sourceKey());
    if (s.text == null) {
      throw ProblemException.conflict(
          "Source '" + s.key + "' has no stored text to read; add its text first.");
    }
    return new Loaded(
        funnel,
        new ReconciliationView.SourceRef(s.id, s.key, s.title, true, s.publishedOn),
        new PatchBuilder.SourceInfo(s.key, null, s.publisher),
        s.text,
        s.publishedOn,
        statementKeys,
        deprecated,
        statementDates,
        quoted(all, s),
        recorded(funnelId));
  }

  /**
   * Every value a figure of the funnel rests on a statement for ({@link PatchBuilder#recordedKey}).
   */
  private Set<String> recorded(String funnelId) {
    Set<String> out = new HashSet<>();
    for (Figure f : figures.listByFunnel(funnelId)) {
      for (Statement st : f.statements) {
        out.add(PatchBuilder.recordedKey(f.stage.key, st.key, f.count, f.low, f.high));
      }
    }
    return out;
  }

  /** The statements of {@code source}, in the order stored, as {@link StoredQuotes} reads them. */
  private static StoredQuotes quoted(List<Statement> all, Source source) {
    Map<String, String> quoteByKey = new LinkedHashMap<>();
    for (Statement st : all) {
      if (st.source.id.equals(source.id) && st.quote != null) {
        quoteByKey.put(st.key, st.quote);
      }
    }
    return StoredQuotes.of(source.text, quoteByKey);
  }

  /** A stored source of this funnel; another funnel's source is not found here. */
  private Source stored(String funnelId, long id) {
    Source s = sources.require(id);
    if (!s.funnel.id.equals(funnelId)) {
      throw ProblemException.notFound("Source", id);
    }
    return s;
  }

  private static String freeSourceKey(Set<String> taken) {
    int n = 1;
    while (taken.contains("reconciled-" + n)) {
      n++;
    }
    return "reconciled-" + n;
  }

  /** Exactly one way of naming the source. */
  private static void requireOneSource(ReconciliationRequest req) {
    int given =
        (req.sourceId() != null ? 1 : 0)
            + (req.sourceKey() != null ? 1 : 0)
            + (req.source() != null ? 1 : 0);
    if (given != 1) {
      throw ProblemException.invalid(
          List.of(new ProblemError("", "give exactly one of sourceId, sourceKey or source")));
    }
  }
}
