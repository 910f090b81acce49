package org.casefunnel.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * Scores reconciliation on the hand-labelled set: the seed article against the seed funnel, a
 * follow-up of it, and five invented reports against funnels made for them. Prints precision and
 * recall of stage matching and of classification; fails below 0.85.
 */
@QuarkusTest
class ReconciliationEvaluationTest {

  @Test
  void stageMatchingAndClassificationReachEightyFivePercent() throws Exception {
    ReconciliationScore score = new ReconciliationScore();
    List<EvaluationSet.Case> cases = EvaluationSet.load();
    for (int i = 0; i < cases.size(); i++) {
      EvaluationSet.Case c = cases.get(i);
      String funnelId = importFunnel(c.funnel(), "eval-" + i);
      score.add(c.text(), c.labels(), answers(reconcile(funnelId, c)));
    }
    System.out.printf(
        "reconciliation over %d texts: stage matching precision=%.3f recall=%.3f (%d labelled"
            + " with a stage, %d matched, %d right); classification precision=%.3f recall=%.3f"
            + " (%d labelled with a class, %d classified, %d right)%n",
        cases.size(),
        score.stagePrecision(),
        score.stageRecall(),
        score.stageExpected,
        score.stagePredicted,
        score.stageCorrect,
        score.classPrecision(),
        score.classRecall(),
        score.classExpected,
        score.classPredicted,
        score.classCorrect);
    score.misses.forEach(m -> System.out.println("  " + m));
    assertThat(score.stagePrecision()).as("stage precision").isGreaterThanOrEqualTo(0.85);
    assertThat(score.stageRecall()).as("stage recall").isGreaterThanOrEqualTo(0.85);
    assertThat(score.classPrecision()).as("classification precision").isGreaterThanOrEqualTo(0.85);
    assertThat(score.classRecall()).as("classification recall").isGreaterThanOrEqualTo(0.85);
  }

  /** Imports a funnel document under a fresh id; returns the id. */
  static String importFunnel(ObjectNode doc, String prefix) {
    ObjectNode copy = doc.deepCopy();
    String id = prefix + "-" + copy.with("funnel").get("id").asText();
    ((ObjectNode) copy.get("funnel")).put("id", id);
    TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .body(copy.toString())
        .post("/api/funnel-documents")
        .then()
        .statusCode(201);
    return id;
  }

  private static String reconcile(String funnelId, EvaluationSet.Case c) {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("title", c.title());
    source.put("publisher", c.publisher());
    source.put("publishedOn", c.publishedOn());
    source.put("text", c.body());
    return TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .body(Map.of("source", source))
        .post("/api/funnels/" + funnelId + "/reconciliations")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static List<ReconciliationScore.Answer> answers(String body) throws Exception {
    List<ReconciliationScore.Answer> out = new ArrayList<>();
    for (var q : EvaluationSet.JSON.readTree(body).get("quantities")) {
      out.add(
          new ReconciliationScore.Answer(
              q.get("wording").asText(),
              q.has("match") ? q.get("match").get("stage").asText() : null,
              q.get("classification").asText()));
    }
    return out;
  }
}
