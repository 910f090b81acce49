package org.casefunnel.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.performance.QueryCounting.generated;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.casefunnel.TestDocuments;
import org.casefunnel.model.Funnel;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Counts the SQL statements a read makes (Hibernate statistics, on in the test profile): reads of
 * one funnel must not grow with its stages and figures (no N+1), unchanged reads are served from
 * memory, and lists are paged in the database. Revalidations and reads after a write are in {@link
 * QueryCountOnRevalidationTest}.
 */
@QuarkusTest
class QueryCountTest {

  @Inject SessionFactory sessionFactory;
  @Inject MeterRegistry meters;

  @BeforeEach
  void importFunnels() {
    TestDocuments.ensureImported(generated("count-small", 2, 1));
    TestDocuments.ensureImported(generated("count-large", 8, 10));
  }

  @Test
  void funnelViewTakesTheSameStatementsForTwoStagesAsForEightWithTenFiguresEach() {
    // asOf variants that no other test asks for, so neither view is cached yet
    long small = statements(() -> view("count-small", "2025-12-31", 2));
    long large = statements(() -> view("count-large", "2025-12-31", 8));

    assertThat(large).isEqualTo(small);
    // the HTTP caching filter's version lookup (unless in memory), then funnel, stages with their
    // base and
    // definition statements, figures with their statements
    assertThat(large).isLessThanOrEqualTo(4);
  }

  @Test
  void unchangedFunnelViewIsServedFromMemoryWithNoStatement() {
    view("count-large", null, 8);

    long again = statements(() -> view("count-large", null, 8));

    // the stamp is in memory and the body in the response cache
    assertThat(again).isZero();
  }

  @Test
  void statisticsTakeTheSameStatementsForTwoStagesAsForEightWithTenFiguresEach() {
    long small = statements(() -> statistics("count-small", "2025-11-30", 2));
    long large = statements(() -> statistics("count-large", "2025-11-30", 8));

    assertThat(large).isEqualTo(small);
    // funnel, stages, current figures with statements, breakdown parts
    assertThat(large).isLessThanOrEqualTo(4);
  }

  @Test
  void provenanceExportTakesAFewStatementsWhateverTheNumberOfFigures() {
    long large =
        statements(
            () ->
                asEditor()
                    .get("/api/funnels/count-large/prov")
                    .then()
                    .statusCode(200)
                    .body("entity", org.hamcrest.Matchers.notNullValue()));

    // the stamp lookup, sources, statements, all figures, their breakdown parts in one query, the
    // audit history, and the statistics' reading unless cached: not a query per figure or per 16
    // figures (80 here; loading the parts lazily took 15 statements)
    assertThat(large).isLessThanOrEqualTo(10);
  }

  @Test
  void unchangedFunnelStatisticsAreServedFromMemoryWithNoStatement() {
    statistics("count-large", null, 8);

    long again = statements(() -> statistics("count-large", null, 8));

    // the stamp is in memory and the body in the response cache
    assertThat(again).isZero();
  }

  @Test
  void funnelPageTakesItsSeriesDatesFromTheReadingWithNoQueryOfItsOwn() {
    // the statistics as of these dates compute the readings the pages show, and cache them
    statistics("count-large", "2025-08-31", 8);
    statistics("count-large", "2025-01-31", 8);

    long page =
        statements(
            () ->
                assertThat(page("count-large", "2025-08-31")).contains("series.svg?to=2025-08-31"));
    // the funnel's revision names the cached reading; counting the figures' dates was a query
    assertThat(page).isLessThanOrEqualTo(1);
    // as of January the figures have one date: no change to show, so no series
    assertThat(page("count-large", "2025-01-31")).doesNotContain("series.svg");
  }

  private static String page(String id, String asOf) {
    return asEditor()
        .queryParam("asOf", asOf)
        .get("/funnels/" + id)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  @Test
  void funnelListLoadsOnlyThePageFromTheDatabase() {
    for (int i = 0; i < 5; i++) {
      TestDocuments.ensureImported(generated("count-list-" + i, "Pagingshire Police", 2, 1));
    }
    Statistics stats = sessionFactory.getStatistics();
    stats.clear();
    double stampsBefore = stampLookups();

    asEditor()
        .queryParam("organisation", "Pagingshire Police")
        .queryParam("page", 1)
        .queryParam("size", 2)
        .get("/api/funnels")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("items", hasSize(2))
        .body("page", equalTo(1))
        .body("total", equalTo(5))
        .body("items[0].id", equalTo("count-list-2"))
        .body("items[1].id", equalTo("count-list-3"));

    // only the two funnels of the page become entities: the database did the paging
    assertThat(stats.getEntityStatistics(Funnel.class.getName()).getLoadCount()).isEqualTo(2);
    // the list's cache stamp, the page and its total
    assertThat(stats.getPrepareStatementCount() + (long) (stampLookups() - stampsBefore))
        .isEqualTo(3);
  }

  private void view(String id, String asOf, int stages) {
    var request = asEditor();
    if (asOf != null) {
      request = request.queryParam("asOf", asOf);
    }
    request
        .get("/api/funnels/" + id)
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("stages", hasSize(stages))
        .body("stages[0].figure.statementIds", equalTo(List.of("st1", "st2")));
  }

  private void statistics(String id, String asOf, int stages) {
    var request = asEditor();
    if (asOf != null) {
      request = request.queryParam("asOf", asOf);
    }
    request
        .get("/api/funnels/" + id + "/statistics")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("funnelId", equalTo(id))
        .body("stages", hasSize(stages));
  }

  private long statements(Runnable request) {
    return QueryCounting.statements(sessionFactory, meters, request);
  }

  private double stampLookups() {
    return QueryCounting.stampLookups(meters);
  }
}
