package org.casefunnel.reconciliation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casefunnel.figure.FigureView;
import org.casefunnel.funnel.FunnelView;
import org.casefunnel.funnel.StageView;

/**
 * What a stage is called and counts, as words to match: its label (with its key), its definition,
 * its unit, its base stage and its current figure.
 */
record StageProfile(
    StageView stage,
    Set<String> label,
    Set<String> keyWords,
    Set<String> definition,
    String unit,
    boolean rate) {

  String key() {
    return stage.key();
  }

  FigureView current() {
    return stage.figure();
  }

  /** The profiles of a funnel's stages, and how rare each word is among them. */
  record Funnel(List<StageProfile> stages, Map<String, Integer> stagesWith, String unit) {

    static Funnel of(FunnelView f) {
      String funnelUnit = Words.stem(f.unit() == null ? "case" : f.unit().toLowerCase());
      List<StageProfile> profiles =
          f.stages().stream().map(s -> StageProfile.of(s, funnelUnit)).toList();
      Map<String, Integer> df = new HashMap<>();
      for (StageProfile p : profiles) {
        Set<String> all = new HashSet<>(p.label());
        all.addAll(p.definition());
        all.forEach(w -> df.merge(w, 1, Integer::sum));
      }
      return new Funnel(profiles, df, funnelUnit);
    }

    /**
     * Weight of a word: ln(1 + stages / stages using it), so a word all stages share counts little.
     */
    double weight(String word) {
      return Math.log(1 + (double) stages.size() / Math.max(1, stagesWith.getOrDefault(word, 1)));
    }

    StageProfile byKey(String key) {
      return stages.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }
  }

  static StageProfile of(StageView s, String funnelUnit) {
    String unit = s.unit() == null ? funnelUnit : lastStem(s.unit());
    Set<String> keyWords = Words.stems(s.key().replace('_', ' '));
    Set<String> label = Words.stems(s.label() + " " + s.key().replace('_', ' '));
    Set<String> definition = Words.stems(s.definition());
    // the unit is the noun cue's business, and words like "context" say nothing of the text
    label.remove(unit);
    definition.remove(unit);
    label.remove("context");
    keyWords.remove(unit);
    definition.removeAll(label);
    boolean rate = s.figure() != null && s.figure().period() != null;
    return new StageProfile(s, label, keyWords, definition, unit, rate);
  }

  private static String lastStem(String phrase) {
    String[] parts = phrase.toLowerCase().trim().split("\\s+");
    return Words.stem(parts[parts.length - 1]);
  }
}
