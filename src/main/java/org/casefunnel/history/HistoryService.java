package org.casefunnel.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.model.Figure;
import org.casefunnel.model.Funnel;
import org.casefunnel.model.Source;
import org.casefunnel.model.Stage;
import org.casefunnel.model.Statement;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/**
 * Reads the audit history: every revision of a resource, oldest first, including its deletion.
 * Resources that are gone keep their history; only a resource that never existed is a 404.
 */
@ApplicationScoped
public class HistoryService {

  private final EntityManager em;

  public HistoryService(EntityManager em) {
    this.em = em;
  }

  @Transactional
  public List<RevisionView> funnel(String id) {
    return require(revisions(Funnel.class, id, HistoryService::state), "Funnel", id);
  }

  @Transactional
  public List<RevisionView> stage(String funnelId, String key) {
    // every stage that ever had this key in the funnel (a deleted stage's key may be reused)
    @SuppressWarnings("unchecked")
    List<Stage> matches =
        reader()
            .createQuery()
            .forRevisionsOfEntity(Stage.class, true, true)
            .add(AuditEntity.property("key").eq(key))
            .add(AuditEntity.relatedId("funnel").eq(funnelId))
            .getResultList();
    Set<Long> ids = new LinkedHashSet<>();
    matches.forEach(s -> ids.add(s.id));
    List<RevisionView> all = new ArrayList<>();
    for (Long id : ids) {
      List<RevisionView> revisions = revisions(Stage.class, id, HistoryService::state);
      putLinkedStatements(revisions, "definitionStatementIds", STAGE_DEFINITIONS, id);
      all.addAll(revisions);
    }
    all.sort(Comparator.comparingLong(RevisionView::revision));
    return require(all, "Stage", funnelId + "/" + key);
  }

  @Transactional
  public List<RevisionView> figure(long id) {
    List<RevisionView> revisions =
        require(revisions(Figure.class, id, HistoryService::state), "Figure", id);
    putLinkedStatements(revisions, "statementIds", FIGURE_STATEMENTS, id);
    return revisions;
  }

  @Transactional
  public List<RevisionView> statement(long id) {
    return require(revisions(Statement.class, id, HistoryService::state), "Statement", id);
  }

  @Transactional
  public List<RevisionView> source(long id) {
    return require(revisions(Source.class, id, HistoryService::state), "Source", id);
  }

  /*
   * Envers cannot load an audited many-to-many ordered with @OrderBy (Hibernate 7.2 fails with an
   * UnknownTableReferenceException), so the statements a figure or stage cited at a revision are
   * read from the audited link table: per statement, its latest link row up to the revision counts
   * unless it is a removal; a deletion shows the links as they were just before it. The key is the
   * statement's as of that revision.
   */
  private static final String FIGURE_STATEMENTS = linkQuery("figure_statement_aud", "figure_id");
  private static final String STAGE_DEFINITIONS =
      linkQuery("stage_definition_statement_aud", "stage_id");

  private static String linkQuery(String table, String owner) {
    return "select (select sa.doc_key from statement_aud sa where sa.id = l.statement_id"
        + " and sa.rev = (select max(sa2.rev) from statement_aud sa2"
        + " where sa2.id = l.statement_id and sa2.rev <= :rev))"
        + " from "
        + table
        + " l where l."
        + owner
        + " = :owner and l.revtype <> 2 and l.rev = (select max(l2.rev) from "
        + table
        + " l2 where l2."
        + owner
        + " = l."
        + owner
        + " and l2.statement_id = l.statement_id and l2.rev < :before)"
        + " order by l.statement_id";
  }

  private void putLinkedStatements(
      List<RevisionView> revisions, String field, String query, long owner) {
    for (RevisionView r : revisions) {
      if (r.state() == null) {
        continue;
      }
      long before = "deleted".equals(r.change()) ? r.revision() : r.revision() + 1;
      List<?> keys =
          em.createNativeQuery(query)
              .setParameter("owner", owner)
              .setParameter("rev", r.revision())
              .setParameter("before", before)
              .getResultList();
      r.state().put(field, keys.stream().map(String::valueOf).toList());
    }
  }

  private AuditReader reader() {
    return AuditReaderFactory.get(em);
  }

  private <T> List<RevisionView> revisions(
      Class<T> type, Object id, Function<T, Map<String, Object>> state) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        reader()
            .createQuery()
            .forRevisionsOfEntity(type, false, true)
            .add(AuditEntity.id().eq(id))
            .addOrder(AuditEntity.revisionNumber().asc())
            .getResultList();
    List<RevisionView> out = new ArrayList<>();
    for (Object[] row : rows) {
      @SuppressWarnings("unchecked")
      T entity = (T) row[0];
      Revision rev = (Revision) row[1];
      RevisionType kind = (RevisionType) row[2];
      out.add(
          new RevisionView(
              rev.id,
              Instant.ofEpochMilli(rev.timestamp),
              rev.username,
              switch (kind) {
                case ADD -> "created";
                case MOD -> "updated";
                case DEL -> "deleted";
              },
              entity == null ? null : state.apply(entity)));
    }
    return out;
  }

  private static List<RevisionView> require(List<RevisionView> list, String what, Object id) {
    if (list.isEmpty()) {
      throw ProblemException.notFound(what, id);
    }
    return list;
  }

  private static Map<String, Object> state(Funnel f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.id);
    m.put("title", f.title);
    m.put("organisation", f.organisation);
    m.put("jurisdiction", f.jurisdiction);
    m.put("programme", f.programme);
    m.put("unit", f.unit);
    m.put("description", f.description);
    return m;
  }

  private static Map<String, Object> state(Stage s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("funnelId", safe(() -> s.funnel.id));
    m.put("key", s.key);
    m.put("position", s.position);
    m.put("label", s.label);
    m.put("baseStage", safe(() -> s.baseStage == null ? null : s.baseStage.key));
    m.put("definition", s.definition);
    m.put("unit", s.unit);
    m.put("selection", s.selection);
    m.put("estimates", s.estimates);
    return m;
  }

  private static Map<String, Object> state(Figure f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.id);
    m.put("funnelId", safe(() -> f.funnel.id));
    m.put("stage", safe(() -> f.stage.key));
    m.put("sequence", f.sequence);
    m.put("count", f.count);
    m.put("low", f.low);
    m.put("high", f.high);
    m.put("approximate", f.approximate);
    m.put("status", f.status);
    m.put("asOf", f.asOf);
    m.put("period", f.period);
    m.put("wording", f.wording);
    m.put("note", f.note);
    m.put("supersedes", safe(() -> f.supersedes == null ? null : f.supersedes.id));
    m.put("recordedAt", f.recordedAt);
    m.put("supersededAt", f.supersededAt);
    m.put("rank", f.rank);
    m.put("rankReason", f.rankReason);
    return m;
  }

  private static Map<String, Object> state(Statement s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.key);
    m.put("funnelId", safe(() -> s.funnel.id));
    m.put("sourceId", safe(() -> s.source.key));
    m.put("speaker", s.speaker);
    m.put("speakerRole", s.speakerRole);
    m.put("venue", s.venue);
    m.put("madeOn", s.madeOn);
    m.put("kind", s.kind);
    m.put("quote", s.quote);
    return m;
  }

  private static Map<String, Object> state(Source s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.key);
    m.put("funnelId", safe(() -> s.funnel.id));
    m.put("title", s.title);
    m.put("publisher", s.publisher);
    m.put("url", s.url);
    m.put("publishedOn", s.publishedOn);
    m.put("retrievedOn", s.retrievedOn);
    m.put("text", s.text);
    return m;
  }

  /**
   * A related value as it was at the revision; null when the related row's history does not reach
   * back that far (e.g. it was removed in the same revision).
   */
  private static Object safe(Supplier<Object> value) {
    try {
      return value.get();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
