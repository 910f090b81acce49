package org.casefunnel.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Which figures of a stage stand, and which of them counts (docs/competing-figures.md). A pure
 * function of the stage's figures in recording order, shared by writes (which store the result as
 * {@code supersededAt}), dated reads and document imports.
 *
 * <p>A figure <em>competes</em> with an earlier one when their times overlap (the same {@code
 * asOf}, or both undated), their values disagree (a different count or range), and they rest on
 * different statements (no statement in common). A figure recorded later supersedes every standing
 * figure it does not compete with, so a figure that re-reads the same statement, agrees with it or
 * holds at a later date replaces it as before; competing figures all stand. A figure recorded later
 * but dated before a standing one is history filled in late: that standing figure supersedes it, so
 * recording an older state never changes the present. When either date is unknown, recording order
 * decides. A deprecated figure supersedes nothing (it is kept on record as wrong) and is never
 * current. Among the standing figures that are not deprecated, the one that counts is the most
 * recently recorded preferred one, or, when none is preferred, the most recently recorded one.
 */
public final class FigureCompetition {

  private FigureCompetition() {}

  /** What the rule reads of a figure: its time, its bounds, its statements' keys and its rank. */
  public record Claim(
      LocalDate asOf, long low, long high, Set<String> statements, FigureRank rank) {

    public Claim {
      statements = Set.copyOf(statements);
    }

    public static Claim of(Figure f) {
      Set<String> keys = new HashSet<>();
      f.statements.forEach(s -> keys.add(s.key));
      return new Claim(f.asOf, f.lowerBound(), f.upperBound(), keys, f.rank);
    }

    boolean deprecated() {
      return rank == FigureRank.DEPRECATED;
    }
  }

  /** Why the counting figure was chosen among the current ones. */
  public enum Reason {
    /** It is the only current figure. */
    ONLY,
    /** It is the one current figure ranked preferred. */
    PREFERRED,
    /** Several current figures are ranked preferred; it is the most recently recorded of them. */
    LATEST_PREFERRED,
    /** No current figure is ranked preferred; it is the most recently recorded one. */
    LATEST
  }

  /** The figure that counts among {@code current}, and why. */
  public record Choice<T>(T chosen, Reason reason) {}

  /** Whether {@code later} competes with {@code earlier} rather than superseding it. */
  public static boolean competes(Claim later, Claim earlier) {
    return Objects.equals(later.asOf(), earlier.asOf())
        && (later.low() != earlier.low() || later.high() != earlier.high())
        && Collections.disjoint(later.statements(), earlier.statements());
  }

  /** Whether {@code later} (recorded later) holds at a date before {@code earlier}'s. */
  static boolean datedBefore(Claim later, Claim earlier) {
    return later.asOf() != null && earlier.asOf() != null && later.asOf().isBefore(earlier.asOf());
  }

  /**
   * For each figure of a stage in recording order, the index of the figure that superseded it, or
   * -1 while it stands. That is a later-recorded figure, or, for a figure dated before a standing
   * one, that earlier-recorded standing figure.
   */
  public static int[] supersededBy(List<Claim> inOrder) {
    int[] by = new int[inOrder.size()];
    Arrays.fill(by, -1);
    for (int later = 0; later < inOrder.size(); later++) {
      Claim c = inOrder.get(later);
      if (c.deprecated()) {
        continue;
      }
      for (int earlier = 0; earlier < later; earlier++) {
        Claim e = inOrder.get(earlier);
        if (by[earlier] != -1 || competes(c, e)) {
          continue;
        }
        // a deprecated figure supersedes nothing, not even history filled in late
        if (e.deprecated() || !datedBefore(c, e)) {
          by[earlier] = later;
        } else if (by[later] == -1) {
          by[later] = earlier;
        }
      }
    }
    return by;
  }

  /** The figures of a stage (in recording order) that are current: standing, not deprecated. */
  public static <T> List<T> current(List<T> inOrder, Function<T, Claim> claim) {
    List<Claim> claims = inOrder.stream().map(claim).toList();
    int[] by = supersededBy(claims);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < inOrder.size(); i++) {
      if (by[i] == -1 && !claims.get(i).deprecated()) {
        out.add(inOrder.get(i));
      }
    }
    return out;
  }

  /**
   * The figure that counts among the current ones (in recording order): the most recently recorded
   * preferred one, else the most recently recorded one; null when there is none. Deprecated figures
   * are passed over should any be given.
   */
  public static <T> Choice<T> choose(List<T> current, Function<T, FigureRank> rank) {
    T latest = null;
    T latestPreferred = null;
    int preferred = 0;
    int eligible = 0;
    for (T f : current) {
      FigureRank r = rank.apply(f);
      if (r == FigureRank.DEPRECATED) {
        continue;
      }
      eligible++;
      latest = f;
      if (r == FigureRank.PREFERRED) {
        preferred++;
        latestPreferred = f;
      }
    }
    if (latest == null) {
      return null;
    }
    if (eligible == 1) {
      return new Choice<>(latest, Reason.ONLY);
    }
    if (preferred == 0) {
      return new Choice<>(latest, Reason.LATEST);
    }
    return new Choice<>(
        latestPreferred, preferred == 1 ? Reason.PREFERRED : Reason.LATEST_PREFERRED);
  }
}
