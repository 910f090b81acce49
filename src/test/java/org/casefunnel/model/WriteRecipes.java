package org.casefunnel.model;

import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;

/**
 * A valid request for every write operation of the API, made against a fresh funnel of its own, so
 * that tests can enumerate the operations of {@code /q/openapi} and check each one. A new write
 * operation without a recipe here fails those tests, so it cannot escape them.
 */
final class WriteRecipes {

  /** What a write stores: how its outcome under a burst of identical requests is documented. */
  enum Kind {
    /** Names a version in If-Match: one winner, the rest 412. */
    CONDITIONAL,
    /** Creates a resource under a key: one winner, the rest 409. */
    CREATE,
    /** Appends to a collection, claiming no version: every request succeeds, in turn. */
    APPEND,
    /** Stores nothing (extraction). */
    NONE
  }

  /** One write: its method, path and body for a fixture funnel, and what it is. */
  record Recipe(
      String operationId, String method, String path, Object body, Kind kind, int status) {}

  private WriteRecipes() {}

  /** A fresh funnel with, besides the test document, a statement and a source nothing rests on. */
  static Fixture fixture(String funnelId) {
    Map<String, Object> doc = TestDocuments.valid(funnelId);
    @SuppressWarnings("unchecked")
    List<Object> statements = new ArrayList<>((List<Object>) doc.get("statements"));
    statements.add(statement("st3", "120 were reviewed"));
    doc.put("statements", statements);
    @SuppressWarnings("unchecked")
    List<Object> sources = new ArrayList<>((List<Object>) doc.get("sources"));
    sources.add(source("s2", "Unused source"));
    doc.put("sources", sources);
    TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .body(doc)
        .post("/api/funnel-documents")
        .then()
        .statusCode(201);
    String api = "/api/funnels/" + funnelId;
    return new Fixture(
        funnelId,
        idOf(api + "/statements", "st3"),
        idOf(api + "/sources", "s2"),
        TestAuth.asEditor()
            .get(api + "/stages/in_scope")
            .then()
            .extract()
            .path("figure.id")
            .toString());
  }

  record Fixture(String funnelId, String statementId, String sourceId, String figureId) {

    /** The recipe of an operation, or null when there is none (the test then fails). */
    Recipe recipe(String operationId) {
      String api = "/api/funnels/" + funnelId;
      return switch (operationId) {
        case "createFunnel" ->
            new Recipe(
                operationId,
                "POST",
                "/api/funnels",
                TestDocuments.valid(funnelId + "-new").get("funnel"),
                Kind.CREATE,
                201);
        case "importFunnelDocument" ->
            new Recipe(
                operationId,
                "POST",
                "/api/funnel-documents",
                TestDocuments.valid(funnelId + "-doc"),
                Kind.CREATE,
                201);
        case "updateFunnel" -> {
          @SuppressWarnings("unchecked")
          Map<String, Object> spec =
              new LinkedHashMap<>(
                  (Map<String, Object>) TestDocuments.valid(funnelId).get("funnel"));
          spec.put("title", "Renamed review");
          yield new Recipe(operationId, "PUT", api, spec, Kind.CONDITIONAL, 200);
        }
        case "deleteFunnel" -> new Recipe(operationId, "DELETE", api, null, Kind.CONDITIONAL, 204);
        case "createStage" ->
            new Recipe(
                operationId,
                "POST",
                api + "/stages",
                map("key", "extra", "label", "Extra stage", "baseStage", "identified"),
                Kind.CREATE,
                201);
        case "updateStage" ->
            new Recipe(
                operationId,
                "PUT",
                api + "/stages/in_scope",
                map("key", "in_scope", "label", "Renamed stage", "baseStage", "reviewed"),
                Kind.CONDITIONAL,
                200);
        case "deleteStage" ->
            new Recipe(
                operationId, "DELETE", api + "/stages/in_scope", null, Kind.CONDITIONAL, 204);
        case "addStageFigure" ->
            new Recipe(
                operationId,
                "POST",
                api + "/stages/in_scope/figures",
                map(
                    "stage", "in_scope",
                    "count", 80,
                    "status", "reported",
                    "wording", "80 remained in scope",
                    "statementIds", list("st1")),
                Kind.APPEND,
                201);
        case "rankFigure" ->
            new Recipe(
                operationId,
                "PUT",
                "/api/figures/" + figureId + "/rank",
                map("rank", "preferred", "rankReason", "Counted case by case"),
                Kind.CONDITIONAL,
                200);
        case "deleteFigure" ->
            new Recipe(
                operationId, "DELETE", "/api/figures/" + figureId, null, Kind.CONDITIONAL, 204);
        case "createStatement" ->
            new Recipe(
                operationId,
                "POST",
                api + "/statements",
                statement("st9", "500 cases were found"),
                Kind.CREATE,
                201);
        case "updateStatement" ->
            new Recipe(
                operationId,
                "PUT",
                "/api/statements/" + statementId,
                statement("st3", "80 remained in scope"),
                Kind.CONDITIONAL,
                200);
        case "deleteStatement" ->
            new Recipe(
                operationId,
                "DELETE",
                "/api/statements/" + statementId,
                null,
                Kind.CONDITIONAL,
                204);
        case "createSource" ->
            new Recipe(
                operationId,
                "POST",
                api + "/sources",
                source("s9", "New source"),
                Kind.CREATE,
                201);
        case "updateSource" ->
            new Recipe(
                operationId,
                "PUT",
                "/api/sources/" + sourceId,
                source("s2", "Renamed source"),
                Kind.CONDITIONAL,
                200);
        case "deleteSource" ->
            new Recipe(
                operationId, "DELETE", "/api/sources/" + sourceId, null, Kind.CONDITIONAL, 204);
        case "patchFunnel" ->
            new Recipe(
                operationId, "PATCH", api, map("title", "Patched review"), Kind.CONDITIONAL, 200);
        case "patchStage" ->
            new Recipe(
                operationId,
                "PATCH",
                api + "/stages/in_scope",
                map("label", "Patched stage"),
                Kind.CONDITIONAL,
                200);
        case "patchStatement" ->
            new Recipe(
                operationId,
                "PATCH",
                "/api/statements/" + statementId,
                map("venue", null),
                Kind.CONDITIONAL,
                200);
        case "patchStatementByKey" ->
            new Recipe(
                operationId,
                "PATCH",
                api + "/statements/st3",
                map("venue", null),
                Kind.CONDITIONAL,
                200);
        case "updateStatementByKey" ->
            new Recipe(
                operationId,
                "PUT",
                api + "/statements/st3",
                statement("st3", "80 remained in scope"),
                Kind.CONDITIONAL,
                200);
        case "deleteStatementByKey" ->
            new Recipe(operationId, "DELETE", api + "/statements/st3", null, Kind.CONDITIONAL, 204);
        case "patchSource" ->
            new Recipe(
                operationId,
                "PATCH",
                "/api/sources/" + sourceId,
                map("title", "Patched source"),
                Kind.CONDITIONAL,
                200);
        case "patchSourceByKey" ->
            new Recipe(
                operationId,
                "PATCH",
                api + "/sources/s2",
                map("title", "Patched source"),
                Kind.CONDITIONAL,
                200);
        case "updateSourceByKey" ->
            new Recipe(
                operationId,
                "PUT",
                api + "/sources/s2",
                source("s2", "Renamed source"),
                Kind.CONDITIONAL,
                200);
        case "deleteSourceByKey" ->
            new Recipe(operationId, "DELETE", api + "/sources/s2", null, Kind.CONDITIONAL, 204);
        case "extractFromText" ->
            new Recipe(
                operationId,
                "POST",
                "/api/extractions",
                map("text", TestDocuments.TEXT),
                Kind.NONE,
                200);
        case "extractFromSource" ->
            new Recipe(
                operationId,
                "POST",
                "/api/sources/" + idOf(api + "/sources", "s1") + "/extractions",
                null,
                Kind.NONE,
                200);
        case "reconcileSource" ->
            new Recipe(
                operationId,
                "POST",
                api + "/reconciliations",
                map("sourceKey", "s1"),
                Kind.NONE,
                200);
        case "applyFunnelDocumentPatch" ->
            new Recipe(
                operationId,
                "POST",
                api + "/document-patches",
                map(
                    "statements",
                    list(statement("st-patch", "120 were reviewed")),
                    "figures",
                    list(
                        map(
                            "stage", "in_scope",
                            "count", 90,
                            "status", "reported",
                            "wording", "90 remained in scope",
                            "statementIds", list("st1")))),
                Kind.CONDITIONAL,
                200);
        default -> null;
      };
    }
  }

  private static Map<String, Object> statement(String id, String quote) {
    return map(
        "id", id,
        "sourceId", "s1",
        "speaker", "Jane Doe",
        "speakerRole", "Chief Constable",
        "venue", "Police and crime panel",
        "madeOn", null,
        "kind", "reported_speech",
        "quote", quote);
  }

  private static Map<String, Object> source(String id, String title) {
    return map("id", id, "title", title, "publisher", "Northshire Panel", "url", null);
  }

  private static String idOf(String listPath, String key) {
    List<Map<String, Object>> items =
        TestAuth.asEditor().get(listPath).then().statusCode(200).extract().path("$");
    return items.stream()
        .filter(i -> key.equals(i.get("key")))
        .findFirst()
        .map(i -> String.valueOf(i.get("id")))
        .orElseThrow();
  }
}
