package org.casefunnel.funnel;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.casefunnel.common.cache.RevisionCache;
import org.casefunnel.common.config.AppConfig;
import org.casefunnel.common.paging.PageView;
import org.casefunnel.common.problem.BeanChecks;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.figure.FigureView;
import org.casefunnel.model.ChangeTimes;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureRepository;
import org.casefunnel.model.Funnel;
import org.casefunnel.model.FunnelChanges;
import org.casefunnel.model.FunnelRepository;
import org.casefunnel.model.SourceRepository;
import org.casefunnel.model.Stage;
import org.casefunnel.model.StageRepository;
import org.casefunnel.model.StatementRepository;

@ApplicationScoped
public class FunnelService {

  private final FunnelRepository funnels;
  private final StageRepository stages;
  private final FigureRepository figures;
  private final StatementRepository statements;
  private final SourceRepository sources;
  private final BeanChecks beanChecks;
  private final FunnelChanges changes;
  private final RevisionCache<FunnelView> viewCache;

  public FunnelService(
      FunnelRepository funnels,
      StageRepository stages,
      FigureRepository figures,
      StatementRepository statements,
      SourceRepository sources,
      BeanChecks beanChecks,
      FunnelChanges changes,
      AppConfig config) {
    this.funnels = funnels;
    this.stages = stages;
    this.figures = figures;
    this.statements = statements;
    this.sources = sources;
    this.beanChecks = beanChecks;
    this.changes = changes;
    this.viewCache = new RevisionCache<>(config.cache().maxEntries());
  }

  @Transactional
  public PageView<FunnelSummary> list(
      FunnelRepository.Filter filter, Sort sort, int page, int size) {
    FunnelRepository.Slice slice = funnels.list(filter, sort, page, size);
    return new PageView<>(
        slice.items().stream().map(FunnelSummary::of).toList(), slice.total(), page, size);
  }

  /**
   * The funnel view for a read request: one primary-key lookup when the view of the funnel's
   * current revision is cached. Only for reads: a write's own transaction must use {@link #view},
   * or a view of uncommitted changes could be cached.
   */
  @Transactional
  public FunnelView read(String id, LocalDate asOf) {
    Funnel f = require(id);
    return viewCache.get(
        id, revision(f), asOf == null ? null : asOf.toString(), () -> build(f, asOf));
  }

  /** What identifies the funnel's current state, for caches of responses derived from it. */
  public static RevisionCache.Revision revision(Funnel f) {
    return new RevisionCache.Revision(f.createdAt, f.version);
  }

  @Transactional
  public FunnelView view(String id, LocalDate asOf) {
    return build(require(id), asOf);
  }

  private FunnelView build(Funnel f, LocalDate asOf) {
    String id = f.id;
    List<Stage> list = stages.listByFunnel(id);
    Map<Long, Figure> current = figures.currentByStage(id, asOf);
    List<StageView> views =
        list.stream()
            .map(
                s -> {
                  Figure fig = current.get(s.id);
                  return StageView.of(s, fig == null ? null : FigureView.of(fig));
                })
            .toList();
    return new FunnelView(
        f.id,
        f.title,
        f.organisation,
        f.jurisdiction,
        f.programme,
        f.unit,
        f.description,
        asOf,
        views,
        f.updatedAt,
        f.version);
  }

  public FunnelView create(FunnelSpec spec) {
    beanChecks.require(spec);
    return changes.create(
        spec.id(),
        () -> {
          Funnel f = add(spec);
          funnels.flush();
          return build(f, null);
        });
  }

  /** Stores a new funnel, inside {@link FunnelChanges#create}: a single create or an import. */
  public Funnel add(FunnelSpec spec) {
    Funnel f = new Funnel();
    f.id = spec.id();
    apply(f, spec);
    f.createdAt = ChangeTimes.now();
    f.updatedAt = f.createdAt;
    funnels.persist(f);
    return f;
  }

  public FunnelView update(String id, FunnelSpec spec, String ifMatch) {
    return edit(id, current -> spec, ifMatch);
  }

  /**
   * An update whose new spec is computed from the current one, read under the write lock (a merge
   * patch), so the precondition and the edit see the same state; then the same change as a PUT.
   */
  public FunnelView edit(String id, UnaryOperator<FunnelSpec> edit, String ifMatch) {
    return changes.modify(
        () -> id,
        ifMatch,
        f -> f,
        FunnelChanges::etag,
        (f, same) ->
            edit.apply(FunnelView.spec(f)).equals(FunnelView.spec(f))
                ? Optional.of(build(f, null))
                : Optional.empty(),
        (f, same) -> {
          FunnelSpec spec = edit.apply(FunnelView.spec(f));
          beanChecks.require(spec);
          if (!id.equals(spec.id())) {
            throw ProblemException.invalid(
                "/id", "must match the funnel id in the path ('" + id + "')");
          }
          apply(f, spec);
          funnels.flush();
          return build(f, null);
        });
  }

  /**
   * Deletes a funnel with everything in it. Each part is removed through Hibernate (not by the
   * database's ON DELETE CASCADE) so that the audit history records every deletion.
   */
  public void delete(String id, String ifMatch) {
    changes.modify(
        id,
        ifMatch,
        f -> f,
        FunnelChanges::etag,
        (f, same) -> {
          // newest figure first, so no figure is removed while a later one still points at it
          List<Figure> all = new ArrayList<>(figures.listByFunnel(id));
          all.sort(Comparator.comparingInt((Figure x) -> x.sequence).reversed());
          all.forEach(figures::delete);
          List<Stage> stageList = stages.listByFunnel(id);
          stageList.forEach(s -> s.baseStage = null);
          stages.flush();
          stageList.forEach(stages::delete);
          statements.listByFunnel(id).forEach(statements::delete);
          sources.listByFunnel(id).forEach(sources::delete);
          funnels.delete(f);
          viewCache.evict(id);
          return null;
        });
  }

  public Funnel require(String id) {
    return funnels.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Funnel", id));
  }

  private static void apply(Funnel f, FunnelSpec spec) {
    f.title = spec.title();
    f.organisation = spec.organisation();
    f.jurisdiction = spec.jurisdiction();
    f.programme = spec.programme();
    f.unit = spec.unit();
    f.description = spec.description();
  }
}
