package org.casefunnel.analysis;

import java.util.List;

/**
 * Which of a stage's notes explain which members. Every note leads with what it explains ("No
 * drop-off: ...", "No overall conversion: ..."), and {@link Wording} builds the notes about the
 * members a series point does not carry (the overall conversion, the drop-off, the projection check
 * and the breakdown) from the leads here, so the two cannot drift apart. A note about a member a
 * point does carry (its value, conversion, coverage or extrapolation) keeps its place, also when it
 * names a member the point lacks as well ("No conversion or drop-off: ...").
 */
public final class StageNotes {

  static final String NO_DROP_OFF = "No drop-off: ";
  static final String NO_OVERALL = "No overall conversion";
  static final String NO_OVERALL_POINT = "No point value of the overall conversion: ";
  static final String OVERALL = "The overall conversion ";
  // the conversion's own note says "above its base '"; the overall one names the root at once
  static final String OVERALL_POINT_ABOVE = "The point values put the stage above '";
  static final String NOT_COMPARED = "Not compared";
  static final String NO_BREAKDOWN_SHARES = "No shares of the breakdown";

  private static final List<String> NOT_ON_A_POINT =
      List.of(
          NO_DROP_OFF,
          NO_OVERALL,
          NO_OVERALL_POINT,
          OVERALL,
          OVERALL_POINT_ABOVE,
          NOT_COMPARED,
          NO_BREAKDOWN_SHARES);

  private StageNotes() {}

  /** The notes that explain a member a series point carries, in their order. */
  public static List<String> onAPoint(List<String> notes) {
    return notes == null ? List.of() : notes.stream().filter(StageNotes::onAPoint).toList();
  }

  static boolean onAPoint(String note) {
    return NOT_ON_A_POINT.stream().noneMatch(note::startsWith);
  }
}
