package org.casefunnel.model;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;
import org.casefunnel.common.problem.ProblemException;

@ApplicationScoped
public class FunnelRepository implements PanacheRepositoryBase<Funnel, String> {

  /**
   * Filters for the funnel list; null means no filter. {@code speaker}: some statement is by this
   * speaker; {@code source}: some source's title contains it or its URL is it; {@code status}: some
   * current figure has this status.
   */
  public record Filter(
      String organisation,
      String jurisdiction,
      String programme,
      String speaker,
      String source,
      FigureStatus status) {}

  public record Slice(List<Funnel> items, long total) {}

  /** The funnels of a programme (case-insensitive), by id. */
  public List<Funnel> listByProgramme(String programme) {
    return find("lower(programme) = lower(?1)", Sort.by("id"), programme).list();
  }

  /** The funnels with the given ids, by id; unknown ids are left out. */
  public List<Funnel> listByIds(Collection<String> ids) {
    return ids.isEmpty() ? List.of() : find("id in ?1", Sort.by("id"), ids).list();
  }

  public Slice list(Filter filter, Sort sort, int page, int size) {
    StringJoiner where = new StringJoiner(" and ");
    Parameters params = new Parameters();
    if (filter.organisation() != null) {
      where.add("lower(f.organisation) = lower(:organisation)");
      params.and("organisation", filter.organisation());
    }
    if (filter.jurisdiction() != null) {
      where.add("lower(f.jurisdiction) = lower(:jurisdiction)");
      params.and("jurisdiction", filter.jurisdiction());
    }
    if (filter.programme() != null) {
      where.add("lower(f.programme) = lower(:programme)");
      params.and("programme", filter.programme());
    }
    if (filter.speaker() != null) {
      where.add(
          "exists (select 1 from Statement st where st.funnel = f"
              + " and lower(st.speaker) = lower(:speaker))");
      params.and("speaker", filter.speaker());
    }
    if (filter.source() != null) {
      where.add(
          "exists (select 1 from Source so where so.funnel = f and (lower(so.title) like"
              + " lower(:sourceLike) escape '!' or so.url = :source))");
      params.and("source", filter.source());
      params.and("sourceLike", "%" + likeEscaped(filter.source()) + "%");
    }
    if (filter.status() != null) {
      where.add(
          "exists (select 1 from Figure fi where fi.funnel = f and fi.supersededAt is null"
              + " and fi.rank <> org.casefunnel.model.FigureRank.DEPRECATED"
              + " and fi.status = :status)");
      params.and("status", filter.status());
    }
    String query = "from Funnel f" + (where.length() == 0 ? "" : " where " + where);
    var found = find(query, sort, params);
    return new Slice(found.page(Page.of(page, size)).list(), found.count());
  }

  private static String likeEscaped(String s) {
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  /** A funnel by id, or a 404. */
  public Funnel require(String id) {
    return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Funnel", id));
  }

  /**
   * The funnel of a child resource ({@code entity} is one of the entity names above, never client
   * input), read without loading the child, so that a write can lock the funnel before it reads.
   */
  static String funnelOf(EntityManager em, String entity, long id) {
    List<String> ids =
        em.createQuery("select x.funnel.id from " + entity + " x where x.id = :id", String.class)
            .setParameter("id", id)
            .getResultList();
    if (ids.isEmpty()) {
      throw ProblemException.notFound(entity, id);
    }
    return ids.get(0);
  }
}
