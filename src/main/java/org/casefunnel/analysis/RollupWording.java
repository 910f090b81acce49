package org.casefunnel.analysis;

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
  static String missing(String key, List<String> missing, List<String> deprecatedOnly, int of) {
    List<String> none = missing.stream().filter(id -> !deprecatedOnly.contains(id)).toList();
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
      return "None of the programme's funnels " + why + ", so there is no total.";
    }
    String noFigure = "no figure for '" + key + "' in " + none;
    String said =
        deprecatedOnly.isEmpty()
            ? noFigure
            : none.isEmpty() ? notInUse : noFigure + ", and " + notInUse;
    return "N" + said.substring(1) + "; the total covers the others.";
  }

  /** A warning judged on the summed figures, naming the funnels whose figures were summed. */
  static String summed(String message, List<String> funnels) {
    return message + " Judged on the figures summed over the funnels " + funnels + ".";
  }
}
