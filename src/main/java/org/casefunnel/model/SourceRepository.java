package org.casefunnel.model;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.casefunnel.common.problem.ProblemException;

@ApplicationScoped
public class SourceRepository implements PanacheRepository<Source> {

  public List<Source> listByFunnel(String funnelId) {
    return list("funnel.id = ?1 order by id", funnelId);
  }

  public Optional<Source> findByKey(String funnelId, String key) {
    return find("funnel.id = ?1 and key = ?2", funnelId, key).firstResultOptional();
  }

  /** The funnel a source belongs to, or a 404 when there is no such source. */
  public String funnelOf(long id) {
    return FunnelRepository.funnelOf(getEntityManager(), "Source", id);
  }

  /** A source by id, or a 404. */
  public Source require(long id) {
    return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Source", id));
  }

  /** The source a funnel calls {@code key}, or a 404; its numeric id is what other routes take. */
  public Source require(String funnelId, String key) {
    return findByKey(funnelId, key)
        .orElseThrow(() -> ProblemException.notFound("Source", funnelId + "/" + key));
  }
}
