package org.casefunnel.analysis;

import java.util.List;
import org.casefunnel.analysis.FunnelSnapshot.StageSnapshot;
import org.casefunnel.statistics.Derivation;
import org.casefunnel.statistics.Estimate;
import org.casefunnel.statistics.Proportions;

/**
 * A stage against the first stage of its own chain (its top ancestor), whatever the order the
 * stages are listed in: a descriptive ratio, for stages counting the funnel's unit.
 */
final class OverallCalculator {

  private OverallCalculator() {}

  static DerivedView compute(FunnelSnapshot funnel, StageSnapshot stage, List<String> notes) {
    List<StageSnapshot> above = funnel.ancestors(stage);
    if (above.isEmpty()) {
      // a first stage is said so by the conversion; a base not in the funnel is said here
      if (stage.baseKey() != null) {
        notes.add(OverallWording.noOverallBaseMissing(stage.baseKey()));
      }
      return null;
    }
    if (!comparable(funnel, stage)) {
      notes.add(OverallWording.noOverallNotComparable(Readings.scaleInWords(stage), funnel.unit()));
      return null;
    }
    StageSnapshot root = above.get(above.size() - 1);
    if (!comparable(funnel, root)) {
      notes.add(OverallWording.noOverallRootNotComparable(root.key(), funnel.unit()));
      return null;
    }
    if (root.figure() == null) {
      notes.add(OverallWording.noOverallRootWithoutFigure(root.key()));
      return null;
    }
    if (!Readings.sameScale(stage, root)) {
      notes.add(OverallWording.noOverallScale(root.key()));
      return null;
    }
    Estimate part = Readings.estimate(stage.figure());
    Estimate whole = Readings.estimate(root.figure());
    if (whole.high() == 0) {
      notes.add(OverallWording.noOverallZero(root.key()));
      return null;
    }
    Derivation d = Proportions.share(part, whole);
    if (d.value() == null && d.low() == null) {
      notes.add(OverallWording.noOverallRatioRootMayBeZero(root.key()));
    } else if (part.low() > whole.high()) {
      notes.add(OverallWording.overallAboveRoot(root.key()));
    } else if (part.value() > whole.value()) {
      notes.add(OverallWording.overallPointAboveRoot(root.key()));
    } else if (d.value() == null) {
      notes.add(OverallWording.noOverallPointZeroRoot(root.key()));
    }
    Review review = partialReview(funnel, above);
    if (review != null) {
      StageSnapshot r = review.stage();
      notes.add(
          OverallWording.overallLowerBound(r.key(), r.baseKey(), root.key(), review.maybeFull()));
    }
    return DerivedView.of(d, OverallWording.overall(d, root.key()));
  }

  /** Counts the funnel's unit and is not a rate: may enter case conversions. */
  static boolean comparable(FunnelSnapshot funnel, StageSnapshot stage) {
    return stage.unit().equalsIgnoreCase(funnel.unit())
        && (stage.figure() == null || stage.figure().period() == null);
  }

  /**
   * The nearest selection stage above that may have reviewed only part of its base, looking past
   * reviews that covered all of theirs (a full review of a partial review is still partial). A
   * review whose count equals its base's exact count covered everything; one whose count as read
   * overlaps its base's range may have, and is named as possibly partial.
   */
  private static Review partialReview(FunnelSnapshot funnel, List<StageSnapshot> above) {
    for (StageSnapshot at : above) {
      if (at.selection() == null) {
        continue;
      }
      StageSnapshot base = funnel.base(at).orElse(null);
      if (at.figure() == null || base == null || base.figure() == null) {
        return new Review(at, false);
      }
      FunnelSnapshot.FigureSnapshot reviewed = at.figure();
      FunnelSnapshot.FigureSnapshot of = base.figure();
      if (reviewed.exactCount()
          && of.exactCount()
          && reviewed.exactValue().equals(of.exactValue())) {
        continue;
      }
      if (reviewed.lowerBound() > of.upperBound()) {
        // more reviewed than there are, as read (stage_exceeds_base says so): not a partial review
        continue;
      }
      boolean maybeFull = reviewed.upperBound() >= of.lowerBound();
      return new Review(at, maybeFull);
    }
    return null;
  }

  /** A review above the stage, and whether as read it may have covered all of its base. */
  private record Review(StageSnapshot stage, boolean maybeFull) {}
}
