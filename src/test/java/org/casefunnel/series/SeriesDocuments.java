package org.casefunnel.series;

import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.casefunnel.support.TestAuth;

/**
 * A funnel with three dated snapshots (reviewed 1,000, then 2,200, then about 4,000; in scope 500,
 * then 1,150 corrected the same day to 1,200, then 1,900) and one undated range, for the series
 * tests. Invented numbers; the quotes stand verbatim in the source text.
 */
final class SeriesDocuments {

  static final String D1 = "2026-01-15";
  static final String D2 = "2026-03-20";
  static final String D3 = "2026-06-30";

  static final String S1 =
      "In January the force said 9,000 cases were identified, 1,000 had been reviewed and 500"
          + " remained in scope.";
  static final String S2 =
      "In March it said 2,200 had been reviewed and 1,150 remained in scope; the panel corrected"
          + " that to 1,200 the same day.";
  static final String S3 = "In June about 4,000 had been reviewed and 1,900 remained in scope.";
  static final String S4 = "Officers said perhaps 100 or 150 would be reinvestigated.";

  private SeriesDocuments() {}

  static Map<String, Object> threeSnapshots(String id, String title) {
    return map(
        "funnel",
        map(
            "id", id,
            "title", title,
            "organisation", "Northshire Police",
            "jurisdiction", "Northshire",
            "unit", "case"),
        "sources",
        list(
            map(
                "id", "s1",
                "title", "Panel minutes",
                "publisher", "Northshire Panel",
                "publishedOn", "2026-07-01",
                "text", S1 + "\n" + S2 + "\n" + S3 + "\n" + S4)),
        "statements",
        list(
            statement("st1", S1, D1),
            statement("st2", S2, D2),
            statement("st3", S3, D3),
            statement("st4", S4, null)),
        "stages",
        list(
            map("key", "identified", "label", "Cases identified"),
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
                "identified")),
        "figures",
        list(
            figure("identified", 9000, D1, "9,000 cases were identified", "st1"),
            figure("reviewed", 1000, D1, "1,000 had been reviewed", "st1"),
            figure("in_scope", 500, D1, "500 remained in scope", "st1"),
            figure("reviewed", 2200, D2, "2,200 had been reviewed", "st2"),
            figure("in_scope", 1150, D2, "1,150 remained in scope", "st2"),
            figure("in_scope", 1200, D2, "corrected that to 1,200", "st2"),
            approximate(figure("reviewed", 4000, D3, "about 4,000 had been reviewed", "st3")),
            figure("in_scope", 1900, D3, "1,900 remained in scope", "st3"),
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
                list("st4"))));
  }

  static final String W1 =
      "In January the force said 900 cases were identified and around 2,000 offences were"
          + " recorded every week.";
  static final String W2 =
      "In March it said 1,000 cases were identified and 1,900 offences a week; the panel corrected"
          + " that to 8,000 a month.";
  static final String W3 = "In June it said 8,500 offences a month.";

  /**
   * A funnel whose context stage is given weekly, then monthly (in March a weekly 1,900 corrected
   * the same day to a monthly 8,000), then monthly again; its case stage has no period. Invented
   * numbers; the quotes stand verbatim in the source text.
   */
  static Map<String, Object> weeklyThenMonthly(String id) {
    Map<String, Object> offences =
        map("key", "offences", "label", "Offences recorded (context)", "unit", "offence");
    return map(
        "funnel",
        map(
            "id", id,
            "title", "Series periods",
            "organisation", "Northshire Police",
            "jurisdiction", "Northshire",
            "unit", "case"),
        "sources",
        list(
            map(
                "id", "s1",
                "title", "Panel minutes",
                "publisher", "Northshire Panel",
                "publishedOn", "2026-07-01",
                "text", W1 + "\n" + W2 + "\n" + W3)),
        "statements",
        list(statement("st1", W1, D1), statement("st2", W2, D2), statement("st3", W3, D3)),
        "stages",
        list(map("key", "identified", "label", "Cases identified"), offences),
        "figures",
        list(
            figure("identified", 900, D1, "900 cases were identified", "st1"),
            figure("identified", 1000, D2, "1,000 cases were identified", "st2"),
            approximate(per("week", figure("offences", 2000, D1, "around 2,000 offences", "st1"))),
            per("week", figure("offences", 1900, D2, "1,900 offences a week", "st2")),
            per("month", figure("offences", 8000, D2, "corrected that to 8,000 a month", "st2")),
            per("month", figure("offences", 8500, D3, "8,500 offences a month", "st3"))));
  }

  static final String C1 =
      "In January one report said 2,000 offences a month, another 500 offences a week.";
  static final String C2 = "In February it said 30 offences a week.";

  /**
   * A stage given on one date by two competing figures, 2,000 a month and 500 a week (preferred, so
   * in effect), then 30 a week: every point in effect is weekly. Invented numbers.
   */
  static Map<String, Object> competingPeriods(String id) {
    Map<String, Object> weekly =
        approximate(per("week", figure("r", 500, D1, "500 offences a week", "st1")));
    weekly.put("rank", "preferred");
    weekly.put("rankReason", "Counted offence by offence.");
    return map(
        "funnel",
        map(
            "id", id,
            "title", "Series competing periods",
            "organisation", "Northshire Police",
            "jurisdiction", "Northshire",
            "unit", "case"),
        "sources",
        list(
            map(
                "id", "s1",
                "title", "Panel minutes",
                "publisher", "Northshire Panel",
                "publishedOn", "2026-07-01",
                "text", C1 + "\n" + C2)),
        "statements",
        list(statement("st1", C1, D1), statement("st2", C2, "2026-02-15")),
        "stages",
        list(map("key", "r", "label", "Offences recorded (context)", "unit", "offence")),
        "figures",
        list(
            per("month", figure("r", 2000, D1, "2,000 offences a month", "st1")),
            weekly,
            per("week", figure("r", 30, "2026-02-15", "30 offences a week", "st2"))));
  }

  /** Imports the document unless the funnel exists (the tests share one service). */
  static void ensureImported(Map<String, Object> doc) {
    @SuppressWarnings("unchecked")
    String id = (String) ((Map<String, Object>) doc.get("funnel")).get("id");
    if (RestAssured.given().get("/api/funnels/" + id).statusCode() == 404) {
      TestAuth.asEditor()
          .contentType(ContentType.JSON)
          .body(doc)
          .post("/api/funnel-documents")
          .then()
          .statusCode(201);
    }
  }

  private static Map<String, Object> statement(String id, String quote, String madeOn) {
    return map(
        "id", id,
        "sourceId", "s1",
        "speaker", "Jane Doe",
        "speakerRole", "Chief Constable",
        "madeOn", madeOn,
        "kind", "reported_speech",
        "quote", quote);
  }

  private static Map<String, Object> figure(
      String stage, long count, String asOf, String wording, String statement) {
    return map(
        "stage", stage,
        "count", count,
        "status", "reported",
        "asOf", asOf,
        "wording", wording,
        "statementIds", List.of(statement));
  }

  private static Map<String, Object> per(String period, Map<String, Object> figure) {
    figure.put("period", period);
    return figure;
  }

  private static Map<String, Object> approximate(Map<String, Object> figure) {
    figure.put("approximate", true);
    return figure;
  }
}
