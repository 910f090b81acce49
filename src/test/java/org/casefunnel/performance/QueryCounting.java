package org.casefunnel.performance;

import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.funnel.FunnelStamps;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * What the query-count tests share: funnels of a chosen size, and the count of the statements a
 * request runs (Hibernate's, and the HTTP caching filter's stamp lookups).
 */
final class QueryCounting {

  private QueryCounting() {}

  /** Statements a request runs: Hibernate's, and the HTTP caching filter's stamp lookups. */
  static long statements(SessionFactory sessionFactory, MeterRegistry meters, Runnable request) {
    Statistics stats = sessionFactory.getStatistics();
    stats.clear();
    double before = stampLookups(meters);
    request.run();
    return stats.getPrepareStatementCount() + (long) (stampLookups(meters) - before);
  }

  static double stampLookups(MeterRegistry meters) {
    return meters.counter(FunnelStamps.LOOKUPS).count();
  }

  /**
   * A funnel of {@code stages} stages with {@code figuresPerStage} figures each; the figures of a
   * stage count 1000 + stage index and hold as of successive month ends of 2025.
   */
  static Map<String, Object> generated(String id, int stages, int figuresPerStage) {
    return generated(id, "Countshire Police", stages, figuresPerStage);
  }

  static Map<String, Object> generated(
      String id, String organisation, int stages, int figuresPerStage) {
    Map<String, Object> doc = TestDocuments.valid(id);
    @SuppressWarnings("unchecked")
    Map<String, Object> funnel = (Map<String, Object>) doc.get("funnel");
    funnel.put("organisation", organisation);
    List<Map<String, Object>> stageList = new ArrayList<>();
    List<Map<String, Object>> figures = new ArrayList<>();
    for (int s = 0; s < stages; s++) {
      stageList.add(
          map(
              "key",
              "stage-" + s,
              "label",
              "Stage " + s,
              "baseStage",
              s == 0 ? null : "stage-" + (s - 1),
              "definitionStatementIds",
              list("st1", "st2")));
      for (int j = 0; j < figuresPerStage; j++) {
        figures.add(
            map(
                "stage",
                "stage-" + s,
                "count",
                1000 + s,
                "status",
                "reported",
                "asOf",
                String.format("2025-%02d-28", j + 1),
                "wording",
                (1000 + s) + " cases",
                "statementIds",
                list("st1", "st2")));
      }
    }
    doc.put("stages", stageList);
    doc.put("figures", figures);
    return doc;
  }
}
