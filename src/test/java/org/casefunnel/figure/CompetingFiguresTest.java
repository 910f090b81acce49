package org.casefunnel.figure;

import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.figure.CompetingFigures.addInspectorateFigure;
import static org.casefunnel.figure.CompetingFigures.conflictWarning;
import static org.casefunnel.figure.CompetingFigures.document;
import static org.casefunnel.figure.CompetingFigures.forceFigure;
import static org.casefunnel.figure.CompetingFigures.inspectorateFigure;
import static org.casefunnel.figure.CompetingFigures.rank;
import static org.casefunnel.figure.CompetingFigures.statistics;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 2: two figures of one stage at the same date, on different statements, with
 * different values compete; both stay current, the statistics warn and say which counts and why,
 * and an editor ranks one preferred, through the API or in an imported document. How ranks are
 * changed, what deprecation does and how ranks travel are in {@link FigureRanksTest}.
 */
@QuarkusTest
class CompetingFiguresTest {

  @Test
  void competingFiguresStayCurrentAndTheWarningNamesBothAndThenThePreferredOne() {
    String funnel = "compete-a";
    TestDocuments.ensureImported(document(funnel));
    long force = forceFigure(funnel);
    long inspectorate = addInspectorateFigure(funnel);

    asEditor()
        .get("/api/funnels/" + funnel + "/stages/reviewed/figures")
        .then()
        .body("count", equalTo(list(120, 100)))
        .body("current", equalTo(list(true, true)));

    JsonPath before = statistics(funnel);
    assertThat(before.getLong("stages.find { it.key == 'reviewed' }.figureId"), inspectorate);
    String warning = conflictWarning(before);
    org.assertj.core.api.Assertions.assertThat(warning)
        .contains("figure " + force + ", 120", "Jane Doe")
        .contains("figure " + inspectorate + ", 100", "Chief Inspector Smith")
        .contains("use figure " + inspectorate + " (100)")
        .contains("none is ranked preferred", "most recently recorded");
    org.assertj.core.api.Assertions.assertThat(
            before.getString("warnings.find { it.code == 'conflicting_figures' }.stage"))
        .isEqualTo("reviewed");

    rank(force, "preferred", "The force counted every case itself.")
        .statusCode(200)
        .header("ETag", startsWith("\""))
        .body("rank", equalTo("preferred"))
        .body("rankReason", equalTo("The force counted every case itself."))
        .body("current", equalTo(true));

    JsonPath after = statistics(funnel);
    assertThat(after.getLong("stages.find { it.key == 'reviewed' }.figureId"), force);
    org.assertj.core.api.Assertions.assertThat(
            after.getLong("stages.find { it.key == 'reviewed' }.value.low"))
        .isEqualTo(120);
    org.assertj.core.api.Assertions.assertThat(conflictWarning(after))
        .contains("use figure " + force + " (120) because it is ranked preferred")
        .contains("The force counted every case itself.")
        .doesNotContain("none is ranked preferred");
    asEditor()
        .get("/api/funnels/" + funnel)
        .then()
        .body("stages.find { it.key == 'reviewed' }.figure.id", equalTo((int) force));

    // the page shows the rank and the warning
    asEditor()
        .get("/funnels/" + funnel)
        .then()
        .statusCode(200)
        .body(allOf(containsString("conflicting_figures"), containsString("rank: preferred")));
  }

  @Test
  void anImportedDocumentWithCompetingFiguresKeepsBothAndWarns() {
    String funnel = "compete-e";
    Map<String, Object> doc = document(funnel);
    @SuppressWarnings("unchecked")
    List<Object> figures = new ArrayList<>((List<Object>) doc.get("figures"));
    Map<String, Object> preferred = inspectorateFigure();
    preferred.put("rank", "preferred");
    preferred.put("rankReason", "The inspectorate checked each case");
    figures.add(preferred);
    doc.put("figures", figures);
    TestDocuments.ensureImported(doc);
    asEditor()
        .get("/api/funnels/" + funnel + "/stages/reviewed/figures")
        .then()
        .body("current", equalTo(list(true, true)))
        .body("rank", equalTo(list("normal", "preferred")));
    org.assertj.core.api.Assertions.assertThat(conflictWarning(statistics(funnel)))
        .contains("because it is ranked preferred: 'The inspectorate checked each case'");

    preferred.remove("rankReason");
    Map<String, Object> bad = document(funnel + "-bad");
    bad.put("figures", figures);
    TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .body(bad)
        .post("/api/funnel-documents")
        .then()
        .statusCode(422)
        .body("errors.pointer", hasItem("/figures/" + (figures.size() - 1) + "/rankReason"));
  }

  private static void assertThat(long actual, long expected) {
    org.assertj.core.api.Assertions.assertThat(actual).isEqualTo(expected);
  }
}
