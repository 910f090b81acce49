package org.casefunnel.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a response is validated by, and the key of its body in the response cache: the stamp in full
 * (not the ETag's hash of the variant) and the variant. With the rules both the JAX-RS filter
 * ({@link HttpCaching}) and the event-loop path ({@link EventLoopReads}) apply, so a 304 and the
 * headers of a read are the same whichever thread answers it.
 */
record Validators(
    String etag,
    Instant lastModified,
    boolean negotiated,
    String cacheKey,
    MediaType chosen,
    boolean byRole,
    Instant changed) {

  /**
   * The validators of a read of {@code variant} of the data at {@code s}, answered now. {@code
   * todayBegan}: when the current day began at UTC+14; what is said about a date still to come
   * changes then (Stamp#datesChangedAt), so from such a start on the tag, the key of the kept body
   * and Last-Modified move with it, though nothing was written. A list has no Last-Modified.
   */
  static Validators of(
      Stamp s,
      String variant,
      String baseUri,
      boolean negotiated,
      MediaType chosen,
      boolean byRole,
      Instant todayBegan) {
    Instant dates = s.datesChangedAt(todayBegan);
    String v = dates == null ? variant : variant + "|dates " + dates;
    Instant changed = dates == null || s.updatedAt() == null ? s.updatedAt() : dates;
    return new Validators(
        ETags.ofFunnel(s.key(), s.version(), s.updatedAt(), v),
        HttpDates.settled(changed, Instant.now()),
        negotiated,
        cacheKey(s, baseUri, v),
        chosen,
        byRole,
        changed);
  }

  /**
   * The key of a kept body: the stamp in full, and the base URI too (bodies and Link headers name
   * the host the client asked).
   */
  static String cacheKey(Stamp s, String baseUri, String variant) {
    return s.key() + "|" + s.version() + "|" + s.updatedAt() + "|" + baseUri + "|" + variant;
  }

  /** The validators and caching headers every answer of this read carries, 304 or 200. */
  Map<String, String> headers() {
    Map<String, String> h = new TreeMap<>();
    h.put(HttpHeaders.ETAG, etag);
    h.put(HttpHeaders.CACHE_CONTROL, HttpCaching.CACHE_CONTROL);
    if (lastModified != null) {
      h.put(HttpHeaders.LAST_MODIFIED, HttpDates.format(lastModified));
    }
    if (negotiated || byRole) {
      h.put(
          HttpHeaders.VARY,
          negotiated && byRole
              ? HttpHeaders.ACCEPT + ", " + HttpHeaders.AUTHORIZATION
              : negotiated ? HttpHeaders.ACCEPT : HttpHeaders.AUTHORIZATION);
    }
    return h;
  }

  /**
   * RFC 9110 section 13.2.2, steps 1 and 2, which hold for reads too: If-Match (strong comparison;
   * {@code *} matches, the representation exists) decides when present, else If-Unmodified-Since,
   * at its one-second resolution. True means 412.
   */
  boolean preconditionFails(ContainerRequestContext request) {
    String ifMatch = request.getHeaderString(HttpHeaders.IF_MATCH);
    if (ifMatch != null) {
      return !Preconditions.matches(ifMatch, etag);
    }
    String ius = request.getHeaderString(HttpHeaders.IF_UNMODIFIED_SINCE);
    if (ius == null || changed == null) {
      return false;
    }
    // an unparseable date is ignored, as RFC 9110 section 13.1.4 asks
    Optional<Instant> since = HttpDates.parse(ius);
    if (since.isEmpty()) {
      return false;
    }
    // the change itself, not the Last-Modified sent. A settled change compares at the date's
    // one-second resolution; one in the current second (its date withheld) compares exactly, so a
    // date naming that second, which cannot tell before the change from after it, fails safe
    Instant c =
        HttpDates.settled(changed, Instant.now()) == null
            ? changed
            : changed.truncatedTo(ChronoUnit.SECONDS);
    return c.isAfter(since.get());
  }

  /**
   * RFC 9110 section 13.2.2: If-None-Match (weak comparison) decides when present; otherwise
   * If-Modified-Since, at its one-second resolution.
   */
  boolean notModified(ContainerRequestContext request) {
    return notModified(
        request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
        request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE));
  }

  boolean notModified(String inm, String ims) {
    if (inm != null) {
      for (String candidate : inm.split(",")) {
        String c = candidate.strip();
        if (c.startsWith("W/")) {
          c = c.substring(2);
        }
        if (c.equals("*") || c.equals(etag)) {
          return true;
        }
      }
      return false;
    }
    if (ims == null || lastModified == null) {
      return false;
    }
    Optional<Instant> since = HttpDates.parse(ims);
    // an unparseable date is ignored, as RFC 9110 asks; so is one in the future, which no
    // Last-Modified of this server gave (RFC 7232 called it invalid) and which would otherwise
    // keep a client on a 304 through every change until then
    return since.isPresent()
        && !since.get().isAfter(Instant.now())
        && !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since.get());
  }
}
