package org.casefunnel.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.figure.FeedDashboard.addFigure;
import static org.casefunnel.figure.FeedDashboard.apply;
import static org.casefunnel.figure.FeedDashboard.current;
import static org.casefunnel.figure.FeedDashboard.currentPerService;
import static org.casefunnel.figure.FeedDashboard.etag;
import static org.casefunnel.figure.FeedDashboard.page;
import static org.casefunnel.figure.FeedDashboard.rank;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.figure.FeedDashboard.Known;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * The changes feed tells deletions and rank changes too: a dashboard that applies the changes after
 * its cursor, in order, ends with the figures that are current, also when a figure or the whole
 * funnel is deleted. How the cursor resumes is in {@link ChangesFeedCursorTest}.
 */
@QuarkusTest
class ChangesFeedEventsTest {

  @Test
  void aDeletionIsADeletedChangeAndTheFiguresItHadSupersededAreRestored() {
    String funnel = "feed-delete";
    TestDocuments.ensureImported(TestDocuments.valid(funnel));
    Map<Long, Known> dashboard = new HashMap<>();
    JsonPath first = page(funnel, null, null, 100);
    apply(dashboard, first.getList("items"));
    long old = first.getLong("items.find { it.stage == 'reviewed' }.figureId");

    long added = addFigure(funnel, "reviewed", 140);
    JsonPath afterAdd = page(funnel, first.getString("next"), null, 100);
    assertThat(afterAdd.getList("items.change")).containsExactly("added", "superseded");
    assertThat(afterAdd.getList("items.figureId", Long.class)).containsExactly(added, old);
    assertThat(afterAdd.getString("items[0].by")).isEqualTo(TestAuth.EDITOR);
    apply(dashboard, afterAdd.getList("items"));
    assertThat(current(dashboard)).contains(added).doesNotContain(old);

    TestAuth.asEditor()
        .header("If-Match", etag("/api/figures/" + added))
        .delete("/api/figures/" + added)
        .then()
        .statusCode(204);

    JsonPath afterDelete = page(funnel, afterAdd.getString("next"), null, 100);
    assertThat(afterDelete.getList("items.change")).containsExactly("deleted", "restored");
    assertThat(afterDelete.getList("items.figureId", Long.class)).containsExactly(added, old);
    assertThat(afterDelete.getList("items.stage")).containsOnly("reviewed");
    assertThat(afterDelete.getList("items.funnelId")).containsOnly(funnel);
    assertThat(afterDelete.getList("items.by")).containsOnly(TestAuth.EDITOR);
    assertThat(afterDelete.get("items[0].figure") == null).isTrue();
    assertThat(afterDelete.getBoolean("items[1].figure.current")).isTrue();
    assertThat(afterDelete.getBoolean("more")).isFalse();
    apply(dashboard, afterDelete.getList("items"));
    assertThat(current(dashboard)).isEqualTo(currentPerService(funnel)).contains(old);

    // nothing new: the cursor stays
    JsonPath idle = page(funnel, afterDelete.getString("next"), null, 100);
    assertThat(idle.getList("items")).isEmpty();
    assertThat(idle.getString("next")).isEqualTo(afterDelete.getString("next"));
  }

  @Test
  void aRankChangeIsARankedChangeAndDeprecatingTheNewestRestoresWhatItSuperseded() {
    String funnel = "feed-rank";
    TestDocuments.ensureImported(TestDocuments.valid(funnel));
    Map<Long, Known> dashboard = new HashMap<>();
    JsonPath first = page(funnel, null, null, 100);
    apply(dashboard, first.getList("items"));
    long old = first.getLong("items.find { it.stage == 'reviewed' }.figureId");
    long added = addFigure(funnel, "reviewed", 140);
    JsonPath afterAdd = page(funnel, first.getString("next"), null, 100);
    apply(dashboard, afterAdd.getList("items"));

    rank(added, "deprecated", "Counted twice");
    JsonPath deprecated = page(funnel, afterAdd.getString("next"), null, 100);
    assertThat(deprecated.getList("items.change")).containsExactly("ranked", "restored");
    assertThat(deprecated.getList("items.figureId", Long.class)).containsExactly(added, old);
    assertThat(deprecated.getString("items[0].rank")).isEqualTo("deprecated");
    apply(dashboard, deprecated.getList("items"));
    assertThat(current(dashboard))
        .isEqualTo(currentPerService(funnel))
        .contains(old)
        .doesNotContain(added);

    rank(added, "normal", null);
    JsonPath normal = page(funnel, deprecated.getString("next"), null, 100);
    assertThat(normal.getList("items.change")).containsExactly("ranked", "superseded");
    assertThat(normal.getString("items[0].rank")).isEqualTo("normal");
    apply(dashboard, normal.getList("items"));
    assertThat(current(dashboard))
        .isEqualTo(currentPerService(funnel))
        .contains(added)
        .doesNotContain(old);
  }

  @Test
  void deletingTheFunnelIsADeletedChangeForEachFigureAndItsFeedStillAnswers() {
    String funnel = "feed-funnel-gone";
    TestDocuments.ensureImported(TestDocuments.valid(funnel));
    JsonPath first = page(funnel, null, null, 100);
    List<Long> ids = first.getList("items.figureId", Long.class);
    TestAuth.asEditor()
        .header("If-Match", etag("/api/funnels/" + funnel))
        .delete("/api/funnels/" + funnel)
        .then()
        .statusCode(204);

    JsonPath gone = page(funnel, first.getString("next"), null, 100);
    assertThat(gone.getList("items.change")).containsOnly("deleted");
    assertThat(gone.getList("items.figureId", Long.class)).containsExactlyInAnyOrderElementsOf(ids);
    Map<Long, Known> dashboard = new HashMap<>();
    apply(dashboard, first.getList("items"));
    apply(dashboard, gone.getList("items"));
    assertThat(dashboard).isEmpty();
  }
}
