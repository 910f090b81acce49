package org.casefunnel.common.web;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The If-Match header of an addition to a funnel, declared once: optional, since an addition
 * overwrites nothing, but checked when sent (RFC 9110 section 13.1.1), by {@code FunnelChanges}.
 */
public class OptionalIfMatch {

  @HeaderParam("If-Match")
  @Parameter(
      name = "If-Match",
      description =
          "Optional: the funnel's ETag (from a read of the funnel or of one of its lists). When"
              + " sent, the addition is made only if nothing in the funnel changed since; otherwise"
              + " 412.",
      required = false,
      example = "\"funnel-met-group-cse-review-v3.m1a2b3c4d5\"")
  String tag;

  public String tag() {
    return tag;
  }
}
