package org.casefunnel.model;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.casefunnel.common.problem.ProblemException;

@ApplicationScoped
public class StageRepository implements PanacheRepository<Stage> {

  /** All stages of a funnel in order, with their base and definition statements, in one query. */
  public List<Stage> listByFunnel(String funnelId) {
    return find(
            "select distinct s from Stage s left join fetch s.baseStage"
                + " left join fetch s.definitionStatements where s.funnel.id = ?1 order by s.position",
            funnelId)
        .list();
  }

  /** All stages of several funnels, by funnel then position, in one query. */
  public List<Stage> listByFunnels(Collection<String> funnelIds) {
    if (funnelIds.isEmpty()) {
      return List.of();
    }
    return find(
            "select distinct s from Stage s join fetch s.funnel left join fetch s.baseStage"
                + " left join fetch s.definitionStatements where s.funnel.id in ?1"
                + " order by s.funnel.id, s.position",
            funnelIds)
        .list();
  }

  public Optional<Stage> findByKey(String funnelId, String key) {
    return find("funnel.id = ?1 and key = ?2", funnelId, key).firstResultOptional();
  }

  /**
   * The stages that name {@code stage} by one of the two links between stages, its base or the
   * stage it estimates, in funnel order: what a delete of it would leave dangling.
   */
  public List<Stage> linkingTo(Stage stage) {
    return list(
        "funnel = ?1 and (baseStage = ?2 or estimates = ?3) order by position",
        stage.funnel,
        stage,
        stage.key);
  }

  /** The stages that estimate the stage with key {@code key}: a rename of it carries them along. */
  public List<Stage> estimating(String funnelId, String key) {
    return list("funnel.id = ?1 and estimates = ?2 order by position", funnelId, key);
  }

  public int nextPosition(String funnelId) {
    Integer max =
        getEntityManager()
            .createQuery(
                "select max(s.position) from Stage s where s.funnel.id = ?1", Integer.class)
            .setParameter(1, funnelId)
            .getSingleResult();
    return max == null ? 0 : max + 1;
  }

  /** A stage of a funnel by key, or a 404. */
  public Stage require(Funnel funnel, String key) {
    return findByKey(funnel.id, key)
        .orElseThrow(() -> ProblemException.notFound("Stage", funnel.id + "/" + key));
  }

  /** The stages whose definition rests on a statement, in funnel order. */
  public List<Stage> definedBy(long statementId) {
    return list(
        "select s from Stage s join s.definitionStatements d where d.id = ?1 order by s.position",
        statementId);
  }
}
