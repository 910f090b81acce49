package org.casefunnel.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casefunnel.analysis.FunnelSnapshot.StageSnapshot;
import org.casefunnel.model.Selection;
import org.casefunnel.statistics.Derivation;
import org.casefunnel.statistics.Estimate;
import org.casefunnel.statistics.Extrapolation;
import org.casefunnel.statistics.Interval;
import org.casefunnel.statistics.IntervalComparison;
import org.casefunnel.statistics.Proportions;

/**
 * A stage that declares it estimates an extrapolated stage ({@code estimates: "in_scope"}) is
 * compared with that extrapolation, and with no other: against the exact interval when the review
 * was random, against the logical bounds otherwise. A stage that declares nothing is not compared,
 * and, where an extrapolation to its base exists, a note says so.
 */
final class ProjectionCalculator {

  private ProjectionCalculator() {}

  /**
   * @param extrapolations the funnel's extrapolations by the key of the stage extrapolated
   */
  static ProjectionCheckView compute(
      FunnelSnapshot funnel,
      StageSnapshot stage,
      Map<String, ExtrapolationCalculator.Result> extrapolations,
      List<String> notes) {
    if (stage.figure() == null) {
      return null;
    }
    if (stage.selection() != null) {
      if (stage.estimates() != null) {
        notes.add(Wording.reviewNotCompared(stage.key(), stage.estimates()));
      }
      return null;
    }
    if (stage.estimates() == null) {
      boolean couldHave =
          extrapolations.entrySet().stream()
              .anyMatch(
                  e ->
                      !e.getKey().equals(stage.key())
                          && e.getValue().populationKey().equals(stage.baseKey()));
      if (couldHave) {
        notes.add(Wording.notDeclared(stage.key()));
      }
      return null;
    }
    ExtrapolationCalculator.Result declared = extrapolations.get(stage.estimates());
    if (declared == null) {
      notes.add(Wording.declaredWithoutExtrapolation(stage.key(), stage.estimates()));
      return null;
    }
    StageSnapshot extrapolated = funnel.stage(stage.estimates()).orElseThrow();
    if (!Readings.sameScale(stage, extrapolated)) {
      notes.add(Wording.declaredWithoutExtrapolation(stage.key(), stage.estimates()));
      return null;
    }
    Extrapolation e = declared.numbers();
    Selection selection = funnel.stage(declared.view().sampleStage()).orElseThrow().selection();
    boolean complete = declared.complete();
    boolean random = selection == Selection.RANDOM && !complete;
    Estimate mine = Readings.estimate(stage.figure());
    Interval logical = e.logical();
    String toLogical = relation(mine.range(), logical);
    // a random review is compared with its 95% interval too, but that interval is no limit: only
    // the logical bounds say what the counts allow, so the share is of them alone
    // (the interval as the text states it, so the two never disagree)
    Interval compared =
        complete ? Interval.point(e.inScope()) : random ? e.statedSampling() : logical;
    String relation = random ? relation(mine.range(), compared) : toLogical;
    Derivation share =
        logical.high() == 0
            ? null
            : Proportions.subsetShare(mine, logical, complete ? (double) e.inScope() : null);
    ProjectionWording.Against against =
        new ProjectionWording.Against(
            stage.estimates(),
            declared.populationKey(),
            declared.view().sampleStage(),
            e,
            random,
            complete);
    return new ProjectionCheckView(
        stage.estimates(),
        comparedWith(complete, random, e),
        relation,
        compared.low(),
        compared.high(),
        share == null ? null : DerivedView.of(share, Wording.proportion(share)),
        ProjectionWording.projection(stage, against, relation, toLogical, share),
        toLogical);
  }

  /** Exact only over an exactly counted population, as the estimate's method and text say. */
  private static String comparedWith(boolean complete, boolean random, Extrapolation e) {
    if (complete) {
      return "complete_count";
    }
    if (!random) {
      return "logical_bounds";
    }
    return e.population().isExact() ? "exact_interval" : "interval_over_range";
  }

  private static String relation(Interval mine, Interval theirs) {
    return IntervalComparison.of(mine, theirs).name().toLowerCase(Locale.ROOT);
  }
}
