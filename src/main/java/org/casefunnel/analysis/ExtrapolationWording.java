package org.casefunnel.analysis;

import org.casefunnel.analysis.FunnelSnapshot.StageSnapshot;
import org.casefunnel.statistics.Derivation;
import org.casefunnel.statistics.Estimate;
import org.casefunnel.statistics.Extrapolation;
import org.casefunnel.statistics.Interval;

/**
 * Every sentence about an extrapolation from a reviewed stage to the stage it was taken from: why
 * there is none, its logical bounds, its sampling interval, the one sentence a reader can repeat,
 * and how a projection declared to estimate the extrapolated stage compares with it. The rest of
 * the statistics' sentences are in {@link Wording}.
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

  static String sampleMayExceedPopulation(String sampleKey) {
    return "more may have been reviewed than there are to review (see the warning"
        + " stage_exceeds_base on '"
        + sampleKey
        + "').";
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
    return "at least the "
        + Numbers.count(e.inScope())
        + " found, at most those plus the "
        + Numbers.range(
            (long) Math.ceil(n.low()) - e.sample(), (long) Math.floor(n.high()) - e.sample())
        + " not reviewed";
  }

  /**
   * Exact only for a population counted exactly: over a population read as a range the interval
   * joins the exact intervals of every size it allows, so it is wider and no longer exact.
   */
  private static String intervalName(Extrapolation e) {
    return e.population().isExact() ? "exact 95% interval" : "95% interval";
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
    Interval s = e.sampling();
    String joined =
        e.population().isExact()
            ? ""
            : ", joining the exact intervals for every population size read";
    return "about "
        + Numbers.about(e.estimate(), s.low(), s.high())
        + ofThe(population)
        + " ("
        + intervalName(e)
        + " "
        + Numbers.range((long) s.low(), (long) s.high())
        + joined
        + ")";
  }

  /** " of the 9,000 'identified'", the population as its figure reads */
  private static String ofThe(StageSnapshot population) {
    return " of the " + Readings.words(population.figure()) + " '" + population.key() + "'";
  }

  /** "2,200 'reviewed'" */
  private static String reviewed(Extrapolation e, StageSnapshot sample) {
    return Numbers.count(e.sample()) + " '" + sample.key() + "'";
  }

  static String sampling(Extrapolation e, StageSnapshot sample, StageSnapshot population) {
    return samplingCore(e, population)
        + ", if the "
        + reviewed(e, sample)
        + " were a random sample";
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
        + " of them are '"
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
            + " be; "
            + intervalCounts(e)
            + ".";
    String reviewed = reviewed(e, sample);
    return switch (sample.selection()) {
      case RANDOM ->
          "The "
              + reviewed
              + " were selected at random, so "
              + samplingCore(e, population)
              + " are '"
              + stage.key()
              + "'; "
              + intervalCounts(e)
              + ". "
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

  // ---- a projection against the extrapolation it declares it estimates ----

  /**
   * What a projection is compared with: the extrapolation of {@code extrapolated} to {@code
   * populationKey} from {@code sampleKey}; {@code random}: the review was random (and partial),
   * {@code complete}: every case was reviewed.
   */
  record Against(
      String extrapolated,
      String populationKey,
      String sampleKey,
      Extrapolation e,
      boolean random,
      boolean complete) {}

  /**
   * The comparison in words. After a random review the 95% interval is a statement of likelihood,
   * not a limit: only the logical bounds (or a complete count) say what the data allow.
   */
  static String projection(
      StageSnapshot stage, Against a, String relation, String toLogical, Derivation share) {
    String mine = "The " + Readings.words(stage.figure()) + " '" + stage.key() + "'";
    String among = " among the '" + a.populationKey() + "'";
    Interval l = a.e().logical();
    String logical = Numbers.range((long) l.low(), (long) l.high()) + " '" + a.extrapolated() + "'";
    String of = share == null ? "" : "they are " + Wording.proportion(share) + " of them";
    String subset = " (at most 100%, as they are among the '" + a.extrapolated() + "')";
    if (a.random() && share != null) {
      Interval range = Readings.estimate(stage.figure()).range();
      return randomProjection(mine, a, range, relation, toLogical, share);
    }
    String against =
        a.complete()
            ? Numbers.count(a.e().inScope())
                + " '"
                + a.extrapolated()
                + "' counted"
                + among
                + " (every one was reviewed: a complete count)"
            : logical
                + " logically possible"
                + among
                + " (the random-sample assumption is not established)";
    String sep = share == null ? "" : ": ";
    return switch (relation) {
      case "below" -> mine + " lie below the " + against + sep + of + ".";
      case "overlaps" -> mine + " overlap the " + against + sep + of + subset + ".";
      default ->
          mine
              + " exceed the "
              + against
              + sep
              + of
              + ": more than the data allow, unless the definitions differ.";
    };
  }

  /** After a random, partial review: the interval in words, the share of the logical bounds. */
  private static String randomProjection(
      String mine, Against a, Interval range, String relation, String toLogical, Derivation share) {
    Interval s = a.e().sampling();
    Interval l = a.e().logical();
    String interval =
        intervalName(a.e())
            + " of "
            + Numbers.range((long) s.low(), (long) s.high())
            + " '"
            + a.extrapolated()
            + "' among the '"
            + a.populationKey()
            + "'";
    String allowed =
        Numbers.range((long) l.low(), (long) l.high())
            + " '"
            + a.extrapolated()
            + "' that the counts allow with no assumption";
    String of = share == null ? "" : ", " + Wording.proportion(share) + " of them";
    String subset = " (at most 100%, as they are among the '" + a.extrapolated() + "')";
    if ("above".equals(toLogical)) {
      return mine
          + " exceed even the "
          + allowed
          + of
          + ", and so the "
          + interval
          + ": more than the data allow, unless the definitions differ.";
    }
    String they = "; they are " + Wording.proportion(share) + " of the " + allowed;
    return switch (relation) {
      case "above" ->
          mine
              + " lie above the "
              + interval
              + ": unlikely if the "
              + Numbers.count(a.e().sample())
              + " '"
              + a.sampleKey()
              + "' were a random sample, as declared, but not impossible"
              + (range.high() > l.high()
                  ? "; in part they exceed even the "
                      + allowed
                      + " (more than the data allow, unless the definitions differ)"
                  : ": they are within the " + allowed)
              + of
              + subset
              + ".";
      case "below" -> mine + " lie below the " + interval + " (random review)" + they + ".";
      default -> mine + " overlap the " + interval + " (random review)" + they + subset + ".";
    };
  }
}
