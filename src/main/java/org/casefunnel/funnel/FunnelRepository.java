package org.casefunnel.funnel;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.StringJoiner;

@ApplicationScoped
public class FunnelRepository implements PanacheRepositoryBase<Funnel, String> {

  /** Filters for the funnel list; null means no filter. */
  public record Filter(String organisation, String jurisdiction, String programme) {}

  public record Slice(List<Funnel> items, long total) {}

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
