package org.casefunnel.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.casefunnel.extraction.ExtractionService;
import org.casefunnel.extraction.ExtractionView;

/**
 * Reconciles a source with a funnel: reads its quantities (the extraction feature), matches and
 * classifies them, and proposes a patch. Stores nothing.
 */
@ApplicationScoped
public class ReconciliationService {

  private final Basis basis;
  private final ExtractionService extraction;

  public ReconciliationService(Basis basis, ExtractionService extraction) {
    this.basis = basis;
    this.extraction = extraction;
  }

  public ReconciliationView reconcile(
      String funnelId, ReconciliationRequest request, BooleanSupplier abandoned) {
    Basis.Loaded b = basis.load(funnelId, request);
    ExtractionView read = extraction.read(b.source().id(), b.text(), abandoned);
    List<Reconciler.Result> results =
        Reconciler.reconcile(b.funnel(), read, b.sourceDate(), b.deprecated(), b.statementDates());
    PatchBuilder.Built patch =
        PatchBuilder.build(
            results, read, b.text(), b.info(), b.statementKeys(), b.quoted(), b.recorded());
    return ReconciliationViews.of(b, read, results, patch);
  }
}
