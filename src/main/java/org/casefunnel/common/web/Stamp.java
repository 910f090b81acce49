package org.casefunnel.common.web;

import java.time.Instant;

/**
 * What identifies the state of the data behind a response: a key (a funnel id, or a digest of the
 * funnel list) with a version that every change raises, and the time of the last change.
 */
public record Stamp(String key, long version, Instant updatedAt) {}
