package org.casefunnel.reconciliation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.casefunnel.extraction.ExtractionView;
import org.casefunnel.extraction.ExtractionView.FoundQuantity;
import org.casefunnel.figure.FigureView;

/** Turns a reconciliation's results into its wire form. */
final class ReconciliationViews {

  private ReconciliationViews() {}

  static ReconciliationView of(
      Basis.Loaded b,
      ExtractionView read,
      List<Reconciler.Result> results,
      PatchBuilder.Built patch) {
    Map<Classification, Integer> counts = new EnumMap<>(Classification.class);
    List<ReconciliationView.ReconciledQuantity> quantities =
        results.stream()
            .map(
                r -> {
                  counts.merge(r.verdict().classification(), 1, Integer::sum);
                  return quantity(r, patch);
                })
            .toList();
    ReconciliationView.Summary summary =
        new ReconciliationView.Summary(
            counts.getOrDefault(Classification.AGREES, 0),
            counts.getOrDefault(Classification.NEWER, 0),
            counts.getOrDefault(Classification.CONFLICTS, 0),
            counts.getOrDefault(Classification.OLDER, 0),
            counts.getOrDefault(Classification.UNMATCHED, 0));
    return new ReconciliationView(
        b.funnel().id(),
        b.funnel().etag(),
        b.source(),
        summary,
        quantities,
        read.sentences(),
        patch.statements(),
        read.truncated(),
        read.truncation(),
        patch.patch());
  }

  private static ReconciliationView.ReconciledQuantity quantity(
      Reconciler.Result r, PatchBuilder.Built patch) {
    Reading q = r.reading();
    FoundQuantity f = q.found();
    StageMatcher.Scored m = r.match();
    return new ReconciliationView.ReconciledQuantity(
        q.index(),
        f.wording(),
        f.position(),
        f.selector(),
        f.sentence().index(),
        f.value(),
        f.noun(),
        f.speaker(),
        q.shareOf(),
        q.date(),
        q.dateWording(),
        m == null
            ? null
            : new ReconciliationView.StageMatch(
                m.stage().key(), m.stage().stage().label(), round(m.score()), rounded(m)),
        r.verdict().classification().wire(),
        explanation(r, patch.leftOut().get(q.index())),
        m == null ? null : current(m.stage().current()),
        patch.statementOf().get(q.index()),
        patch.figureOf().get(q.index()));
  }

  private static String explanation(Reconciler.Result r, String leftOut) {
    String why = r.verdict().explanation();
    return leftOut == null ? why : why + " The patch leaves its figure out: " + leftOut + ".";
  }

  private static List<Cue> rounded(StageMatcher.Scored m) {
    return m.cues().stream().map(c -> new Cue(c.kind(), c.detail(), round(c.weight()))).toList();
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static ReconciliationView.CurrentFigure current(FigureView f) {
    return f == null
        ? null
        : new ReconciliationView.CurrentFigure(
            f.id(), f.count(), f.low(), f.high(), f.approximate(), f.asOf(), f.wording());
  }
}
