package org.casefunnel.model;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class StatementRepository implements PanacheRepository<Statement> {

  public List<Statement> listByFunnel(String funnelId) {
    return find(
            "select s from Statement s join fetch s.source where s.funnel.id = ?1 order by s.id",
            funnelId)
        .list();
  }

  public List<Statement> listBySource(Source source) {
    return list("source = ?1 order by id", source);
  }

  public Optional<Statement> findByKey(String funnelId, String key) {
    return find("funnel.id = ?1 and key = ?2", funnelId, key).firstResultOptional();
  }

  public List<Statement> findByKeys(String funnelId, Collection<String> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return list("funnel.id = ?1 and key in ?2 order by id", funnelId, keys);
  }

  public long countBySource(Source source) {
    return count("source = ?1", source);
  }
}
