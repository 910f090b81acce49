package org.casefunnel.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.support.TestAuth.asEditor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;

/**
 * The changes feed reads one snapshot (issue 15): a figure superseded by another transaction while
 * the feed is being read is reported with its time, never with a null time (a 500).
 */
@QuarkusTest
class ChangesSnapshotTest {

  @Inject ChangesService changes;
  @Inject EntityManager em;

  @Test
  @Transactional
  void aFigureSupersededWhileTheFeedIsReadComesWithItsTime() {
    TestDocuments.ensureImported(TestDocuments.valid("changes-race"));
    // the feed's transaction has already seen the figure before another one supersedes it
    em.createQuery("select f from Figure f where f.funnel.id = 'changes-race'").getResultList();
    asEditor()
        .contentType(ContentType.JSON)
        .body(
            map(
                "stage", "reviewed",
                "count", 125,
                "status", "provisional",
                "wording", "125 reviewed",
                "statementIds", list("st1")))
        .post("/api/funnels/changes-race/stages/reviewed/figures")
        .then()
        .statusCode(201);

    ChangesPage page = changes.changes(null, null, "changes-race", 100);

    assertThat(page.items()).allSatisfy(c -> assertThat(c.at()).isNotNull());
    assertThat(page.items().stream().map(ChangeView::change))
        .containsExactly("added", "added", "added", "added", "added", "superseded");
  }
}
