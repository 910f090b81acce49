package org.casefunnel.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.casefunnel.analysis.FunnelSnapshot.StageSnapshot;
import org.casefunnel.statistics.Derivation;
import org.casefunnel.statistics.Estimate;
import org.casefunnel.statistics.IntervalArithmetic;
import org.casefunnel.statistics.Proportions;

/**
 * A stage against its base: the conversion, and either the review coverage (a selection stage) or
 * the drop-off. Counts of what was counted, so descriptive ratios: no sampling interval; only the
 * width of approximate counts and ranges is carried, a stage being a subset of its base (so at most
 * 100% where the ranges overlap, as the drop-off is never negative; see Proportions.share).
 */
final class ConversionCalculator {

  /** What this concern adds to a stage; any part may be null. */
  record Result(DerivedView conversion, DerivedView coverage, DerivedView dropOff) {
    static final Result NONE = new Result(null, null, null);
  }

  private ConversionCalculator() {}

  static Result compute(FunnelSnapshot funnel, StageSnapshot stage, List<String> notes) {
    if (stage.baseKey() == null) {
      notes.add(Wording.firstStage());
      return Result.NONE;
    }
    StageSnapshot base = funnel.base(stage).orElse(null);
    if (base == null) {
      notes.add(Wording.noConversionBaseMissing(stage.baseKey()));
      return Result.NONE;
    }
    if (base.figure() == null) {
      notes.add(Wording.noConversionBaseWithoutFigure(base));
      return Result.NONE;
    }
    if (!Readings.sameScale(stage, base)) {
      notes.add(Wording.noConversionScale(stage, base));
      return Result.NONE;
    }
    Estimate part = Readings.estimate(stage.figure());
    Estimate whole = Readings.estimate(base.figure());
    if (whole.high() == 0) {
      notes.add(Wording.noConversionZeroBase());
      return Result.NONE;
    }
    Derivation d = Proportions.share(part, whole);
    DerivedView conversion = DerivedView.of(d, Wording.proportion(d));
    // as the stage_exceeds_base warning judges: larger only when every value read is
    if (d.value() == null && d.low() == null) {
      notes.add(Wording.noRatioBaseMayBeZero(base.key()));
    } else if (part.low() > whole.high()) {
      notes.add(Wording.aboveBase(base.key()));
    } else if (part.value() > whole.value()) {
      notes.add(Wording.pointAboveBase(base.key(), stage.selection() != null));
    } else if (d.value() == null) {
      notes.add(Wording.noPointZeroBase(base.key()));
    }
    LocalDate partAsOf = stage.figure().asOf();
    LocalDate baseAsOf = base.figure().asOf();
    if (!Objects.equals(partAsOf, baseAsOf)) {
      notes.add(Wording.notSameMoment(partAsOf, base.key(), baseAsOf));
    }
    if (stage.selection() != null) {
      DerivedView coverage =
          DerivedView.of(
              d,
              Wording.coverage(Readings.words(stage.figure()), Readings.words(base.figure()), d));
      // base minus a review is what was not reviewed, not what was lost
      notes.add(Wording.noDropOffForReview(base.key()));
      return new Result(conversion, coverage, null);
    }
    if (part.low() > whole.high()) {
      notes.add(Wording.noDropOffAboveBase(base.key()));
      return new Result(conversion, null, null);
    }
    Derivation drop = IntervalArithmetic.dropOff(whole, part);
    return new Result(conversion, null, DerivedView.of(drop, Wording.dropOff(drop, base.key())));
  }
}
