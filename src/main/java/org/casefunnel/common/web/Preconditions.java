package org.casefunnel.common.web;

import java.time.Instant;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.common.problem.ProblemType;

/**
 * Conditional writes (RFC 9110 If-Match with strong comparison): an update or delete must name the
 * version it was based on, so concurrent editors cannot overwrite each other unknowingly.
 */
public final class Preconditions {

  private Preconditions() {}

  /**
   * Passes when {@code ifMatch} lists {@code current} (or is {@code *}); 428 when it is missing,
   * 412 when it names another version.
   */
  public static void requireMatch(String ifMatch, String current) {
    requireMatch(ifMatch, new String[] {current});
  }

  /**
   * For a resource inside a funnel: passes on its own tag (what its create and update answers
   * carry) or on a tag of its funnel's current version (what its GET carries, so that reads of it
   * revalidate with 304). A funnel tag is stricter: nothing in the funnel changed since it was
   * issued.
   */
  public static void requireMatch(
      String ifMatch, String own, String funnelId, long funnelVersion, Instant funnelUpdatedAt) {
    requireMatch(
        ifMatch, new String[] {own, ETags.ofFunnel(funnelId, funnelVersion, funnelUpdatedAt, "")});
  }

  private static void requireMatch(String ifMatch, String[] current) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          ProblemType.PRECONDITION_REQUIRED,
          "This change needs an If-Match header with the resource's current ETag, so that it"
              + " cannot overwrite a change made since you read it.");
    }
    if (!matches(ifMatch, current)) {
      throw stale();
    }
  }

  /** The problem for a write based on an outdated version. */
  public static ProblemException stale() {
    return new ProblemException(
        ProblemType.PRECONDITION_FAILED,
        "The resource has changed since the ETag in If-Match was issued; read it again and"
            + " reapply your change.");
  }

  private static boolean variantOf(String tag, String current) {
    return current.startsWith("\"funnel-")
        && current.endsWith("\"")
        && tag.startsWith(current.substring(0, current.length() - 1) + "-");
  }

  static boolean matches(String ifMatch, String... current) {
    for (String candidate : ifMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*")) {
        return true;
      }
      for (String c : current) {
        // a funnel-level tag of a variant (asOf, format) issued by HttpCaching names the same
        // version
        if (tag.equals(c) || variantOf(tag, c)) {
          return true;
        }
      }
    }
    return false;
  }
}
