package org.casefunnel.model;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SourceRepository implements PanacheRepository<Source> {

  public List<Source> listByFunnel(String funnelId) {
    return list("funnel.id = ?1 order by id", funnelId);
  }

  public Optional<Source> findByKey(String funnelId, String key) {
    return find("funnel.id = ?1 and key = ?2", funnelId, key).firstResultOptional();
  }
}
