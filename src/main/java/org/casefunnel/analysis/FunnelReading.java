package org.casefunnel.analysis;

/**
 * One funnel as of one date, read once: its {@link FunnelSnapshot} and the statistics computed from
 * it (values, conversions, extrapolations, warnings), and {@code figureDates}, how many distinct
 * dates the funnel's figures have up to that date (all when current), so the page knows whether a
 * series has a change to show without a query of its own. What the statistics endpoint, its CSV,
 * the chart and the page are functions of.
 */
public record FunnelReading(
    FunnelSnapshot snapshot, FunnelStatisticsView statistics, long figureDates) {}
