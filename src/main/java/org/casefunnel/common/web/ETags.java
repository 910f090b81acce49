package org.casefunnel.common.web;

import java.time.Instant;

/**
 * Strong entity tags, derived from versions so that no response body has to be built or hashed to
 * answer a conditional request. Every change inside a funnel touches the funnel, raising its
 * version, so a funnel-level tag changes exactly when anything behind a funnel-level response
 * changes.
 */
public final class ETags {

  private ETags() {}

  /** The tag of one editable resource, e.g. {@code "stage-12-v3"}. */
  public static String of(String kind, Object id, long version) {
    return "\"" + kind + "-" + id + "-v" + version + "\"";
  }

  /**
   * The tag of a stage: its changes and additions to it. Named by its server id, not its funnel and
   * key, which a stage deleted and created again reuses with the same versions (RFC 9110 section
   * 8.8.3: a strong tag is unique over time).
   */
  public static String ofStage(long stageId, long version) {
    return of("stage", stageId, version);
  }

  /**
   * The tag of a response derived from a whole funnel (view, statistics, chart, export), varied by
   * whatever else shapes the response (e.g. asOf, format).
   */
  public static String ofFunnel(
      String funnelId, long funnelVersion, Instant updatedAt, String variant) {
    String v =
        variant == null || variant.isEmpty() ? "" : "-" + Integer.toHexString(variant.hashCode());
    // the last change's time (microseconds, as stored) tells a funnel deleted and imported again
    // under the same id, whose version starts again at 0, from the one a client saw before
    String changed = updatedAt == null ? "" : "." + Long.toString(micros(updatedAt), 36);
    return "\"funnel-" + funnelId + "-v" + funnelVersion + changed + v + "\"";
  }

  private static long micros(Instant t) {
    return t.getEpochSecond() * 1_000_000 + t.getNano() / 1_000;
  }
}
