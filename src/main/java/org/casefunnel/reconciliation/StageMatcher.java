package org.casefunnel.reconciliation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.casefunnel.figure.FigureView;

/**
 * Scores a quantity against every stage of a funnel by explainable cues and picks the best stage
 * that scores enough. Each cue is a plain fact about the words ("'scope' is in the label"),
 * weighted by how rare its word is among the funnel's stages.
 */
final class StageMatcher {

  /** The least score a match needs: about one rare label word, or two common ones. */
  static final double THRESHOLD = 2.0;

  /** A stage and how well a quantity fits it. */
  record Scored(StageProfile stage, double score, List<Cue> cues) {}

  private StageMatcher() {}

  /**
   * The best stage for {@code r}, or null when none scores {@link #THRESHOLD} with at least one
   * word cue. {@code neighbours} are the stages already matched to other quantities, by index.
   */
  static Scored best(Reading r, StageProfile.Funnel funnel, Neighbours neighbours) {
    Scored best = null;
    for (StageProfile p : funnel.stages()) {
      Scored s = score(r, p, funnel, neighbours);
      if (best == null || s.score() > best.score() + 1e-9) {
        best = s;
      }
    }
    if (best == null || best.score() < THRESHOLD || !hasWordCue(best)) {
      return null;
    }
    return best;
  }

  /** The other quantities of the text and the stages a first pass matched them to. */
  record Neighbours(List<Reading> readings, Map<Integer, String> stages) {

    static final Neighbours NONE = new Neighbours(List.of(), Map.of());

    String stage(int index) {
      return index < 0 ? null : stages.get(index);
    }
  }

  /** Words before a quantity that set it against the one before it: "not the 2,900". */
  private static final List<String> CONTRAST =
      List.of("not", "rather than", "instead of", "while", "but", "against", "compared with");

  static Scored score(Reading r, StageProfile p, StageProfile.Funnel funnel, Neighbours near) {
    List<Cue> cues = new ArrayList<>();
    words(r.clause(), p.label(), funnel, 2.0, "label", cues);
    words(r.clause(), p.keyWords(), funnel, 1.0, "key", cues);
    if (!p.label().isEmpty()) {
      long hit = r.clause().keySet().stream().filter(p.label()::contains).count();
      if (hit > 0) {
        double coverage = (double) hit / p.label().size();
        cues.add(
            new Cue(
                "label",
                String.format(Locale.ROOT, "%d of %d label words", hit, p.label().size()),
                coverage));
      }
    }
    words(r.clause(), p.definition(), funnel, 1.0, "definition", cues);
    Map<String, Integer> noun = new TreeMap<>();
    r.nounWords().forEach(w -> noun.put(w, 0));
    noun.remove(p.unit());
    noun.keySet().removeAll(r.clause().keySet());
    words(noun, p.label(), funnel, 1.0, "noun", cues);
    unit(r, p, cues);
    period(r, p, cues);
    base(r, p, near, cues);
    contrast(r, p, near, cues);
    value(r, p.current(), cues);
    double total = cues.stream().mapToDouble(Cue::weight).sum();
    return new Scored(p, total, cues);
  }

  /**
   * Words of the text in a set of the stage's, each weighted by its rarity among the stages and by
   * its nearness to the quantity: the verb next to a number says more than a word at the clause's
   * far end.
   */
  private static void words(
      Map<String, Integer> text,
      Set<String> stage,
      StageProfile.Funnel funnel,
      double factor,
      String kind,
      List<Cue> cues) {
    List<String> hits = new ArrayList<>();
    double w = 0;
    for (Map.Entry<String, Integer> word : text.entrySet()) {
      if (stage.contains(word.getKey())) {
        hits.add("'" + word.getKey() + "'");
        w += factor * funnel.weight(word.getKey()) / (1 + word.getValue() / 4.0);
      }
    }
    if (!hits.isEmpty()) {
      // a long definition should not outweigh a label by sheer length
      double capped = kind.equals("definition") ? Math.min(w, 3.0) : w;
      cues.add(new Cue(kind, String.join(", ", hits) + " in the stage's " + where(kind), capped));
    }
  }

  private static String where(String kind) {
    return kind.equals("noun") ? "label (from the counted noun)" : kind;
  }

  private static void unit(Reading r, StageProfile p, List<Cue> cues) {
    String head = r.nounHead();
    if (head == null || r.nounInferred()) {
      return;
    }
    if (head.equals(p.unit())) {
      cues.add(new Cue("unit", "counts " + r.found().noun().head() + ", the stage's unit", 1.0));
    } else if (!r.nounWords().contains(p.unit())) {
      cues.add(
          new Cue("unit", "counts " + r.found().noun().head() + ", not the stage's unit", -3.0));
    }
  }

  private static void period(Reading r, StageProfile p, List<Cue> cues) {
    boolean rate = r.period() != null;
    if (rate && p.rate()) {
      String per = p.current().period();
      if (r.period().equals(per)) {
        cues.add(new Cue("period", "a rate per " + r.period() + ", like the stage's figure", 2.0));
      } else {
        // weighed like a unit the stage does not count: 300 a week is no figure per month
        cues.add(
            new Cue(
                "period",
                "a rate per " + r.period() + ", but the stage's figure is per " + per,
                -3.0));
      }
    } else if (rate != p.rate()) {
      cues.add(
          new Cue(
              "period",
              rate ? "a rate, but the stage holds totals" : "a total, but the stage holds rates",
              -4.0));
    }
  }

  /**
   * A neighbour in the same sentence matched to this stage's base, and at least as large: "2,500 of
   * the 9,000 cases".
   */
  private static void base(Reading r, StageProfile p, Neighbours near, List<Cue> cues) {
    String base = p.stage().baseStage();
    if (base == null) {
      return;
    }
    for (int n : new int[] {r.previous(), r.next()}) {
      if (base.equals(near.stage(n)) && notSmaller(near.readings().get(n), r)) {
        cues.add(
            new Cue(
                "base_stage",
                "next to a quantity of its base stage '" + base + "'",
                r.nounInferred() ? 2.0 : 1.5));
        return;
      }
    }
  }

  private static boolean notSmaller(Reading base, Reading r) {
    return base.low() != null && r.low() != null && base.low().compareTo(r.low()) >= 0;
  }

  /** "not the 2,900", "while the force puts it at 450": the same stage as the quantity before. */
  private static void contrast(Reading r, StageProfile p, Neighbours near, List<Cue> cues) {
    if (!p.key().equals(near.stage(r.previous()))) {
      return;
    }
    for (String w : CONTRAST) {
      if ((" " + r.lead() + " ").matches("(?s).*\\b" + w + "\\b.*")) {
        cues.add(
            new Cue(
                "contrast",
                "set against the quantity before it ('" + w + "'), which matched this stage",
                2.5));
        return;
      }
    }
  }

  private static void value(Reading r, FigureView f, List<Cue> cues) {
    if (f == null || !r.hasValue() || (f.count() == null && f.low() == null)) {
      return;
    }
    long lo = f.count() != null ? f.count() : f.low();
    Long hi = f.count() != null ? f.count() : f.high();
    if (r.low().compareTo(BigDecimal.valueOf(lo)) == 0
        && r.high() != null
        && hi != null
        && r.high().compareTo(BigDecimal.valueOf(hi)) == 0) {
      cues.add(new Cue("value", "the same value as the stage's current figure", 1.0));
    }
  }

  private static boolean hasWordCue(Scored s) {
    return s.cues().stream()
        .anyMatch(
            c ->
                c.weight() > 0
                    && List.of("label", "key", "definition", "noun", "contrast")
                        .contains(c.kind()));
  }
}
