package org.casefunnel.common.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Content negotiation for operations that produce more than JSON: the one rule that both the
 * operations (which body to build) and {@link HttpCaching} (which tag and cached body) apply, so a
 * request always gets the same representation under the same tag.
 */
public final class Formats {

  /** CSV with a header row (RFC 4180, RFC 7111 parameters), as the CSV exports write it. */
  public static final String CSV = "text/csv";

  public static final MediaType CSV_TYPE =
      new MediaType("text", "csv", java.util.Map.of("charset", "UTF-8", "header", "present"));

  private Formats() {}

  /**
   * Whether the client prefers {@code type} to JSON (Accept, or ?format=, which {@link
   * FormatParameter} turns into Accept). JSON wins ties, so a client that accepts anything gets
   * JSON.
   */
  public static boolean prefers(HttpHeaders headers, MediaType type) {
    return choose(headers.getAcceptableMediaTypes(), List.of(MediaType.APPLICATION_JSON_TYPE, type))
        .isCompatible(type);
  }

  /**
   * The produced type with the highest quality the client gives it (RFC 9110 section 12.5.1: the
   * most specific matching range sets a type's quality); ties go to the type produced first. With
   * nothing acceptable, the first produced type (the operation then answers 406).
   */
  public static MediaType choose(List<MediaType> acceptable, List<MediaType> produced) {
    MediaType best = produced.get(0);
    double bestQuality = -1;
    for (MediaType p : produced) {
      double q = quality(acceptable, p);
      if (q > bestQuality) {
        best = p;
        bestQuality = q;
      }
    }
    return best;
  }

  /**
   * Whether the client accepts any of the produced types: {@code q=0} means "not acceptable" (RFC
   * 9110 section 12.4.2), so {@code Accept: application/json;q=0} leaves a JSON-only read nothing.
   */
  public static boolean acceptsAny(List<MediaType> acceptable, List<MediaType> produced) {
    return produced.stream().anyMatch(p -> quality(acceptable, p) > 0);
  }

  private static double quality(List<MediaType> acceptable, MediaType type) {
    int specificity = -1;
    double quality = 0;
    for (MediaType a : acceptable) {
      if (!a.isCompatible(type)) {
        continue;
      }
      int s = a.isWildcardType() ? 0 : a.isWildcardSubtype() ? 1 : 2;
      if (s > specificity) {
        specificity = s;
        quality = q(a);
      }
    }
    return quality;
  }

  private static double q(MediaType range) {
    String q = range.getParameters().get("q");
    if (q == null) {
      return 1;
    }
    try {
      double value = Double.parseDouble(q.strip());
      // RFC 9110 qvalues lie in [0, 1]; anything else is read as the nearest one
      return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
