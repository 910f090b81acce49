package org.casefunnel.document;

import static org.casefunnel.TestDocuments.list;
import static org.casefunnel.TestDocuments.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random funnels for {@link DocumentRoundTripTest}: a fixed funnel of sources, statements and
 * stages, and figures drawn from small pools of dates, values and statements so that figures agree,
 * compete, supersede and are filled in late. Every draw comes from the seeded random, so a failing
 * seed replays exactly.
 */
final class RoundTripScenarios {

  private static final String TEXT_A =
      "The force found 200 cases in the first search. About 120 were reviewed by March."
          + " Of those, 80 remained in scope. Between 100 and 150 may be reinvestigated.";
  private static final String TEXT_B =
      "The inspectorate counted 150 cases. It said 90 had been reviewed by June.";

  /** Dates a figure can hold as of; null (undated) among them. */
  private static final String[] DATES = {null, "2025-01-31", "2025-03-31", "2025-06-30"};

  private static final String[] STAGES = {"found", "reviewed", "in_scope", "reinvestigated"};
  private static final String[] STATEMENTS = {"st1", "st2", "st3", "st4", "st5"};
  private static final String[] STATUSES = {"reported", "estimated", "projected", "provisional"};

  private RoundTripScenarios() {}

  /** The funnel with its sources, statements and stages, and a few figures of its own. */
  static Map<String, Object> document(String id, Random r) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put(
        "funnel",
        map(
            "id", id,
            "title", "Round trip test funnel",
            "organisation", "Northshire Police",
            "jurisdiction", "Northshire",
            "unit", "case",
            "description", "A funnel made up for round-trip tests."));
    doc.put(
        "sources",
        list(
            map(
                "id", "sa",
                "title", "Force report",
                "url", "https://example.org/force",
                "publishedOn", "2025-07-01",
                "text", TEXT_A),
            map("id", "sb", "title", "Inspection", "text", TEXT_B)));
    doc.put(
        "statements",
        list(
            statement("st1", "sa", "The force found 200 cases in the first search."),
            statement("st2", "sa", "About 120 were reviewed by March."),
            statement("st3", "sa", "Between 100 and 150 may be reinvestigated."),
            statement("st4", "sb", "The inspectorate counted 150 cases."),
            statement("st5", "sb", "It said 90 had been reviewed by June.")));
    doc.put(
        "stages",
        list(
            map("key", "found", "label", "Cases found", "definitionStatementIds", list("st1")),
            map(
                "key",
                "reviewed",
                "label",
                "Cases reviewed",
                "baseStage",
                "found",
                "selection",
                "not_random"),
            map("key", "in_scope", "label", "Still in scope", "baseStage", "reviewed"),
            map(
                "key",
                "reinvestigated",
                "label",
                "Expected reinvestigations",
                "baseStage",
                "found",
                "estimates",
                "in_scope")));
    List<Object> figures = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      figures.add(figure(STAGES[r.nextInt(STAGES.length)], r));
    }
    doc.put("figures", figures);
    return doc;
  }

  /**
   * A figure of {@code stage}: a count (exact or approximate) or a range, of any status, dated or
   * not, resting on one or two statements, sometimes ranked, sometimes broken down.
   */
  static Map<String, Object> figure(String stage, Random r) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("stage", stage);
    long[] counts = {90, 120, 150, 200};
    int shape = r.nextInt(4);
    if (shape == 0) {
      long low = counts[r.nextInt(2)];
      f.put("low", low);
      f.put("high", low + 50);
    } else {
      f.put("count", counts[r.nextInt(counts.length)]);
      if (shape == 1) {
        f.put("approximate", true);
      }
    }
    f.put("status", STATUSES[r.nextInt(STATUSES.length)]);
    String date = DATES[r.nextInt(DATES.length)];
    if (date != null) {
      f.put("asOf", date);
    }
    f.put("wording", "as the source words it (" + r.nextInt(1000) + ")");
    if (r.nextInt(4) == 0) {
      f.put("note", "read from the whole sentence");
    }
    List<String> cited = new ArrayList<>();
    cited.add(STATEMENTS[r.nextInt(STATEMENTS.length)]);
    if (r.nextInt(4) == 0) {
      String other = STATEMENTS[r.nextInt(STATEMENTS.length)];
      if (!cited.contains(other)) {
        cited.add(other);
      }
    }
    f.put("statementIds", cited);
    if (r.nextInt(6) == 0 && f.containsKey("count")) {
      f.put(
          "breakdown",
          map(
              "dimension",
              "offence",
              "parts",
              list(map("category", "rape", "count", 30), map("category", "other", "count", 60))));
    }
    int rank = r.nextInt(8);
    if (rank == 0) {
      f.put("rank", "preferred");
      f.put("rankReason", "The inspectorate counted the cases itself.");
    } else if (rank == 1) {
      f.put("rank", "deprecated");
      f.put("rankReason", "Counted referrals, not cases.");
    }
    return f;
  }

  /** A rank to set on a recorded figure: any rank, with a reason where one is needed. */
  static Map<String, Object> rank(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> map("rank", "preferred", "rankReason", "Checked against the case files.");
      case 1 -> map("rank", "deprecated", "rankReason", "Double-counted transfers.");
      case 2 -> map("rank", "normal", "rankReason", "Ranked back after review.");
      default -> map("rank", "normal");
    };
  }

  private static Map<String, Object> statement(String id, String source, String quote) {
    return map(
        "id", id, "sourceId", source, "speaker", "Jane Doe", "kind", "paraphrase", "quote", quote);
  }
}
