package org.casefunnel.funnel;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

@ApplicationScoped
public class FunnelRepository implements PanacheRepositoryBase<Funnel, String> {

  /** Filters for the funnel list; null means no filter. */
  public record Filter(String organisation, String jurisdiction, String programme) {}

  public record Slice(List<Funnel> items, long total) {}

  /** The funnels of a programme (case-insensitive), by id. */
  public List<Funnel> listByProgramme(String programme) {
    return find("lower(programme) = lower(?1)", Sort.by("id"), programme).list();
  }

  /** The funnels with the given ids, by id; unknown ids are left out. */
  public List<Funnel> listByIds(Collection<String> ids) {
    return ids.isEmpty() ? List.of() : find("id in ?1", Sort.by("id"), ids).list();
  }

  public Slice list(Filter filter, int page, int size) {
    StringJoiner where = new StringJoiner(" and ");
    Parameters params = new Parameters();
    if (filter.organisation() != null) {
      where.add("lower(organisation) = lower(:organisation)");
      params.and("organisation", filter.organisation());
    }
    if (filter.jurisdiction() != null) {
      where.add("lower(jurisdiction) = lower(:jurisdiction)");
      params.and("jurisdiction", filter.jurisdiction());
    }
    if (filter.programme() != null) {
      where.add("lower(programme) = lower(:programme)");
      params.and("programme", filter.programme());
    }
    var query =
        where.length() == 0
            ? findAll(Sort.by("id"))
            : find(where.toString(), Sort.by("id"), params);
    return new Slice(query.page(Page.of(page, size)).list(), query.count());
  }
}
