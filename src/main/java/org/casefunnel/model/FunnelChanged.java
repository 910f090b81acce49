package org.casefunnel.model;

/**
 * Fired by {@link FunnelChanges} inside every write of a funnel; observe it with {@code during =
 * TransactionPhase.AFTER_SUCCESS} to act once the change is committed (caches of stamps and
 * responses).
 */
public record FunnelChanged(String funnelId) {}
