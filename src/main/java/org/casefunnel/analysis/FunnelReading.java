package org.casefunnel.analysis;

/**
 * One funnel as of one date, read once: its {@link FunnelSnapshot} and the statistics computed from
 * it (values, conversions, extrapolations, warnings). What the statistics endpoint, its CSV, the
 * chart and the page are functions of.
 */
public record FunnelReading(FunnelSnapshot snapshot, FunnelStatisticsView statistics) {}
