package org.casefunnel.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.oneOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * A funnel exported and imported under a new id is the same funnel: over seeded random histories
 * (figures recorded one by one and by patches, ranked and re-ranked, deleted; stages renamed and
 * deleted, estimated ones too), the copy's document, stage figure lists, series, statistics and
 * PROV revisions equal the original's, apart from the funnel id and what the server generates
 * (figure ids, versions, recording times).
 */
@QuarkusTest
class DocumentRoundTripTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SCENARIOS = 25;

  /** Members the server sets at the copy's own recording, compared only as present or absent. */
  private static final Set<String> RECORDING_TIMES = Set.of("recordedAt", "supersededAt");

  /** Members holding a figure id, compared as the figure's stage and place in its history. */
  private static final Set<String> FIGURE_IDS =
      Set.of("id", "figureId", "supersedes", "supersededBy");

  private static final Pattern FIGURE_IN_TEXT = Pattern.compile("figure (\\d+)");

  @Test
  void everyFunnelHistoryRoundTripsThroughItsDocument() throws Exception {
    for (int seed = 1; seed <= SCENARIOS; seed++) {
      roundTrip(seed);
    }
  }

  @Test
  void aSupersessionLinkToAFigureLaterDeprecatedRoundTrips() throws Exception {
    // the reported case: June's figure superseded January's, then was ranked deprecated
    String id = "rt-reported";
    Map<String, Object> doc = RoundTripScenarios.document(id, new Random(0));
    doc.put("figures", List.of());
    importDocument(doc);
    Map<String, Object> jan = RoundTripScenarios.figure("found", new Random(1));
    jan.put("asOf", "2025-01-31");
    jan.remove("rank");
    jan.remove("rankReason");
    Map<String, Object> jun = new HashMap<>(jan);
    jun.put("asOf", "2025-06-30");
    post(id, jan);
    long june = post(id, jun);
    rank(june, Map.of("rank", "deprecated", "rankReason", "Double-counted transfers."));
    assertSameFunnel(id, "the reported case");
  }

  private void roundTrip(int seed) throws Exception {
    Random r = new Random(seed);
    String id = "rt-" + seed;
    importDocument(RoundTripScenarios.document(id, r));
    int steps = 6 + r.nextInt(12);
    for (int i = 0; i < steps; i++) {
      int op = r.nextInt(12);
      List<Long> ids = figureIds(id);
      List<String> keys = stageKeys(id);
      if (op < 5 || ids.isEmpty()) {
        String stage = keys.get(r.nextInt(keys.size()));
        post(id, RoundTripScenarios.figure(stage, r));
      } else if (op < 7) {
        rank(ids.get(r.nextInt(ids.size())), RoundTripScenarios.rank(r));
      } else if (op < 8) {
        long figure = ids.get(r.nextInt(ids.size()));
        asEditor()
            .header("If-Match", TestAuth.etag("/api/figures/" + figure))
            .delete("/api/figures/" + figure)
            .then()
            .statusCode(204);
      } else if (op < 9) {
        List<Object> figures = new ArrayList<>();
        for (int j = 1 + r.nextInt(3); j > 0; j--) {
          figures.add(RoundTripScenarios.figure(keys.get(r.nextInt(keys.size())), r));
        }
        asEditor()
            .contentType(ContentType.JSON)
            .header("If-Match", TestAuth.etag("/api/funnels/" + id))
            .body(Map.of("figures", figures))
            .post("/api/funnels/" + id + "/document-patches")
            .then()
            .statusCode(200);
      } else if (op < 11) {
        // a rename, of an estimated stage or any other: every link to it follows
        String stage = keys.get(r.nextInt(keys.size()));
        asEditor()
            .contentType("application/merge-patch+json")
            .header("If-Match", TestAuth.etag(stagePath(id, stage)))
            .body(Map.of("key", stage.replaceAll("_v\\d+$", "") + "_v" + i))
            .patch(stagePath(id, stage))
            .then()
            .statusCode(200);
      } else if (keys.size() > 2) {
        // a delete: refused while another stage names it as its base or estimates it
        String stage = keys.get(r.nextInt(keys.size()));
        asEditor()
            .header("If-Match", TestAuth.etag(stagePath(id, stage)))
            .delete(stagePath(id, stage))
            .then()
            .statusCode(oneOf(204, 409));
      }
    }
    assertSameFunnel(id, "seed " + seed);
  }

  private static String stagePath(String funnel, String stage) {
    return "/api/funnels/" + funnel + "/stages/" + stage;
  }

  /** The funnel's stage keys as they stand (renames and deletes change them). */
  private static List<String> stageKeys(String funnel) throws Exception {
    List<String> keys = new ArrayList<>();
    read("/api/funnels/" + funnel + "/stages").forEach(s -> keys.add(s.get("key").asText()));
    return keys;
  }

  /** Exports {@code id}, imports it as {@code id}-copy, and compares every reading of the two. */
  private void assertSameFunnel(String id, String scenario) throws Exception {
    String copy = id + "-copy";
    JsonNode exported = read("/api/funnels/" + id + "/document");
    ObjectNode doc = exported.deepCopy();
    ((ObjectNode) doc.get("funnel")).put("id", copy);
    importDocument(doc);
    JsonNode again = read("/api/funnels/" + copy + "/document").deepCopy();
    ((ObjectNode) again.get("funnel")).put("id", id);
    assertThat(again).as(scenario + ": the copy's document").isEqualTo(exported);

    Map<Long, String> places = new HashMap<>();
    Map<String, JsonNode> originalLists = new HashMap<>();
    Map<String, JsonNode> copyLists = new HashMap<>();
    List<String> keys = stageKeys(id);
    assertThat(stageKeys(copy)).as(scenario + ": the copy's stages").isEqualTo(keys);
    for (String stage : keys) {
      originalLists.put(stage, figures(id, stage, places));
      copyLists.put(stage, figures(copy, stage, places));
    }
    for (String stage : keys) {
      assertThat(normal(copyLists.get(stage), places, copy))
          .as(scenario + ": the figures of stage " + stage)
          .isEqualTo(normal(originalLists.get(stage), places, id));
    }
    for (String path : List.of("/series", "/statistics")) {
      assertThat(normal(read("/api/funnels/" + copy + path), places, copy))
          .as(scenario + ": " + path)
          .isEqualTo(normal(read("/api/funnels/" + id + path), places, id));
    }
    assertThat(revisions(copy, places))
        .as(scenario + ": PROV revisions")
        .isEqualTo(revisions(id, places));
  }

  private static void importDocument(Object doc) {
    asEditor()
        .contentType(ContentType.JSON)
        .body(doc)
        .post("/api/funnel-documents")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(201);
  }

  private static long post(String funnel, Map<String, Object> figure) {
    return ((Number)
            asEditor()
                .contentType(ContentType.JSON)
                .body(figure)
                .post("/api/funnels/" + funnel + "/stages/" + figure.get("stage") + "/figures")
                .then()
                .statusCode(201)
                .extract()
                .path("id"))
        .longValue();
  }

  private static void rank(long figure, Map<String, Object> rank) {
    asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", TestAuth.etag("/api/figures/" + figure))
        .body(rank)
        .put("/api/figures/" + figure + "/rank")
        .then()
        .statusCode(200);
  }

  private static List<Long> figureIds(String funnel) throws Exception {
    List<Long> ids = new ArrayList<>();
    for (String stage : stageKeys(funnel)) {
      figures(funnel, stage, new HashMap<>()).forEach(f -> ids.add(f.get("id").asLong()));
    }
    return ids;
  }

  /** A stage's figures, noting each figure's id as its stage and place in the stage's history. */
  private static JsonNode figures(String funnel, String stage, Map<Long, String> places)
      throws Exception {
    JsonNode list = read("/api/funnels/" + funnel + "/stages/" + stage + "/figures");
    list.forEach(f -> places.put(f.get("id").asLong(), stage + "#" + f.get("sequence").asInt()));
    return list;
  }

  private static JsonNode read(String path) throws Exception {
    String body =
        asEditor().accept(ContentType.JSON).get(path).then().statusCode(200).extract().asString();
    return JSON.readTree(body);
  }

  /** The figure-to-figure revisions PROV states, as pairs of places. */
  private static Set<List<String>> revisions(String funnel, Map<Long, String> places)
      throws Exception {
    JsonNode derived = read("/api/funnels/" + funnel + "/prov").path("wasDerivedFrom");
    Set<List<String>> out = new java.util.HashSet<>();
    derived.forEach(
        d -> {
          String generated = d.path("prov:generatedEntity").asText();
          String used = d.path("prov:usedEntity").asText();
          // figure to figure: a revision (a part's entity is f:figure-7-part-0)
          if (generated.matches("f:figure-\\d+") && used.matches("f:figure-\\d+")) {
            out.add(
                List.of(
                    places.get(Long.parseLong(generated.substring(9))),
                    places.get(Long.parseLong(used.substring(9)))));
          }
        });
    return out;
  }

  /**
   * A reading with figure ids as places, the funnel id as FUNNEL, versions dropped and recording
   * times as whether they are set.
   */
  private static JsonNode normal(JsonNode node, Map<Long, String> places, String funnel) {
    JsonNode out = node.deepCopy();
    normalise(out, places, funnel);
    return out;
  }

  private static void normalise(JsonNode node, Map<Long, String> places, String funnel) {
    if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i).isTextual()) {
          a.set(i, TextNode.valueOf(text(a.get(i).asText(), places, funnel)));
        } else {
          normalise(a.get(i), places, funnel);
        }
      }
      return;
    }
    if (!(node instanceof ObjectNode o)) {
      return;
    }
    o.remove("version");
    List<String> names = new ArrayList<>();
    Iterator<String> it = o.fieldNames();
    it.forEachRemaining(names::add);
    for (String name : names) {
      JsonNode v = o.get(name);
      if (RECORDING_TIMES.contains(name)) {
        o.put(name, !v.isNull());
      } else if (FIGURE_IDS.contains(name) && v.isNumber() && places.containsKey(v.asLong())) {
        o.put(name, places.get(v.asLong()));
      } else if (v.isTextual()) {
        o.put(name, text(v.asText(), places, funnel));
      } else {
        normalise(v, places, funnel);
      }
    }
  }

  /**
   * Text with the funnel id as FUNNEL and "figure 16" as the figure's place (warnings name ids).
   */
  private static String text(String s, Map<Long, String> places, String funnel) {
    return FIGURE_IN_TEXT
        .matcher(s.replace(funnel, "FUNNEL"))
        .replaceAll(
            m -> {
              String place = places.get(Long.parseLong(m.group(1)));
              return "figure " + (place == null ? m.group(1) : place);
            });
  }
}
