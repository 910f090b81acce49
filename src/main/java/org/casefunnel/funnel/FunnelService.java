package org.casefunnel.funnel;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.casefunnel.common.paging.PageView;
import org.casefunnel.common.problem.BeanChecks;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.figure.Figure;
import org.casefunnel.figure.FigureRepository;
import org.casefunnel.figure.FigureView;

@ApplicationScoped
public class FunnelService {

  private final FunnelRepository funnels;
  private final StageRepository stages;
  private final FigureRepository figures;
  private final BeanChecks beanChecks;

  public FunnelService(
      FunnelRepository funnels,
      StageRepository stages,
      FigureRepository figures,
      BeanChecks beanChecks) {
    this.funnels = funnels;
    this.stages = stages;
    this.figures = figures;
    this.beanChecks = beanChecks;
  }

  @Transactional
  public PageView<FunnelSummary> list(
      FunnelRepository.Filter filter, Sort sort, int page, int size) {
    FunnelRepository.Slice slice = funnels.list(filter, sort, page, size);
    return new PageView<>(
        slice.items().stream().map(FunnelSummary::of).toList(), slice.total(), page, size);
  }

  @Transactional
  public FunnelView view(String id, LocalDate asOf) {
    Funnel f = require(id);
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

  @Transactional
  public FunnelView create(FunnelSpec spec) {
    beanChecks.require(spec);
    Funnel f = persistNew(spec);
    return view(f.id, null);
  }

  /** Stores a new funnel; a funnel with the same id is a conflict. */
  public Funnel persistNew(FunnelSpec spec) {
    if (funnels.findByIdOptional(spec.id()).isPresent()) {
      throw ProblemException.conflict("A funnel with id '" + spec.id() + "' exists already.");
    }
    Funnel f = new Funnel();
    f.id = spec.id();
    apply(f, spec);
    f.createdAt = now();
    f.updatedAt = f.createdAt;
    funnels.persist(f);
    return f;
  }

  @Transactional
  public FunnelView update(String id, FunnelSpec spec) {
    beanChecks.require(spec);
    if (!id.equals(spec.id())) {
      throw ProblemException.invalid("/id", "must match the funnel id in the path ('" + id + "')");
    }
    Funnel f = require(id);
    apply(f, spec);
    touch(f);
    return view(id, null);
  }

  @Transactional
  public void delete(String id) {
    Funnel f = require(id);
    funnels.delete(f);
  }

  public Funnel require(String id) {
    return funnels.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Funnel", id));
  }

  /** Marks the funnel as changed, for lists, caches and the changes feed. */
  public void touch(Funnel f) {
    f.updatedAt = now();
  }

  private static void apply(Funnel f, FunnelSpec spec) {
    f.title = spec.title();
    f.organisation = spec.organisation();
    f.jurisdiction = spec.jurisdiction();
    f.programme = spec.programme();
    f.unit = spec.unit();
    f.description = spec.description();
  }

  /** Microsecond precision, as both databases store it, so a read gives back what was written. */
  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
