package org.casefunnel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Funnel documents for tests, built as plain maps so each test can break them as it needs. */
public final class TestDocuments {

  public static final String TEXT =
      "The chief constable told the panel on Monday that 500 cases were found.\n"
          + "Of those, 120 were reviewed and 80 remained in scope.\n"
          + "She said \u201cperhaps 100 or 150\u201d would be reinvestigated.";

  private TestDocuments() {}

  /** A valid three-stage funnel with a source, two statements and four figures. */
  public static Map<String, Object> valid(String id) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put(
        "funnel",
        map(
            "id", id,
            "title", "Test review " + id,
            "organisation", "Northshire Police",
            "jurisdiction", "Northshire",
            "programme", "National test programme",
            "unit", "case",
            "description", "A review made up for tests."));
    doc.put(
        "sources",
        list(
            map(
                "id", "s1",
                "title", "Panel minutes",
                "publisher", "Northshire Panel",
                "url", "https://example.org/minutes",
                "publishedOn", "2026-01-15",
                "retrievedOn", "2026-02-01",
                "text", TEXT)));
    doc.put(
        "statements",
        list(
            map(
                "id", "st1",
                "sourceId", "s1",
                "speaker", "Jane Doe",
                "speakerRole", "Chief Constable",
                "venue", "Police and crime panel",
                "madeOn", "2026-01-12",
                "kind", "reported_speech",
                "quote",
                    "The chief constable told the panel on Monday that 500 cases were found. Of those,"
                        + " 120 were reviewed and 80 remained in scope."),
            map(
                "id", "st2",
                "sourceId", "s1",
                "speaker", "Jane Doe",
                "speakerRole", "Chief Constable",
                "venue", "Police and crime panel",
                "madeOn", null,
                "kind", "direct_quote",
                "quote", "\"perhaps 100 or 150\"")));
    doc.put(
        "stages",
        list(
            map(
                "key",
                "identified",
                "label",
                "Cases identified",
                "baseStage",
                null,
                "definition",
                "cases found by the search",
                "definitionStatementIds",
                list("st1")),
            map(
                "key",
                "reviewed",
                "label",
                "Cases reviewed",
                "baseStage",
                "identified",
                "selection",
                "random"),
            map("key", "in_scope", "label", "Still in scope", "baseStage", "reviewed"),
            map(
                "key",
                "reinvestigation",
                "label",
                "Expected reinvestigation",
                "baseStage",
                "identified")));
    doc.put(
        "figures",
        list(
            map(
                "stage",
                "identified",
                "count",
                500,
                "status",
                "reported",
                "asOf",
                "2026-01-12",
                "wording",
                "500 cases",
                "statementIds",
                list("st1")),
            map(
                "stage",
                "reviewed",
                "count",
                120,
                "status",
                "reported",
                "asOf",
                "2026-01-12",
                "wording",
                "120 were reviewed",
                "statementIds",
                list("st1")),
            map(
                "stage",
                "in_scope",
                "count",
                80,
                "status",
                "reported",
                "asOf",
                "2026-01-12",
                "wording",
                "80 remained in scope",
                "statementIds",
                list("st1")),
            map(
                "stage",
                "reinvestigation",
                "low",
                100,
                "high",
                150,
                "status",
                "projected",
                "wording",
                "perhaps 100 or 150",
                "statementIds",
                list("st2"))));
    return doc;
  }

  /** Imports the document unless a funnel with its id exists already (tests share one service). */
  public static void ensureImported(Map<String, Object> doc) {
    @SuppressWarnings("unchecked")
    String id = (String) ((Map<String, Object>) doc.get("funnel")).get("id");
    if (org.casefunnel.support.TestAuth.asEditor().get("/api/funnels/" + id).statusCode() == 404) {
      imported(doc);
    }
  }

  /** Imports a funnel document (a map or JSON text) as the editor; it must be created. */
  public static void imported(Object doc) {
    org.casefunnel.support.TestAuth.asEditor()
        .contentType(io.restassured.http.ContentType.JSON)
        .body(doc)
        .post("/api/funnel-documents")
        .then()
        .statusCode(201);
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> part(Map<String, Object> doc, String list, int index) {
    return ((List<Map<String, Object>>) doc.get(list)).get(index);
  }

  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> parts(Map<String, Object> doc, String list) {
    return (List<Map<String, Object>>) doc.get(list);
  }

  public static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @SafeVarargs
  public static <T> List<T> list(T... items) {
    return new ArrayList<>(List.of(items));
  }
}
