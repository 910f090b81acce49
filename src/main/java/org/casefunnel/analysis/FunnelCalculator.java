package org.casefunnel.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.casefunnel.model.BreakdownPart;
import org.casefunnel.model.Figure;
import org.casefunnel.model.Funnel;
import org.casefunnel.model.Selection;
import org.casefunnel.model.Stage;
import org.casefunnel.statistics.Breakdowns;
import org.casefunnel.statistics.Derivation;
import org.casefunnel.statistics.Estimate;
import org.casefunnel.statistics.Extrapolations;
import org.casefunnel.statistics.FpcExtrapolation;
import org.casefunnel.statistics.Interval;
import org.casefunnel.statistics.IntervalArithmetic;
import org.casefunnel.statistics.IntervalComparison;
import org.casefunnel.statistics.Methods;
import org.casefunnel.statistics.Proportions;

/**
 * Turns a funnel's stages and current figures (already loaded) into statistics. No queries here:
 * the caller loads everything up front, so the read path costs a fixed number of statements.
 */
final class FunnelCalculator {

  static final double Z = Proportions.Z_95;

  private final Funnel funnel;
  private final List<Stage> stages;
  private final Map<Long, Figure> current;
  private final Map<Long, List<BreakdownPart>> parts;
  private final LocalDate asOf;

  FunnelCalculator(
      Funnel funnel,
      List<Stage> stages,
      Map<Long, Figure> current,
      Map<Long, List<BreakdownPart>> parts,
      LocalDate asOf) {
    this.funnel = funnel;
    this.stages = stages;
    this.current = current;
    this.parts = parts;
    this.asOf = asOf;
  }

  /** Mutable per-stage working state, frozen into a view at the end. */
  private static final class Work {
    final Stage stage;
    final Figure figure;
    final List<String> notes = new ArrayList<>();
    DerivedView conversion;
    DerivedView coverage;
    ExtrapolationView extrapolation;
    FpcExtrapolation fpc;
    DerivedView overall;
    DerivedView dropOff;
    ProjectionCheckView projection;
    BreakdownStatisticsView breakdown;

    Work(Stage stage, Figure figure) {
      this.stage = stage;
      this.figure = figure;
    }
  }

  List<StatisticsContext.StageFacts> compute() {
    Map<Long, Work> work = new LinkedHashMap<>();
    for (Stage s : stages) {
      work.put(s.id, new Work(s, current.get(s.id)));
    }
    Stage first = stages.isEmpty() ? null : stages.get(0);
    for (Work w : work.values()) {
      if (w.figure == null) {
        w.notes.add(
            asOf == null
                ? "The stage has no figure."
                : "The stage has no figure dated on or before " + asOf + ".");
        continue;
      }
      conversion(w, w.stage.baseStage == null ? null : work.get(w.stage.baseStage.id));
      extrapolation(w, work);
      overall(w, first == null ? null : work.get(first.id));
      breakdown(w);
    }
    projections(work);
    List<StatisticsContext.StageFacts> facts = new ArrayList<>();
    for (Work w : work.values()) {
      facts.add(new StatisticsContext.StageFacts(w.stage, w.figure, view(w)));
    }
    return facts;
  }

  // ---- per-stage numbers ----

  private void conversion(Work w, Work base) {
    if (base == null) {
      return;
    }
    if (base.figure == null) {
      w.notes.add("No conversion: the base stage '" + base.stage.key + "' has no figure.");
      return;
    }
    if (!sameScale(w, base)) {
      w.notes.add(
          "No conversion: the stage counts "
              + scale(w)
              + " and its base '"
              + base.stage.key
              + "' counts "
              + scale(base)
              + ".");
      return;
    }
    Estimate part = estimate(w.figure);
    Estimate whole = estimate(base.figure);
    if (whole.high() == 0) {
      w.notes.add("No conversion: the base stage's figure is zero.");
      return;
    }
    if (largerThanWhole(
        w,
        part,
        whole,
        "No conversion: the stage is larger than its base '"
            + base.stage.key
            + "', which it should be a subset of (see warnings).")) {
      return;
    }
    boolean exact = exactCount(w.figure) && exactCount(base.figure);
    // how many were chosen for a review is a decision, not a sampling outcome: a plain ratio,
    // without a confidence interval that would suggest otherwise
    Derivation d =
        !exact
            ? Proportions.intervalRatio(part, whole)
            : w.stage.selection != null
                ? Proportions.share(part, whole)
                : Proportions.conversion(part, whole, Z);
    w.conversion = DerivedView.of(d, proportionText(d));
    if (w.stage.selection != null) {
      w.coverage =
          DerivedView.of(
              d,
              "review coverage: "
                  + Numbers.range(w.figure.lowerBound(), w.figure.upperBound())
                  + " of "
                  + Numbers.range(base.figure.lowerBound(), base.figure.upperBound())
                  + " ("
                  + proportionText(d)
                  + ")");
    } else {
      Derivation drop = IntervalArithmetic.dropOff(whole, part);
      w.dropOff =
          DerivedView.of(
              drop,
              Numbers.range(Math.round(drop.low()), Math.round(drop.high()))
                  + " of '"
                  + base.stage.key
                  + "' not in this stage");
    }
  }

  private void extrapolation(Work w, Map<Long, Work> work) {
    Stage sampleStage = w.stage.baseStage;
    if (sampleStage == null || sampleStage.selection == null || sampleStage.baseStage == null) {
      return;
    }
    Work sample = work.get(sampleStage.id);
    Work population = work.get(sampleStage.baseStage.id);
    String no = "No extrapolation to '" + population.stage.key + "': ";
    if (sample.figure == null || population.figure == null) {
      w.notes.add(no + "the sample or population stage has no figure.");
      return;
    }
    if (!sameScale(w, sample) || !sameScale(sample, population)) {
      w.notes.add(no + "the stages do not count the same thing.");
      return;
    }
    if (!exactCount(w.figure) || !exactCount(sample.figure)) {
      w.notes.add(no + "it needs exact counts for the stage and the reviewed sample.");
      return;
    }
    long x = w.figure.count;
    long n = sample.figure.count;
    Estimate big = estimate(population.figure);
    if (n == 0 || x > n || big.low() < n) {
      w.notes.add(no + "the counts are inconsistent (see warnings).");
      return;
    }
    FpcExtrapolation e = Extrapolations.fpc(big, n, x, Z);
    w.fpc = e;
    Selection selection = sampleStage.selection;
    String assumption =
        switch (selection) {
          case RANDOM -> "holds";
          case NOT_RANDOM -> "does_not_hold";
          case UNKNOWN -> "unknown";
        };
    String premise =
        "Assumes the "
            + Numbers.count(n)
            + " '"
            + sampleStage.key
            + "' are representative of the "
            + Numbers.range(population.figure.lowerBound(), population.figure.upperBound())
            + " '"
            + population.stage.key
            + "' (a simple random sample). ";
    String verdict =
        switch (selection) {
          case RANDOM -> "The stage says they were selected at random, so the assumption holds.";
          case NOT_RANDOM ->
              "They were not selected at random, so the assumption does not hold: the estimate"
                  + " and its interval may be biased and are illustrative only.";
          case UNKNOWN ->
              "How they were selected is unknown, so whether the assumption holds is unknown:"
                  + " if the reviewed cases were not typical, the true number may lie outside"
                  + " the interval.";
        };
    w.extrapolation =
        new ExtrapolationView(
            population.stage.key,
            sampleStage.key,
            DerivedView.of(
                e.toDerivation(),
                "about "
                    + Numbers.count(e.estimate())
                    + " (95% interval "
                    + Numbers.count(e.low())
                    + " to "
                    + Numbers.count(e.high())
                    + ") of the '"
                    + population.stage.key
                    + "'"),
            selection.wire(),
            assumption,
            premise + verdict);
  }

  private void overall(Work w, Work first) {
    if (first == null
        || first == w
        || first.figure == null
        || !comparable(w)
        || !comparable(first)) {
      return;
    }
    if (!onChain(w.stage, first.stage)) {
      return;
    }
    Estimate part = estimate(w.figure);
    Estimate whole = estimate(first.figure);
    if (whole.high() == 0) {
      return;
    }
    // the warning may stand on a stage in between, so none is pointed to here
    if (largerThanWhole(
        w,
        part,
        whole,
        "No overall conversion: the stage is larger than '"
            + first.stage.key
            + "', which it should be a subset of.")) {
      return;
    }
    Derivation d =
        exactCount(w.figure) && exactCount(first.figure)
            ? Proportions.share(part, whole)
            : Proportions.intervalRatio(part, whole);
    w.overall =
        DerivedView.of(d, proportionText(d) + " of '" + first.stage.key + "' (descriptive ratio)");
    Stage review = partialReviewBetween(w.stage, first.stage);
    if (review != null) {
      w.notes.add(
          "The overall conversion counts only what was found among the '"
              + review.key
              + "' (a partial review of the '"
              + first.stage.key
              + "'), so it is a lower bound: the share among all the '"
              + first.stage.key
              + "' may be higher (see the extrapolation, where there is one).");
    }
  }

  private void breakdown(Work w) {
    List<BreakdownPart> list = parts.get(w.figure.id);
    if (w.figure.breakdownDimension == null || list == null || list.isEmpty()) {
      return;
    }
    Map<String, Estimate> byCategory = new LinkedHashMap<>();
    for (BreakdownPart p : list) {
      byCategory.put(
          p.category, p.count != null ? Estimate.exact(p.count) : Estimate.ofRange(p.low, p.high));
    }
    Breakdowns.Check check = Breakdowns.check(estimate(w.figure), byCategory);
    List<BreakdownStatisticsView.Part> views = new ArrayList<>();
    for (BreakdownPart p : list) {
      Derivation share = check.shares().get(p.category);
      views.add(
          new BreakdownStatisticsView.Part(
              p.category,
              value(p.count, p.low, p.high, p.approximate),
              share == null ? null : DerivedView.of(share, proportionText(share))));
    }
    Derivation sum = check.sum();
    w.breakdown =
        new BreakdownStatisticsView(
            w.figure.breakdownDimension,
            DerivedView.of(
                sum,
                "parts add up to " + Numbers.range(Math.round(sum.low()), Math.round(sum.high()))),
            check.addsUp(),
            views);
  }

  /** Stages counted against a population that an extrapolation reaches are compared with it. */
  private void projections(Map<Long, Work> work) {
    Map<Long, Work> extrapolatedByPopulation = new HashMap<>();
    for (Work w : work.values()) {
      if (w.fpc != null) {
        extrapolatedByPopulation.putIfAbsent(w.stage.baseStage.baseStage.id, w);
      }
    }
    for (Work w : work.values()) {
      if (w.figure == null || w.stage.baseStage == null || w.stage.selection != null) {
        continue;
      }
      Work e = extrapolatedByPopulation.get(w.stage.baseStage.id);
      if (e == null || e == w || !sameScale(w, e)) {
        continue;
      }
      Estimate mine = estimate(w.figure);
      Interval theirs = e.fpc.interval();
      IntervalComparison relation = IntervalComparison.of(mine.range(), theirs);
      // no share of an extrapolation that is exactly zero (none in scope in a full review)
      Derivation share =
          theirs.high() == 0
              ? null
              : Proportions.intervalRatio(mine, new Estimate(e.fpc.estimate(), theirs));
      String mineText = Numbers.range(w.figure.lowerBound(), w.figure.upperBound());
      String theirsText =
          Numbers.count(theirs.low())
              + " to "
              + Numbers.count(theirs.high())
              + " (about "
              + Numbers.count(e.fpc.estimate())
              + ") '"
              + e.stage.key
              + "' implied among the '"
              + w.stage.baseStage.key
              + "'";
      String message =
          switch (relation) {
            case BELOW ->
                "The "
                    + mineText
                    + " '"
                    + w.stage.key
                    + "' lie below the "
                    + theirsText
                    + ": "
                    + proportionText(share)
                    + " of them, consistent with '"
                    + w.stage.key
                    + "' being a subset of '"
                    + e.stage.key
                    + "'.";
            case OVERLAPS ->
                "The "
                    + mineText
                    + " '"
                    + w.stage.key
                    + "' overlap the "
                    + theirsText
                    + ": they may be about as many, or more.";
            case ABOVE ->
                "The "
                    + mineText
                    + " '"
                    + w.stage.key
                    + "' exceed the "
                    + theirsText
                    + ": more than the extrapolation allows, unless the sample was not"
                    + " representative or the definitions differ.";
          };
      w.projection =
          new ProjectionCheckView(
              e.stage.key,
              relation.name().toLowerCase(Locale.ROOT),
              share == null ? null : DerivedView.of(share, proportionText(share)),
              message);
    }
  }

  private StageStatisticsView view(Work w) {
    Figure f = w.figure;
    return new StageStatisticsView(
        w.stage.key,
        w.stage.label,
        w.stage.baseStage == null ? null : w.stage.baseStage.key,
        unitOf(w.stage),
        f == null ? null : f.period,
        comparable(w),
        w.stage.selection == null ? null : w.stage.selection.wire(),
        f == null ? null : f.id,
        f == null ? null : f.status,
        f == null ? null : f.wording,
        f == null ? null : f.asOf,
        f == null ? null : value(f.count, f.low, f.high, f.approximate),
        w.conversion,
        w.coverage,
        w.extrapolation,
        w.overall,
        w.dropOff,
        w.projection,
        w.breakdown,
        List.copyOf(w.notes));
  }

  // ---- helpers ----

  static ValueView value(Long count, Long low, Long high, boolean approximate) {
    if (count != null) {
      Map<String, Number> inputs = new LinkedHashMap<>();
      inputs.put("count", count);
      return new ValueView(count, count, count, false, approximate, Methods.AS_REPORTED, inputs);
    }
    Map<String, Number> inputs = new LinkedHashMap<>();
    inputs.put("low", low);
    inputs.put("high", high);
    return new ValueView(
        low, high, Interval.of(low, high).midpoint(), true, true, Methods.MIDPOINT, inputs);
  }

  static Estimate estimate(Figure f) {
    return f.count != null ? Estimate.exact(f.count) : Estimate.ofRange(f.low, f.high);
  }

  /** An exact count: neither a range nor given as approximate. */
  static boolean exactCount(Figure f) {
    return f.count != null && !f.approximate;
  }

  String unitOf(Stage s) {
    return s.unit != null ? s.unit : funnel.unit;
  }

  /** Counts the funnel's unit and is not a rate: may enter case conversions. */
  private boolean comparable(Work w) {
    return unitOf(w.stage).equalsIgnoreCase(funnel.unit)
        && (w.figure == null || w.figure.period == null);
  }

  private boolean sameScale(Work a, Work b) {
    return unitOf(a.stage).equalsIgnoreCase(unitOf(b.stage))
        && Objects.equals(a.figure.period, b.figure.period);
  }

  private String scale(Work w) {
    return unitOf(w.stage) + (w.figure.period == null ? "" : " per " + w.figure.period);
  }

  /**
   * A subset certainly larger than its whole has no share of it: capping the share at 100% would
   * state a figure nobody gave, so the note says why there is none.
   */
  private static boolean largerThanWhole(Work w, Estimate part, Estimate whole, String note) {
    if (part.low() <= whole.high()) {
      return false;
    }
    w.notes.add(note);
    return true;
  }

  /** The nearest partial review (a stage with a selection) above the stage, below the first. */
  private static Stage partialReviewBetween(Stage stage, Stage first) {
    for (Stage at : stage.ancestors()) {
      if (same(at, first)) {
        return null;
      }
      if (at.selection != null) {
        return at;
      }
    }
    return null;
  }

  private static boolean onChain(Stage stage, Stage first) {
    return stage.ancestors().stream().anyMatch(at -> same(at, first));
  }

  private static boolean same(Stage a, Stage b) {
    return a == b || Objects.equals(a.id, b.id);
  }

  static String proportionText(Derivation d) {
    String point = d.value() == null ? "no point value" : Numbers.percent(d.value());
    if (d.low() == null) {
      return point;
    }
    String bounds = Numbers.percent(d.low()) + " to " + Numbers.percent(d.high());
    return switch (d.method()) {
      case Methods.WILSON -> point + " (95% Wilson interval " + bounds + ")";
      default -> point + " (" + bounds + " by interval arithmetic)";
    };
  }
}
