package org.casefunnel.analysis;

import org.casefunnel.analysis.FunnelSnapshot.StageSnapshot;
import org.casefunnel.statistics.Estimate;
import org.casefunnel.statistics.Extrapolation;
import org.casefunnel.statistics.Interval;

/**
 * Every sentence about an extrapolation from a reviewed stage to the stage it was taken from: why
 * there is none, its logical bounds, its sampling interval and the one sentence a reader can
 * repeat. How a projection compares with it is in {@link ProjectionWording}, the rest of the
 * statistics' sentences in {@link Wording}.
 */
final class ExtrapolationWording {

  private ExtrapolationWording() {}

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

  /** A projection or an estimate is not what a review found, nor how many it reviewed. */
  static String notObserved(String stageKey, String status) {
    return "the figure of '"
        + stageKey
        + "' is "
        + status
        + ", not a count of what the review found or covered.";
  }

  /** {@code certain}: every value the population allows is smaller than the review. */
  static String sampleMayExceedPopulation(String sampleKey, boolean certain) {
    return (certain
            ? "more were reviewed than there are to review"
            : "more may have been reviewed than there are to review")
        + " (see the warning"
        + " stage_exceeds_base on '"
        + sampleKey
        + "').";
  }

  /** A review whose own base is not in the funnel: there is no population to extrapolate to. */
  static String reviewWithoutBase(String sampleKey) {
    return "No extrapolation: the review '"
        + sampleKey
        + "' has no base stage in the funnel, so there is no population to extrapolate to.";
  }

  static String selectionNotExtrapolated(String key) {
    return "No extrapolation: '"
        + key
        + "' is itself a selection (how many were chosen is a decision, not a draw).";
  }

  static String logicalBounds(Extrapolation e, StageSnapshot sample, StageSnapshot population) {
    return logicalRange(e, population) + " (" + atLeastAtMost(e) + "; needs no assumption)";
  }

  private static String logicalRange(Extrapolation e, StageSnapshot population) {
    Interval l = e.logical();
    return Numbers.range((long) l.low(), (long) l.high()) + ofThe(population);
  }

  /**
   * "at least the 1,200 found, at most those plus the 6,800 not reviewed"; of a population read as
   * 8,500 to 9,500, "the 6,300 to 7,300 not reviewed".
   */
  private static String atLeastAtMost(Extrapolation e) {
    Estimate n = e.population();
    long fewest = (long) Math.ceil(n.low()) - e.sample();
    long most = (long) Math.floor(n.high()) - e.sample();
    String found = e.inScope() == 0 ? "none found" : "the " + Numbers.count(e.inScope()) + " found";
    if (most == 0) {
      return (e.inScope() == 0 ? "" : "exactly ") + found + ", as every case was reviewed";
    }
    String notReviewed = Numbers.range(fewest, most) + " not reviewed";
    if (e.inScope() == 0) {
      return "none found, at most the " + notReviewed;
    }
    return "at least " + found + ", at most those plus the " + notReviewed;
  }

  /**
   * Exact only for a population counted exactly: over a population read as a range the interval
   * joins the exact intervals of every size it allows, so it is wider and no longer exact.
   */
  static String intervalName(Extrapolation e) {
    return e.population().isExact() ? "exact 95% interval" : "95% interval";
  }

  /** The interval's ends as stated ({@link Extrapolation#statedSampling}). */
  static String intervalRange(Extrapolation e) {
    Interval s = e.statedSampling();
    return Numbers.count(s.low()) + " to " + Numbers.count(s.high());
  }

  /** What the interval's width stands for: sampling error, and a population's reading if any. */
  private static String intervalCounts(Extrapolation e) {
    Estimate n = e.population();
    return n.isExact()
        ? "that interval counts sampling error only"
        : "that interval counts sampling error and the population's width as read ("
            + Numbers.range((long) Math.ceil(n.low()), (long) Math.floor(n.high()))
            + "), nothing else";
  }

  private static String samplingCore(Extrapolation e, StageSnapshot population) {
    String joined =
        e.population().isExact()
            ? ""
            : ", joining the exact intervals for every population size read";
    String interval = intervalRange(e);
    String point = shownPoint(e);
    if (pointSaysLittle(e)) {
      // "about 0 are in scope" reads as none, "about 1,000 of the 1,000" from one case as all; a
      // point at the population's midpoint would state a number no source gave
      String estimate =
          e.population().midpoint() && e.inScope() > 0
              ? "no point estimate, as the population is given only as a range"
              : "point estimate " + point;
      return interval + ofThe(population) + " (" + intervalName(e) + joined + "; " + estimate + ")";
    }
    return point + ofThe(population) + " (" + intervalName(e) + " " + interval + joined + ")";
  }

  /**
   * Whether the point estimate would mislead if it led: none or all of the reviewed in scope, an
   * interval wider than the estimate itself (a handful reviewed), or a population given only as a
   * range (the estimate is at its midpoint).
   */
  private static boolean pointSaysLittle(Extrapolation e) {
    Interval s = e.sampling();
    return e.population().midpoint()
        || e.inScope() == 0
        || e.inScope() == e.sample()
        || s.high() - s.low() > e.estimate();
  }

  /** The point estimate as the text gives it: "about" only where the interval leaves room. */
  private static String shownPoint(Extrapolation e) {
    Interval s = e.sampling();
    return e.estimate() == 0 || s.isPoint()
        ? Numbers.count(e.estimate())
        : "about " + Numbers.about(e.estimate(), s.low(), s.high());
  }

  /** The verb after the extrapolated count the text leads with: one only when it shows "1". */
  private static String isOrAre(Extrapolation e) {
    String shown = shownPoint(e);
    return !pointSaysLittle(e) && (shown.equals("1") || shown.equals("about 1")) ? "is" : "are";
  }

  /** "was" for one, "were" otherwise. */
  private static String were(long count) {
    return count == 1 ? "was" : "were";
  }

  /** " of the 9,000 'identified'", the population as its figure reads */
  private static String ofThe(StageSnapshot population) {
    String words = Readings.words(population.figure());
    // "of about 9,000", not "of the about 9,000"
    return (words.startsWith("about ") ? " of " : " of the ")
        + words
        + " '"
        + population.key()
        + "'";
  }

  /** "2,200 'reviewed'" */
  private static String reviewed(Extrapolation e, StageSnapshot sample) {
    return Numbers.count(e.sample()) + " '" + sample.key() + "'";
  }

  static String sampling(Extrapolation e, StageSnapshot sample, StageSnapshot population) {
    return samplingCore(e, population)
        + ", if the "
        + reviewed(e, sample)
        + " "
        + were(e.sample())
        + " a random sample";
  }

  /** "30 of the 100 'a', exactly: every one was reviewed" */
  static String complete(Extrapolation e, StageSnapshot population) {
    return Numbers.count(e.inScope()) + ofThe(population) + ", exactly: every one was reviewed";
  }

  /** A review of every case: what it found is the count itself, with no sampling error. */
  static String completeStatement(
      Extrapolation e, StageSnapshot stage, StageSnapshot sample, StageSnapshot population) {
    return "Every one of the "
        + Readings.words(population.figure())
        + " '"
        + population.key()
        + "' was reviewed ('"
        + sample.key()
        + "'), so exactly "
        + Numbers.count(e.inScope())
        + " of them "
        + (e.inScope() == 1 ? "is" : "are")
        + " '"
        + stage.key()
        + "': a complete count, with no sampling error and no assumption about how they were"
        + " chosen.";
  }

  /** The extrapolation told whole: the logical bounds first unless the selection was random. */
  static String extrapolationStatement(
      Extrapolation e, StageSnapshot stage, StageSnapshot sample, StageSnapshot population) {
    String logical =
        "Without any assumption, "
            + logicalRange(e, population)
            + " may be '"
            + stage.key()
            + "': "
            + atLeastAtMost(e)
            + ".";
    String sampled =
        "Only if they were a random sample would "
            + samplingCore(e, population)
            + " be '"
            + stage.key()
            + "'; "
            + intervalCounts(e)
            + ".";
    String reviewed = reviewed(e, sample);
    return switch (sample.selection()) {
      case RANDOM ->
          "The "
              + reviewed
              + " "
              + were(e.sample())
              + " selected at random, so "
              + samplingCore(e, population)
              + " "
              + isOrAre(e)
              + " '"
              + stage.key()
              + "'; "
              + intervalCounts(e)
              + ". "
              + logical;
      case NOT_RANDOM ->
          logical
              + " The "
              + reviewed
              + " "
              + were(e.sample())
              + " not selected at random, so no sampling interval applies. For illustration"
              + " only: "
              + Character.toLowerCase(sampled.charAt(0))
              + sampled.substring(1);
      case UNKNOWN ->
          logical
              + " How the "
              + reviewed
              + " "
              + were(e.sample())
              + " chosen is unknown. "
              + sampled;
    };
  }
}
