package org.casefunnel.analysis;

import org.casefunnel.analysis.FunnelSnapshot.StageSnapshot;
import org.casefunnel.statistics.Derivation;
import org.casefunnel.statistics.Extrapolation;
import org.casefunnel.statistics.Interval;

/**
 * The sentence comparing a projection with the extrapolation of the stage it declares it estimates:
 * against the logical bounds, a complete count, or the 95% interval of a random review (a statement
 * of likelihood, not a limit).
 */
final class ProjectionWording {

  private ProjectionWording() {}

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
    Interval l = a.e().logical();
    String interval =
        ExtrapolationWording.intervalName(a.e())
            + " of "
            + ExtrapolationWording.intervalRange(a.e())
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
