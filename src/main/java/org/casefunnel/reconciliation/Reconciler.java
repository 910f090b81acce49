package org.casefunnel.reconciliation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casefunnel.extraction.ExtractionView;
import org.casefunnel.figure.FigureView;
import org.casefunnel.funnel.FunnelView;

/** Matches every quantity of a text to a stage and classifies it: pure, stores nothing. */
final class Reconciler {

  /** One quantity's outcome: its reading, its match (null when none) and its class. */
  record Result(Reading reading, StageMatcher.Scored match, Classifier.Verdict verdict) {}

  private Reconciler() {}

  static List<Result> reconcile(
      FunnelView funnel,
      ExtractionView text,
      LocalDate sourceDate,
      Map<String, List<FigureView>> deprecated,
      Map<String, LocalDate> statementDates) {
    StageProfile.Funnel profiles = StageProfile.Funnel.of(funnel);
    List<Reading> readings = ReadingFactory.of(text, sourceDate);
    // two passes: the second sees which stages its neighbours matched (the base stage cue)
    StageMatcher.Neighbours first =
        new StageMatcher.Neighbours(readings, matchAll(readings, profiles));
    List<Result> out = new ArrayList<>();
    for (Reading r : readings) {
      StageMatcher.Scored m = StageMatcher.best(r, profiles, first);
      Classifier.Verdict v =
          m == null
              ? new Classifier.Verdict(
                  Classification.UNMATCHED, "No stage of the funnel fits its words well enough.")
              : Classifier.classify(
                  r,
                  m.stage().current(),
                  deprecated.getOrDefault(m.stage().key(), List.of()),
                  statementDates);
      out.add(new Result(r, m, v));
    }
    return out;
  }

  private static Map<Integer, String> matchAll(
      List<Reading> readings, StageProfile.Funnel profiles) {
    Map<Integer, String> out = new HashMap<>();
    for (Reading r : readings) {
      StageMatcher.Scored m = StageMatcher.best(r, profiles, StageMatcher.Neighbours.NONE);
      if (m != null) {
        out.put(r.index(), m.stage().key());
      }
    }
    return out;
  }
}
