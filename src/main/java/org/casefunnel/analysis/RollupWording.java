package org.casefunnel.analysis;

import java.util.ArrayList;
import java.util.List;

/** The sentences of a programme roll-up. */
final class RollupWording {

  private RollupWording() {}

  /**
   * A total that sums figures of funnels that warn about the stage ("westshire (stage_exceeds_base,
   * conflicting_figures)"): the sum does not judge them again, so it says where to look.
   */
  static String flagged(String key, List<String> funnelsWithCodes) {
    return "The total of '"
        + key
        + "' sums figures of funnels that warn about this stage: "
        + String.join("; ", funnelsWithCodes)
        + " (see each funnel's statistics).";
  }

  /**
   * A roll-up's note on the funnels left out of a stage's total: those without the stage or a
   * figure, and apart from them those whose figures are all ranked deprecated. When no funnel has a
   * figure there are no others and no total, and the note says that instead.
   */
  static String missing(
      String key, List<String> missing, List<String> noStage, List<String> deprecatedOnly, int of) {
    List<String> none =
        missing.stream()
            .filter(id -> !deprecatedOnly.contains(id) && !noStage.contains(id))
            .toList();
    String absent = "'" + key + "' is not a stage of " + noStage;
    String notInUse =
        "no figure in use for '"
            + key
            + "' in "
            + deprecatedOnly
            + ", where every figure recorded is ranked deprecated (kept on record as wrong)";
    if (missing.size() >= of) {
      String deprecated =
          "in "
              + deprecatedOnly
              + " every figure recorded is ranked deprecated (kept on record as"
              + " wrong)";
      String why =
          deprecatedOnly.isEmpty()
              ? none + " has a figure for '" + key + "'"
              : "has a figure in use for '"
                  + key
                  + "' ("
                  + (none.isEmpty() ? "" : none + " have none; ")
                  + deprecated
                  + ")";
      return "None of the programme's funnels "
          + why
          + (noStage.isEmpty() ? "" : " (" + absent + ")")
          + ", so there is no total.";
    }
    List<String> parts = new ArrayList<>();
    if (!noStage.isEmpty()) {
      parts.add(absent);
    }
    if (!none.isEmpty()) {
      parts.add("no figure for '" + key + "' in " + none);
    }
    if (!deprecatedOnly.isEmpty()) {
      parts.add(notInUse);
    }
    String said =
        parts.size() == 1
            ? parts.get(0)
            : String.join(", ", parts.subList(0, parts.size() - 1))
                + ", and "
                + parts.get(parts.size() - 1);
    return Character.toUpperCase(said.charAt(0))
        + said.substring(1)
        + "; the total covers the others.";
  }

  /** A warning judged on the summed figures, naming the funnels whose figures were summed. */
  static String summed(String message, List<String> funnels) {
    return message + " Judged on the figures summed over the funnels " + funnels + ".";
  }
}
