package org.casefunnel.model;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casefunnel.common.problem.ProblemException;

@ApplicationScoped
public class FigureRepository implements PanacheRepository<Figure> {

  /**
   * The figure of each stage that counts at a date, or now when the date is null: among the stage's
   * current figures (see {@link #currentCandidates(Collection, LocalDate)}), the one {@link
   * FigureCompetition#choose} picks. Keyed by stage id; one query whatever the funnel's size.
   */
  public Map<Long, Figure> currentByStage(String funnelId, LocalDate asOf) {
    return currentByStage(List.of(funnelId), asOf);
  }

  /**
   * The same selection for several funnels at once (comparisons and roll-ups), still one query:
   * stage ids are unique across funnels.
   */
  public Map<Long, Figure> currentByStage(Collection<String> funnelIds, LocalDate asOf) {
    return chosen(currentCandidates(funnelIds, asOf));
  }

  /**
   * For a dated view: per stage whose figure in the view is dated, the undated figure recorded
   * after it that is current now, if any. Having no date, it has no place in any dated view, yet it
   * is what the present shows; a reader of the dated view is told.
   */
  public static Map<Long, Figure> laterUndated(List<Figure> read, Map<Long, Figure> chosen) {
    Map<Long, Figure> out = new HashMap<>();
    for (Figure f : read) {
      Figure shown = chosen.get(f.stage.id);
      if (shown != null
          && shown.asOf != null
          && f.asOf == null
          && f.isCurrent()
          && f.sequence > shown.sequence) {
        out.merge(f.stage.id, f, (a, b) -> a.sequence > b.sequence ? a : b);
      }
    }
    return out;
  }

  /** The figure that counts among each stage's current ones ({@link FigureCompetition#choose}). */
  public static Map<Long, Figure> chosen(Map<Long, List<Figure>> candidates) {
    Map<Long, Figure> byStage = new HashMap<>();
    candidates.forEach(
        (stage, current) -> {
          FigureCompetition.Choice<Figure> c = FigureCompetition.choose(current, f -> f.rank);
          if (c != null) {
            byStage.put(stage, c.chosen());
          }
        });
    return byStage;
  }

  /**
   * Every current figure of each stage, in recording order (more than one when figures compete).
   * Now (a null date): the figures no later one superseded, as writes stored it, less the
   * deprecated. At a date: {@link FigureCompetition#current} of the figures dated on or before it,
   * as if nothing later had been recorded; a stage with no such figure falls back to its undated
   * ones ({@link #atDate}). Keyed by stage id; stages without a current figure are absent. One
   * query; statements are fetched.
   */
  public Map<Long, List<Figure>> currentCandidates(Collection<String> funnelIds, LocalDate asOf) {
    return candidates(read(funnelIds, asOf), asOf);
  }

  /**
   * The figures a view of the funnels reads: now (a null date), those no later one superseded; at a
   * date, every figure dated on or before it and every undated one. One query; statements are
   * fetched.
   */
  public List<Figure> read(Collection<String> funnelIds, LocalDate asOf) {
    if (funnelIds.isEmpty()) {
      return List.of();
    }
    return asOf == null
        ? find(
                "select distinct f from Figure f left join fetch f.statements"
                    + " where f.funnel.id in ?1 and f.supersededAt is null",
                funnelIds)
            .list()
        : find(
                "select distinct f from Figure f left join fetch f.statements"
                    + " where f.funnel.id in ?1 and (f.asOf <= ?2 or f.asOf is null)",
                funnelIds,
                asOf)
            .list();
  }

  /**
   * The current figures of each stage among figures {@link #read} for {@code asOf} (see {@link
   * #currentCandidates}).
   */
  public static Map<Long, List<Figure>> candidates(List<Figure> figures, LocalDate asOf) {
    Map<Long, List<Figure>> byStage = new HashMap<>();
    figures.stream()
        .sorted(Comparator.comparingInt((Figure f) -> f.sequence))
        .forEach(f -> byStage.computeIfAbsent(f.stage.id, k -> new ArrayList<>()).add(f));
    Map<Long, List<Figure>> out = new HashMap<>();
    byStage.forEach(
        (stage, list) -> {
          List<Figure> current =
              asOf == null ? list.stream().filter(Figure::isCurrent).toList() : atDate(list);
          if (!current.isEmpty()) {
            out.put(stage, current);
          }
        });
    return out;
  }

  /**
   * The stages that have figures among those {@link #read} but no current one: every figure the
   * view reads for them is deprecated, since the most recently recorded figure that is not
   * deprecated always stands (see {@link FigureCompetition}).
   */
  public static Set<Long> onlyDeprecated(List<Figure> read, Map<Long, List<Figure>> candidates) {
    Set<Long> out = new HashSet<>();
    read.forEach(
        f -> {
          if (!candidates.containsKey(f.stage.id)) {
            out.add(f.stage.id);
          }
        });
    return out;
  }

  /**
   * The current figures of one stage in a dated view, from its figures dated on or before the date
   * and its undated ones (recording order). Dated figures win: an undated figure may have held at
   * any time, so it stands in a dated view only while no dated figure of the stage does, which is
   * what lets an undated state and a later dated one both be seen (docs/api.md, "Dated views").
   * Callers mark such a figure as undated; no date is ever given to it.
   */
  static List<Figure> atDate(List<Figure> inOrder) {
    List<Figure> dated = inOrder.stream().filter(f -> f.asOf != null).toList();
    List<Figure> current = FigureCompetition.current(dated, FigureCompetition.Claim::of);
    if (!current.isEmpty()) {
      return current;
    }
    List<Figure> undated = inOrder.stream().filter(f -> f.asOf == null).toList();
    return FigureCompetition.current(undated, FigureCompetition.Claim::of);
  }

  /** A funnel's figures ranked deprecated, in recording order, with their stages. */
  public List<Figure> deprecated(String funnelId) {
    return find(
            "select f from Figure f join fetch f.stage where f.funnel.id = ?1 and f.rank = ?2"
                + " order by f.sequence",
            funnelId,
            FigureRank.DEPRECATED)
        .list();
  }

  /** How many distinct dates a funnel's figures have, up to {@code to} (all when null). */
  public long dateCount(String funnelId, LocalDate to) {
    return getEntityManager()
        .createQuery(
            "select distinct f.asOf from Figure f where f.funnel.id = ?1 and f.asOf is not null",
            LocalDate.class)
        .setParameter(1, funnelId)
        .getResultList()
        .stream()
        .filter(d -> to == null || !d.isAfter(to))
        .count();
  }

  /** The figure of a stage that counts now, if any. */
  public Optional<Figure> current(Stage stage) {
    List<Figure> current = history(stage).stream().filter(Figure::isCurrent).toList();
    FigureCompetition.Choice<Figure> c = FigureCompetition.choose(current, f -> f.rank);
    return c == null ? Optional.empty() : Optional.of(c.chosen());
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

  /** The figures with these ids that exist, with their stages; statements come batched. */
  public List<Figure> byIds(Collection<Long> ids) {
    return ids.isEmpty()
        ? List.of()
        : find("select f from Figure f join fetch f.stage where f.id in ?1", ids).list();
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

  /** The figures that name {@code figure} as the one they superseded. */
  public List<Figure> successorsOf(Figure figure) {
    return find("supersedes = ?1", figure).list();
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
