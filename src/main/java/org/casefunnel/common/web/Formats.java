package org.casefunnel.common.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Variant;

/** Content negotiation for operations that produce more than JSON. */
public final class Formats {

  private Formats() {}

  /**
   * Whether the client prefers {@code type} to JSON (Accept, or ?format=, which {@link
   * FormatParameter} turns into Accept). JSON wins ties, so a client that accepts anything gets
   * JSON.
   */
  public static boolean prefers(Request request, MediaType type) {
    Variant chosen =
        request.selectVariant(Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, type).build());
    return chosen != null && type.isCompatible(chosen.getMediaType());
  }
}
