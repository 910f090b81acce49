package org.casefunnel.document;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Counts funnel-document imports by outcome ({@code casefunnel_imports_total{outcome=...}} in
 * Prometheus): {@code imported} once the transaction has committed, {@code rejected} when the
 * document was refused (a problem the client can fix), {@code failed} when it could not be stored
 * for any other reason (database away, commit failed).
 */
@ApplicationScoped
public class ImportMetrics {

  private final TransactionSynchronizationRegistry transactions;
  private final Counter imported;
  private final Counter rejected;
  private final Counter failed;

  public ImportMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
    this.transactions = transactions;
    this.imported = counter(registry, "imported");
    this.rejected = counter(registry, "rejected");
    this.failed = counter(registry, "failed");
  }

  private static Counter counter(MeterRegistry registry, String outcome) {
    return Counter.builder("casefunnel.imports")
        .description("Funnel-document imports by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }

  /**
   * Starts watching the import running in the current transaction; it is counted when the
   * transaction completes, so an import whose commit fails is not counted as imported.
   */
  public Outcome watch() {
    Outcome outcome = new Outcome();
    transactions.registerInterposedSynchronization(outcome);
    return outcome;
  }

  /** The outcome of one import, settled when its transaction completes. */
  public final class Outcome implements Synchronization {
    private boolean refused;

    /** The document was refused with a problem the client can act on. */
    public void rejected() {
      refused = true;
    }

    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        imported.increment();
      } else if (refused) {
        rejected.increment();
      } else {
        failed.increment();
      }
    }
  }
}
