package org.casefunnel.figure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.casefunnel.common.problem.BeanChecks;
import org.casefunnel.common.problem.ProblemError;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.model.ChangeTimes;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureRepository;
import org.casefunnel.model.FunnelChanges;

/**
 * Sets a figure's rank: the one change a recorded figure allows. It goes through {@link
 * FunnelChanges#modify} (If-Match on the figure or its funnel, versions raised, audited; the rank
 * it has already is no change), and then settles the stage again, since deprecating a figure, or
 * ranking back one that was, can change which figures stand.
 */
@ApplicationScoped
public class RankService {

  private final FigureRepository figures;
  private final FunnelChanges changes;
  private final BeanChecks beanChecks;

  public RankService(FigureRepository figures, FunnelChanges changes, BeanChecks beanChecks) {
    this.figures = figures;
    this.changes = changes;
    this.beanChecks = beanChecks;
  }

  /** A figure's rank and its reason. */
  @Transactional
  public RankSpec get(long id) {
    Figure f = figures.require(id);
    return new RankSpec(f.rank, f.rankReason);
  }

  public FigureView rank(long id, RankSpec spec, String ifMatch) {
    return changes.modify(
        () -> figures.funnelOf(id),
        ifMatch,
        funnel -> figures.require(id),
        f -> FigureView.etag(f.id, f.version),
        // the rank it has already: no change, no version raised, no revision
        (funnel, f) ->
            spec != null
                    && Objects.equals(spec.rank(), f.rank)
                    && Objects.equals(spec.rankReason(), f.rankReason)
                ? Optional.of(FigureView.of(f))
                : Optional.empty(),
        (funnel, f) -> {
          if (spec == null) {
            throw ProblemException.invalid(
                "", "must be a rank: {\"rank\": ..., \"rankReason\": ...}");
          }
          beanChecks.require(spec);
          List<ProblemError> errors = new ArrayList<>();
          FigureRules.checkRank(spec.rank(), spec.rankReason(), "", errors);
          if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
          }
          f.rank = spec.rank();
          f.rankReason = spec.rankReason();
          // the stage's tag covers its current figure
          changes.touch(f.stage);
          Standings.settle(figures.history(f.stage), ChangeTimes.now());
          figures.flush();
          return FigureView.of(f);
        });
  }
}
