package org.casefunnel.model;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casefunnel.common.problem.ProblemError;
import org.casefunnel.common.problem.ProblemException;

@ApplicationScoped
public class StatementRepository implements PanacheRepository<Statement>, InFunnel<Statement> {

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

  /**
   * Statements of a funnel by id, in the order given. Unknown ids, and ids named a second time, are
   * errors pointing at {@code at}/index, all of them in one problem.
   */
  public List<Statement> resolve(String funnelId, List<String> keys, String at) {
    Map<String, Statement> byKey = new HashMap<>();
    findByKeys(funnelId, keys).forEach(s -> byKey.put(s.key, s));
    List<ProblemError> errors = new ArrayList<>();
    List<Statement> out = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      Statement s = byKey.get(keys.get(i));
      if (s == null) {
        errors.add(new ProblemError(at + "/" + i, RuleMessages.noStatement(keys.get(i))));
      } else if (out.contains(s)) {
        errors.add(new ProblemError(at + "/" + i, RuleMessages.statementAgain(keys.get(i))));
      } else {
        out.add(s);
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    return out;
  }

  /** The funnel a statement belongs to, or a 404 when there is no such statement. */
  @Override
  public String funnelOf(long id) {
    return FunnelRepository.funnelOf(getEntityManager(), "Statement", id);
  }

  /** A statement by id, or a 404. */
  @Override
  public Statement require(long id) {
    return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Statement", id));
  }

  /**
   * The statement a funnel calls {@code key}, or a 404; its numeric id is what other routes take.
   */
  @Override
  public Statement require(String funnelId, String key) {
    return findByKey(funnelId, key)
        .orElseThrow(() -> ProblemException.notFound("Statement", funnelId + "/" + key));
  }
}
