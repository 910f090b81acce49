package org.casefunnel.common.web;

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
   * The tag of a response derived from a whole funnel (view, statistics, chart, export), varied by
   * whatever else shapes the response (e.g. asOf, format).
   */
  public static String ofFunnel(String funnelId, long funnelVersion, String variant) {
    String v =
        variant == null || variant.isEmpty() ? "" : "-" + Integer.toHexString(variant.hashCode());
    return "\"funnel-" + funnelId + "-v" + funnelVersion + v + "\"";
  }
}
