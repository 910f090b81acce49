package org.casefunnel.common.web;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The If-Match header of every update and delete ({@link Preconditions}), declared once. */
public class IfMatch {

  @HeaderParam("If-Match")
  @Parameter(
      name = "If-Match",
      description =
          "The ETag the change is based on (required): the one the resource's GET sent, or the"
              + " answer to your last change of it.",
      required = true,
      example = "\"funnel-met-group-cse-review-v3.m1a2b3c4d5\"")
  String tag;

  public String tag() {
    return tag;
  }
}
