package org.casefunnel.figure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casefunnel.common.problem.ProblemError;
import org.casefunnel.model.FigureRank;
import org.casefunnel.model.RuleMessages;
import org.casefunnel.text.Caseless;

/** The rules a figure's value must follow, shared by document imports and single writes. */
public final class FigureRules {

  private FigureRules() {}

  public static void check(FigureSpec f, String at, List<ProblemError> errors) {
    checkValue(f.count(), f.low(), f.high(), at, errors);
    checkBreakdown(f.breakdown(), at + "/breakdown", errors);
    checkRank(f.rankOrNormal(), f.rankReason(), at, errors);
  }

  /**
   * Refuses sequence and supersedes where the service records a figure as the newest of its stage
   * (create requests, patches): only a document import restores a figure's place.
   */
  public static void refusePlace(FigureSpec f, String at, List<ProblemError> errors) {
    if (f.sequence() != null) {
      errors.add(new ProblemError(at + "/sequence", RuleMessages.placeSetByService()));
    }
    if (f.supersedes() != null) {
      errors.add(new ProblemError(at + "/supersedes", RuleMessages.placeSetByService()));
    }
  }

  /** A rank other than normal says why (docs/competing-figures.md). */
  public static void checkRank(
      FigureRank rank, String reason, String at, List<ProblemError> errors) {
    if (rank.needsReason() && (reason == null || reason.isBlank())) {
      errors.add(
          new ProblemError(
              at + "/rankReason", "is required for the rank " + rank.wire() + " (say why)"));
    }
  }

  private static void checkValue(
      Long count, Long low, Long high, String at, List<ProblemError> errors) {
    boolean hasCount = count != null;
    boolean hasLow = low != null;
    boolean hasHigh = high != null;
    if (hasCount && (hasLow || hasHigh)) {
      errors.add(new ProblemError(at, "give either count or low and high, not both"));
    } else if (!hasCount && !hasLow && !hasHigh) {
      errors.add(new ProblemError(at, "needs a count, or low and high for a range"));
    } else if (!hasCount && !hasLow) {
      errors.add(new ProblemError(at + "/low", "a range needs low as well as high"));
    } else if (!hasCount && !hasHigh) {
      errors.add(new ProblemError(at + "/high", "a range needs high as well as low"));
    } else if (!hasCount && low > high) {
      errors.add(new ProblemError(at + "/low", "must not be greater than high (" + high + ")"));
    }
  }

  /**
   * A breakdown's parts follow the figure's value rules and name distinct categories, distinct also
   * to a reader ({@link Caseless}: not only in case, encoding or width). Whether they add up to the
   * whole is not a rule: inconsistent sources are stored and warned about.
   */
  static void checkBreakdown(BreakdownSpec b, String at, List<ProblemError> errors) {
    if (b == null || b.parts() == null) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < b.parts().size(); i++) {
      BreakdownSpec.Part p = b.parts().get(i);
      if (p == null) {
        continue;
      }
      String here = at + "/parts/" + i;
      checkValue(p.count(), p.low(), p.high(), here, errors);
      if (p.category() != null && !seen.add(Caseless.key(p.category()))) {
        errors.add(
            new ProblemError(here + "/category", "duplicate category '" + p.category() + "'"));
      }
    }
  }
}
