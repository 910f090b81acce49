package org.casefunnel.model;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casefunnel.common.problem.ProblemException;

@ApplicationScoped
public class SourceRepository implements PanacheRepository<Source>, InFunnel<Source> {

  /** A source without its full text. */
  public record Header(
      long id,
      String key,
      String title,
      String publisher,
      String url,
      LocalDate publishedOn,
      LocalDate retrievedOn) {}

  /**
   * The source of each given statement, keyed by statement id, without full texts: one query, and
   * none when there is no statement.
   */
  public Map<Long, Header> headersByStatement(Collection<Long> statementIds) {
    if (statementIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, Header> out = new HashMap<>();
    getEntityManager()
        .createQuery(
            "select st.id, s.id, s.key, s.title, s.publisher, s.url, s.publishedOn,"
                + " s.retrievedOn from Statement st join st.source s where st.id in ?1",
            Object[].class)
        .setParameter(1, statementIds)
        .getResultList()
        .forEach(
            r ->
                out.put(
                    (Long) r[0],
                    new Header(
                        (Long) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (LocalDate) r[6],
                        (LocalDate) r[7])));
    return out;
  }

  public List<Source> listByFunnel(String funnelId) {
    return list("funnel.id = ?1 order by id", funnelId);
  }

  public Optional<Source> findByKey(String funnelId, String key) {
    return find("funnel.id = ?1 and key = ?2", funnelId, key).firstResultOptional();
  }

  /** The funnel a source belongs to, or a 404 when there is no such source. */
  @Override
  public String funnelOf(long id) {
    return FunnelRepository.funnelOf(getEntityManager(), "Source", id);
  }

  /** A source by id, or a 404. */
  @Override
  public Source require(long id) {
    return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Source", id));
  }

  /** The source a funnel calls {@code key}, or a 404; its numeric id is what other routes take. */
  @Override
  public Source require(String funnelId, String key) {
    return findByKey(funnelId, key)
        .orElseThrow(() -> ProblemException.notFound("Source", funnelId + "/" + key));
  }
}
