package org.casefunnel.analysis;

import org.casefunnel.analysis.FunnelSnapshot.StageSnapshot;
import org.casefunnel.statistics.Derivation;
import org.casefunnel.statistics.Extrapolation;
import org.casefunnel.statistics.Interval;
import org.casefunnel.statistics.Methods;

/**
 * Every sentence the statistics say, in one place, so the wording can be read and reviewed as a
 * whole. Each method names what it says; numbers come in already computed.
 */
final class Wording {

  private Wording() {}

  // ---- numbers in words ----

  /** A proportion with how its width arose; ratios of counts have none to state. */
  static String proportion(Derivation d) {
    if (d.value() == null && d.low() != null) {
      return Numbers.percent(d.low())
          + " to "
          + Numbers.percent(d.high())
          + " (by interval arithmetic over the ranges given or read)";
    }
    String point = d.value() == null ? "no point value" : Numbers.percent(d.value());
    if (d.low() == null) {
      return Methods.INTERVAL_ARITHMETIC.equals(d.method())
          ? point + " (no bounds: the base may be zero)"
          : point;
    }
    return point
        + " ("
        + Numbers.percent(d.low())
        + " to "
        + Numbers.percent(d.high())
        + " by interval arithmetic over the ranges given or read)";
  }

  static String coverage(String part, String whole, Derivation d) {
    return "review coverage: " + part + " of " + whole + " (" + proportion(d) + ")";
  }

  static String dropOff(Derivation d, String baseKey) {
    return Numbers.range(Math.round(d.low()), Math.round(d.high()))
        + " of '"
        + baseKey
        + "' not in this stage";
  }

  static String overall(Derivation d, String rootKey) {
    return proportion(d) + " of '" + rootKey + "' (descriptive ratio)";
  }

  static String breakdownSum(Derivation sum) {
    return "parts add up to " + Numbers.range(Math.round(sum.low()), Math.round(sum.high()));
  }

  // ---- notes: why a number is absent, or how to read one ----

  static String noFigure(java.time.LocalDate asOf) {
    return asOf == null
        ? "The stage has no figure."
        : "The stage has no figure dated on or before " + asOf + ".";
  }

  /** A dated view showing an undated figure: say so, and never give it the view's date. */
  static String undatedInDatedView(java.time.LocalDate asOf) {
    return "The figure is undated: no dated figure of this stage is on or before "
        + asOf
        + ", so the undated one stands in this view; when it held is not known.";
  }

  static String noConversionBaseWithoutFigure(String baseKey) {
    return "No conversion: the base stage '" + baseKey + "' has no figure.";
  }

  static String noConversionBaseMissing(String baseKey) {
    return "No conversion: the base stage '" + baseKey + "' is not in the funnel.";
  }

  static String noConversionScale(StageSnapshot stage, StageSnapshot base) {
    return "No conversion: the stage counts "
        + Readings.scale(stage)
        + " and its base '"
        + base.key()
        + "' counts "
        + Readings.scale(base)
        + ".";
  }

  static String noConversionZeroBase() {
    return "No conversion: the base stage's figure is zero.";
  }

  static String aboveBase(String baseKey) {
    return "The conversion is above 100%: the stage is larger than its base '"
        + baseKey
        + "', which it should be a subset of (see the warning stage_exceeds_base); the ratio is"
        + " given as it is, not capped.";
  }

  static String noDropOffAboveBase(String baseKey) {
    return "No drop-off: the stage is larger than its base '" + baseKey + "'.";
  }

  static String noOverallRootWithoutFigure(String rootKey) {
    return "No overall conversion: the first stage of its chain, '" + rootKey + "', has no figure.";
  }

  static String noOverallScale(String rootKey) {
    return "No overall conversion: the stage and '"
        + rootKey
        + "' do not count the same thing at the same scale.";
  }

  static String noOverallZero(String rootKey) {
    return "No overall conversion: '" + rootKey + "' is zero.";
  }

  static String overallAboveRoot(String rootKey) {
    return "The overall conversion is above 100%: the stage is larger than '"
        + rootKey
        + "', which it should be a subset of; the ratio is given as it is, not capped.";
  }

  static String overallLowerBound(String reviewKey, String rootKey) {
    return "The overall conversion counts only what was found among the '"
        + reviewKey
        + "' (a partial review of the '"
        + rootKey
        + "'), so it is a lower bound: the share among all the '"
        + rootKey
        + "' may be higher (see the extrapolation, where there is one).";
  }

  static String noExtrapolation(String populationKey, String why) {
    return "No extrapolation to '" + populationKey + "': " + why;
  }

  static final String SAMPLE_OR_POPULATION_WITHOUT_FIGURE =
      "the reviewed stage or the stage it was taken from has no figure.";
  static final String NOT_SAME_SCALE = "the stages do not count the same thing.";
  static final String NEEDS_EXACT_COUNTS =
      "it needs exact counts for the stage and the reviewed stage.";
  static final String NONE_REVIEWED = "none was reviewed.";
  static final String MORE_FOUND_THAN_REVIEWED =
      "more were found than were reviewed (see the warning stage_exceeds_base).";

  static String sampleMayExceedPopulation(String sampleKey, boolean warned) {
    return "more may have been reviewed than there are to review"
        + (warned ? " (see the warning stage_exceeds_base on '" + sampleKey + "')." : ".");
  }

  static String selectionNotExtrapolated(String key) {
    return "No extrapolation: '"
        + key
        + "' is itself a selection (how many were chosen is a decision, not a draw).";
  }

  static String noBreakdownShares() {
    return "No shares of the breakdown: the whole is zero.";
  }

  // ---- the extrapolation ----

  static String logicalBounds(Extrapolation e, StageSnapshot sample, StageSnapshot population) {
    return logicalRange(e, population)
        + " (at least the "
        + Numbers.count(e.inScope())
        + " found, at most those plus the "
        + Numbers.count(e.logical().high() - e.inScope())
        + " not reviewed; needs no assumption)";
  }

  private static String logicalRange(Extrapolation e, StageSnapshot population) {
    Interval l = e.logical();
    return Numbers.range((long) l.low(), (long) l.high())
        + " of the "
        + Readings.words(population.figure())
        + " '"
        + population.key()
        + "'";
  }

  private static String samplingCore(Extrapolation e, StageSnapshot population) {
    Interval s = e.sampling();
    return "about "
        + Numbers.about(e.estimate(), s.low(), s.high())
        + " of the "
        + Readings.words(population.figure())
        + " '"
        + population.key()
        + "' (exact 95% interval "
        + Numbers.range((long) s.low(), (long) s.high())
        + ")";
  }

  static String sampling(Extrapolation e, StageSnapshot sample, StageSnapshot population) {
    return samplingCore(e, population)
        + ", if the "
        + Numbers.count(e.sample())
        + " '"
        + sample.key()
        + "' were a random sample";
  }

  /** The extrapolation told whole: the logical bounds first unless the selection was random. */
  static String extrapolationStatement(
      Extrapolation e, StageSnapshot stage, StageSnapshot sample, StageSnapshot population) {
    String logical =
        "Without any assumption, "
            + logicalRange(e, population)
            + " may be '"
            + stage.key()
            + "': at least the "
            + Numbers.count(e.inScope())
            + " found, at most those plus the "
            + Numbers.count(e.logical().high() - e.inScope())
            + " not reviewed.";
    String sampled =
        "Only if they were a random sample would "
            + samplingCore(e, population)
            + " be; that interval counts sampling error only.";
    String reviewed = Numbers.count(e.sample()) + " '" + sample.key() + "'";
    return switch (sample.selection()) {
      case RANDOM ->
          "The "
              + reviewed
              + " were selected at random, so "
              + samplingCore(e, population)
              + " are '"
              + stage.key()
              + "'; that interval counts sampling error only. "
              + logical;
      case NOT_RANDOM ->
          logical
              + " The "
              + reviewed
              + " were not selected at random, so no sampling interval applies. For illustration"
              + " only: "
              + sampled;
      case UNKNOWN -> logical + " How the " + reviewed + " were chosen is unknown. " + sampled;
    };
  }

  // ---- the projection check ----

  static String notDeclared(String key) {
    return "Not compared with any extrapolation: '"
        + key
        + "' does not declare which stage it estimates (the stage field estimates).";
  }

  static String declaredWithoutExtrapolation(String key, String estimates) {
    return "Not compared: '"
        + key
        + "' declares it estimates '"
        + estimates
        + "', which has no extrapolation"
        + " to compare with.";
  }

  static String projection(
      StageSnapshot stage,
      String extrapolated,
      String populationKey,
      Interval theirs,
      boolean logical,
      String relation,
      Derivation share) {
    String mine = "The " + Readings.words(stage.figure()) + " '" + stage.key() + "'";
    String against =
        Numbers.range((long) theirs.low(), (long) theirs.high())
            + " '"
            + extrapolated
            + "' "
            + (logical
                ? "logically possible among the '"
                    + populationKey
                    + "' (the random-sample assumption is not established)"
                : "among the '" + populationKey + "' of the exact 95% interval (random review)");
    String shareText = share == null ? "" : ": they are " + proportion(share) + " of them";
    return switch (relation) {
      case "below" -> mine + " lie below the " + against + shareText + ".";
      case "overlaps" ->
          mine
              + " overlap the "
              + against
              + shareText
              + " (at most 100%, as they are among the '"
              + extrapolated
              + "').";
      default ->
          mine
              + " exceed the "
              + against
              + shareText
              + ": more than the data allow, unless the definitions differ.";
    };
  }
}
