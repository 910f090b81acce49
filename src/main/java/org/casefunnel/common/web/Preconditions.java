package org.casefunnel.common.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.common.problem.ProblemType;

/**
 * Conditional writes (RFC 9110 If-Match with strong comparison): an update or delete must name the
 * version it was based on, so concurrent editors cannot overwrite each other unknowingly.
 */
public final class Preconditions {

  /** The detail of the 428; public so that the spec's example quotes it. */
  public static final String REQUIRED_DETAIL =
      "This change needs an If-Match header with the resource's current ETag, so that it"
          + " cannot overwrite a change made since you read it.";

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

  /**
   * For an addition that sent If-Match although it needs none: 412 unless it lists one of {@code
   * current} (or is {@code *}), 400 when it is not a list of entity tags.
   */
  public static void requireListed(String ifMatch, String... current) {
    if (!matches(ifMatch, current)) {
      throw stale();
    }
  }

  /**
   * RFC 9110 section 13.1.2, on a write, evaluated after If-Match (section 13.2.2): 412 when {@code
   * ifNoneMatch} is {@code *} and the target exists, or lists one of its {@code current} tags (weak
   * comparison); 400 when it is not {@code *} or a list of entity tags. Null passes.
   */
  public static void requireNoneMatch(String ifNoneMatch, boolean exists, String... current) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return;
    }
    if (ifNoneMatch.strip().equals("*")) {
      if (exists) {
        throw new ProblemException(ProblemType.PRECONDITION_FAILED, NONE_MATCH_STAR_DETAIL);
      }
      return;
    }
    List<String> tags = entityTags(ifNoneMatch);
    if (tags == null) {
      throw ProblemException.badParameter(
          "If-None-Match",
          "must be * or a comma-separated list of entity tags such as \"funnel-x-v3.abc\"");
    }
    for (String tag : tags) {
      String opaque = tag.startsWith("W/") ? tag.substring(2) : tag;
      for (String c : current) {
        if (opaque.equals(c) || variantOf(opaque, c)) {
          throw new ProblemException(ProblemType.PRECONDITION_FAILED, NONE_MATCH_TAG_DETAIL);
        }
      }
    }
  }

  /** The 412 detail of an If-None-Match: * on a write of what exists; public for the spec. */
  public static final String NONE_MATCH_STAR_DETAIL =
      "If-None-Match: * asks for the change only if the target does not exist, and it does; send"
          + " If-Match to change it.";

  /** The 412 detail of an If-None-Match that lists the target's current tag. */
  public static final String NONE_MATCH_TAG_DETAIL =
      "If-None-Match lists the current ETag of the target, so the change is not made; read it"
          + " again if you meant to change it.";

  private static void requireMatch(String ifMatch, String[] current) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, REQUIRED_DETAIL);
    }
    if (!matches(ifMatch, current)) {
      throw stale();
    }
  }

  /** A lookup whose 404 becomes 412 when an If-Match asks for a version of what is not there. */
  public static <X> X found(String ifMatch, Supplier<X> lookup) {
    try {
      return lookup.get();
    } catch (ProblemException e) {
      if (e.type() == ProblemType.NOT_FOUND && ifMatch != null && !ifMatch.isBlank()) {
        throw new ProblemException(
            ProblemType.PRECONDITION_FAILED,
            e.getMessage() + " If-Match asks for a current version of it, so it cannot hold.");
      }
      throw e;
    }
  }

  /** The problem for a write based on an outdated version. */
  public static ProblemException stale() {
    return ProblemException.stale();
  }

  private static boolean variantOf(String tag, String current) {
    return current.startsWith("\"funnel-")
        && current.endsWith("\"")
        && tag.startsWith(current.substring(0, current.length() - 1) + "-");
  }

  /**
   * Whether the header names a current version. RFC 9110 section 13.1.1 allows {@code *} alone or a
   * list of entity tags; anything else (e.g. {@code *, "x"}) is a 400, not read as {@code *}.
   */
  static boolean matches(String ifMatch, String... current) {
    if (ifMatch.strip().equals("*")) {
      return true;
    }
    List<String> tags = entityTags(ifMatch);
    if (tags == null) {
      throw ProblemException.badParameter(
          "If-Match",
          "must be * or a comma-separated list of entity tags such as \"funnel-x-v3.abc\"");
    }
    for (String tag : tags) {
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

  /** The entity tags of a list ({@code W/} kept), or null when the list is not well-formed. */
  static List<String> entityTags(String list) {
    List<String> tags = new ArrayList<>();
    int i = 0;
    int n = list.length();
    while (i < n) {
      char c = list.charAt(i);
      if (c == ' ' || c == '\t' || c == ',') {
        i++;
        continue;
      }
      int start = i;
      if (list.startsWith("W/", i)) {
        i += 2;
      }
      if (i >= n || list.charAt(i) != '"') {
        return null;
      }
      int close = i + 1;
      while (close < n && list.charAt(close) != '"') {
        char t = list.charAt(close);
        if (t < 0x21 || t == 0x7F) {
          return null;
        }
        close++;
      }
      if (close >= n) {
        return null;
      }
      tags.add(list.substring(start, close + 1));
      i = close + 1;
      // after a tag only whitespace and then a comma or the end
      while (i < n && (list.charAt(i) == ' ' || list.charAt(i) == '\t')) {
        i++;
      }
      if (i < n && list.charAt(i) != ',') {
        return null;
      }
    }
    return tags.isEmpty() ? null : tags;
  }
}
