package org.casefunnel.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.support.TestAuth.asEditor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A funnel's snapshot and statistics are computed once per (funnel, revision, asOf) and shared by
 * the statistics, their CSV, the chart and the page; a write makes the next read recompute.
 */
@QuarkusTest
class SnapshotCacheTest {

  @Inject StatisticsService statistics;

  @BeforeEach
  void importFunnel() {
    TestDocuments.ensureImported(TestDocuments.valid("snapshot-cache"));
  }

  @Test
  void anUnchangedFunnelIsReadOnceAndAWriteIsSeenAtOnce() {
    FunnelReading first = statistics.reading("snapshot-cache", null);

    assertThat(statistics.reading("snapshot-cache", null)).isSameAs(first);
    assertThat(statistics.funnel("snapshot-cache", null)).isSameAs(first.statistics());
    // another asOf is another key
    assertThat(statistics.reading("snapshot-cache", LocalDate.parse("2026-01-31")))
        .isNotSameAs(first);

    asEditor()
        .contentType(ContentType.JSON)
        .body(
            map(
                "stage", "in_scope",
                "count", 81,
                "status", "reported",
                "asOf", "2026-01-12",
                "wording", "81 cases",
                "statementIds", list("st1")))
        .post("/api/funnels/snapshot-cache/stages/in_scope/figures")
        .then()
        .statusCode(201);

    FunnelReading after = statistics.reading("snapshot-cache", null);
    assertThat(after).isNotSameAs(first);
    assertThat(after.snapshot().stage("in_scope").orElseThrow().figure().count()).isEqualTo(81);
    // the figure's statement came with its source, read in the same fixed set of queries
    assertThat(after.snapshot().stage("in_scope").orElseThrow().figure().statements())
        .singleElement()
        .satisfies(st -> assertThat(st.source().title()).isEqualTo("Panel minutes"));
  }
}
