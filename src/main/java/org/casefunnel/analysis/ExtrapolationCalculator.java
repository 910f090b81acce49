package org.casefunnel.analysis;

import java.util.List;
import org.casefunnel.analysis.FunnelSnapshot.StageSnapshot;
import org.casefunnel.model.FigureStatus;
import org.casefunnel.model.Selection;
import org.casefunnel.statistics.Estimate;
import org.casefunnel.statistics.Extrapolation;
import org.casefunnel.statistics.Extrapolations;
import org.casefunnel.statistics.Proportions;

/**
 * A stage counted within a partial review (its base is a selection stage) says something about the
 * population the review was taken from: first the logical bounds, which need no assumption, then
 * the exact hypergeometric interval, which assumes a random selection and is labelled so.
 */
final class ExtrapolationCalculator {

  /**
   * The view for the wire and the numbers for the projection check; {@code complete}: every case
   * was reviewed, so the count is exact (a census, not a sample).
   */
  record Result(
      ExtrapolationView view, Extrapolation numbers, String populationKey, boolean complete) {}

  private ExtrapolationCalculator() {}

  static Result compute(FunnelSnapshot funnel, StageSnapshot stage, List<String> notes) {
    StageSnapshot sample = funnel.base(stage).orElse(null);
    if (sample == null || sample.selection() == null) {
      return null;
    }
    StageSnapshot population = funnel.base(sample).orElse(null);
    if (population == null) {
      notes.add(ExtrapolationWording.reviewWithoutBase(sample.key()));
      return null;
    }
    if (stage.selection() != null) {
      notes.add(ExtrapolationWording.selectionNotExtrapolated(stage.key()));
      return null;
    }
    String to = population.key();
    if (sample.figure() == null || population.figure() == null) {
      notes.add(
          ExtrapolationWording.noExtrapolation(
              to, ExtrapolationWording.SAMPLE_OR_POPULATION_WITHOUT_FIGURE));
      return null;
    }
    if (!Readings.sameScale(stage, sample) || !Readings.sameScale(sample, population)) {
      notes.add(ExtrapolationWording.noExtrapolation(to, ExtrapolationWording.NOT_SAME_SCALE));
      return null;
    }
    for (StageSnapshot counted : List.of(stage, sample)) {
      if (!observed(counted.figure().status())) {
        notes.add(
            ExtrapolationWording.noExtrapolation(
                to,
                ExtrapolationWording.notObserved(counted.key(), counted.figure().status().wire())));
        return null;
      }
    }
    if (!stage.figure().exactCount() || !sample.figure().exactCount()) {
      notes.add(ExtrapolationWording.noExtrapolation(to, ExtrapolationWording.NEEDS_EXACT_COUNTS));
      return null;
    }
    long x = stage.figure().exactValue();
    long n = sample.figure().exactValue();
    Estimate big = Readings.estimate(population.figure());
    if (n == 0) {
      notes.add(ExtrapolationWording.noExtrapolation(to, ExtrapolationWording.NONE_REVIEWED));
      return null;
    }
    if (x > n) {
      notes.add(
          ExtrapolationWording.noExtrapolation(to, ExtrapolationWording.MORE_FOUND_THAN_REVIEWED));
      return null;
    }
    if (big.low() < n) {
      // stage_exceeds_base warns whenever the review may exceed the population as read
      notes.add(
          ExtrapolationWording.noExtrapolation(
              to, ExtrapolationWording.sampleMayExceedPopulation(sample.key(), big.high() < n)));
      return null;
    }
    Extrapolation e = Extrapolations.of(big, n, x, Proportions.CONFIDENCE);
    Selection selection = sample.selection();
    // every case reviewed: a census, so its count is exact and no sampling caveat applies
    boolean complete = e.complete();
    ExtrapolationView view =
        new ExtrapolationView(
            to,
            sample.key(),
            DerivedView.of(
                e.logicalDerivation(), ExtrapolationWording.logicalBounds(e, sample, population)),
            DerivedView.of(
                e.estimateDerivation(),
                complete
                    ? ExtrapolationWording.complete(e, population)
                    : ExtrapolationWording.sampling(e, sample, population)),
            selection.wire(),
            complete ? "holds" : assumption(selection),
            complete
                ? ExtrapolationWording.completeStatement(e, stage, sample, population)
                : ExtrapolationWording.extrapolationStatement(e, stage, sample, population));
    return new Result(view, e, to, complete);
  }

  /**
   * Only a count of what happened (reported, or provisional until confirmed) is a finding of the
   * review; a projection or an estimate is no sample to extrapolate from.
   */
  private static boolean observed(FigureStatus status) {
    return status == null || status == FigureStatus.REPORTED || status == FigureStatus.PROVISIONAL;
  }

  static String assumption(Selection selection) {
    return switch (selection) {
      case RANDOM -> "holds";
      case NOT_RANDOM -> ExtrapolationView.DOES_NOT_HOLD;
      case UNKNOWN -> "unknown";
    };
  }
}
