package org.casefunnel.figure;

import java.util.List;
import org.casefunnel.common.problem.ProblemError;

/** The rules a figure's value must follow, shared by document imports and single writes. */
public final class FigureRules {

  private FigureRules() {}

  public static void check(FigureSpec f, String at, List<ProblemError> errors) {
    boolean hasCount = f.count() != null;
    boolean hasLow = f.low() != null;
    boolean hasHigh = f.high() != null;
    if (hasCount && (hasLow || hasHigh)) {
      errors.add(new ProblemError(at, "give either count or low and high, not both"));
    } else if (!hasCount && !hasLow && !hasHigh) {
      errors.add(new ProblemError(at, "needs a count, or low and high for a range"));
    } else if (!hasCount && !hasLow) {
      errors.add(new ProblemError(at + "/low", "a range needs low as well as high"));
    } else if (!hasCount && !hasHigh) {
      errors.add(new ProblemError(at + "/high", "a range needs high as well as low"));
    } else if (!hasCount && f.low() > f.high()) {
      errors.add(new ProblemError(at + "/low", "must not be greater than high (" + f.high() + ")"));
    }
  }
}
