package org.casefunnel.model;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casefunnel.common.problem.ProblemException;

@ApplicationScoped
public class FigureRepository implements PanacheRepository<Figure> {

  /**
   * The figure of each stage current at a date (the newest recorded one whose asOf is on or before
   * it), or current now when the date is null. Keyed by stage id; one query whatever the funnel's
   * size.
   */
  public Map<Long, Figure> currentByStage(String funnelId, LocalDate asOf) {
    return currentByStage(List.of(funnelId), asOf);
  }

  /**
   * The same selection for several funnels at once (comparisons and roll-ups), still one query:
   * stage ids are unique across funnels.
   */
  public Map<Long, Figure> currentByStage(Collection<String> funnelIds, LocalDate asOf) {
    if (funnelIds.isEmpty()) {
      return Map.of();
    }
    List<Figure> figures =
        asOf == null
            ? find(
                    "select distinct f from Figure f left join fetch f.statements"
                        + " where f.funnel.id in ?1 and f.supersededAt is null",
                    funnelIds)
                .list()
            : find(
                    "select distinct f from Figure f left join fetch f.statements"
                        + " where f.funnel.id in ?1 and f.asOf <= ?2",
                    funnelIds,
                    asOf)
                .list();
    Map<Long, Figure> byStage = new HashMap<>();
    for (Figure f : figures) {
      byStage.merge(f.stage.id, f, (a, b) -> a.sequence >= b.sequence ? a : b);
    }
    return byStage;
  }

  /**
   * The breakdown parts of the given figures, keyed by figure id, in their order: one query, and
   * none when no figure has a breakdown.
   */
  public Map<Long, List<BreakdownPart>> partsByFigure(Collection<Figure> of) {
    List<Long> ids = of.stream().filter(f -> f.breakdownDimension != null).map(f -> f.id).toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<BreakdownPart>> byFigure = new HashMap<>();
    getEntityManager()
        .createQuery(
            "select p from BreakdownPart p where p.figure.id in ?1 order by p.figure.id, p.position",
            BreakdownPart.class)
        .setParameter(1, ids)
        .getResultList()
        .forEach(p -> byFigure.computeIfAbsent(p.figure.id, k -> new ArrayList<>()).add(p));
    return byFigure;
  }

  /**
   * Figures recorded after a position of the changes feed, in feed order (recordedAt, id); at most
   * {@code limit}. {@code strictlyAfterTime} excludes everything at {@code at} itself.
   */
  public List<Figure> recordedAfter(
      String funnelId, Instant at, long afterId, boolean strictlyAfterTime, int limit) {
    String where =
        strictlyAfterTime
            ? "f.recordedAt > :at"
            : "(f.recordedAt > :at or (f.recordedAt = :at and f.id > :afterId))";
    return changeQuery(where, "f.recordedAt", funnelId, at, afterId, strictlyAfterTime, limit);
  }

  /** Figures superseded after a position of the changes feed, in (supersededAt, id) order. */
  public List<Figure> supersededAfter(
      String funnelId, Instant at, long afterId, boolean atTimeIncluded, int limit) {
    String where =
        atTimeIncluded
            ? "f.supersededAt >= :at"
            : "(f.supersededAt > :at or (f.supersededAt = :at and f.id > :afterId))";
    return changeQuery(where, "f.supersededAt", funnelId, at, afterId, atTimeIncluded, limit);
  }

  private List<Figure> changeQuery(
      String where,
      String timeColumn,
      String funnelId,
      Instant at,
      long afterId,
      boolean noIdParameter,
      int limit) {
    Parameters params = Parameters.with("at", at);
    if (!noIdParameter) {
      params.and("afterId", afterId);
    }
    String funnelClause = "";
    if (funnelId != null) {
      funnelClause = " and f.funnel.id = :funnelId";
      params.and("funnelId", funnelId);
    }
    // statements are fetched with a second batched select, not joined, so paging stays in SQL
    return find(
            "select f from Figure f join fetch f.stage where "
                + where
                + funnelClause
                + " order by "
                + timeColumn
                + ", f.id",
            params)
        .range(0, limit - 1)
        .list();
  }

  /** Every figure of a stage, oldest first, superseded ones included. */
  public List<Figure> history(Stage stage) {
    return find(
            "select distinct f from Figure f left join fetch f.statements where f.stage = ?1"
                + " order by f.sequence",
            stage)
        .list();
  }

  /** Every figure of a funnel in stage order, oldest first within a stage. */
  public List<Figure> listByFunnel(String funnelId) {
    return find(
            "select distinct f from Figure f join fetch f.stage s left join fetch f.statements"
                + " where f.funnel.id = ?1 order by s.position, f.sequence",
            funnelId)
        .list();
  }

  public Optional<Figure> latest(Stage stage) {
    return find("stage = ?1 order by sequence desc", stage).firstResultOptional();
  }

  public Optional<Figure> successorOf(Figure figure) {
    return find("supersedes = ?1", figure).firstResultOptional();
  }

  public List<Figure> restingOn(Long statementId) {
    return find(
            "select distinct f from Figure f join fetch f.stage join f.statements s"
                + " where s.id = ?1 order by f.id",
            statementId)
        .list();
  }

  /** The funnel a figure belongs to, or a 404 when there is no such figure. */
  public String funnelOf(long id) {
    return FunnelRepository.funnelOf(getEntityManager(), "Figure", id);
  }

  /** A figure by id, or a 404. */
  public Figure require(long id) {
    return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Figure", id));
  }
}
