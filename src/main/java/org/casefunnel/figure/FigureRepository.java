package org.casefunnel.figure;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casefunnel.funnel.Stage;

@ApplicationScoped
public class FigureRepository implements PanacheRepository<Figure> {

  /**
   * The figure of each stage current at a date (the newest recorded one whose asOf is on or before
   * it), or current now when the date is null. Keyed by stage id; one query whatever the funnel's
   * size.
   */
  public Map<Long, Figure> currentByStage(String funnelId, LocalDate asOf) {
    List<Figure> figures =
        asOf == null
            ? find(
                    "select distinct f from Figure f left join fetch f.statements"
                        + " where f.funnel.id = ?1 and f.supersededAt is null",
                    funnelId)
                .list()
            : find(
                    "select distinct f from Figure f left join fetch f.statements"
                        + " where f.funnel.id = ?1 and f.asOf <= ?2",
                    funnelId,
                    asOf)
                .list();
    Map<Long, Figure> byStage = new HashMap<>();
    for (Figure f : figures) {
      byStage.merge(f.stage.id, f, (a, b) -> a.sequence >= b.sequence ? a : b);
    }
    return byStage;
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

  public Optional<Figure> latest(Stage stage) {
    return find("stage = ?1 order by sequence desc", stage).firstResultOptional();
  }

  public Optional<Figure> successorOf(Figure figure) {
    return find("supersedes = ?1", figure).firstResultOptional();
  }

  public List<Figure> restingOn(Long statementId) {
    return find(
            "select distinct f from Figure f join fetch f.stage join f.statements s"
                + " where s.id = ?1 order by f.id",
            statementId)
        .list();
  }
}
