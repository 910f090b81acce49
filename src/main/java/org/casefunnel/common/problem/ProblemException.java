package org.casefunnel.common.problem;

import java.util.Comparator;
import java.util.List;

/**
 * A domain error that services throw. It is turned into a problem document in one place ({@link
 * ProblemMappers}); resources never build error responses themselves.
 */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final List<ProblemError> errors;
  private final long retryAfterSeconds;

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, List.of());
  }

  public ProblemException(ProblemType type, String detail, List<ProblemError> errors) {
    this(type, detail, errors, 0);
  }

  /** A problem the client may retry after the given seconds (a Retry-After header; 0: none). */
  public ProblemException(
      ProblemType type, String detail, List<ProblemError> errors, long retryAfterSeconds) {
    super(detail, null, false, false);
    this.type = type;
    this.errors = List.copyOf(errors);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Seconds for a Retry-After header, or 0 for none. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public ProblemType type() {
    return type;
  }

  public List<ProblemError> errors() {
    return errors;
  }

  /** A 503: the request may succeed if retried after {@code seconds}. */
  public static ProblemException unavailable(String detail, long seconds) {
    return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, detail, List.of(), seconds);
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(ProblemType.NOT_FOUND, what + " '" + id + "' does not exist.");
  }

  /** The problem for a write based on an outdated version (RFC 9110 If-Match). */
  public static ProblemException stale() {
    return new ProblemException(
        ProblemType.PRECONDITION_FAILED,
        "The resource has changed since the ETag in If-Match was issued; read it again and"
            + " reapply your change.");
  }

  /** A 400: a write that needs a JSON document got an empty body or the JSON null. */
  public static ProblemException noBody() {
    return new ProblemException(
        ProblemType.MALFORMED_REQUEST,
        "The request has no body (or the JSON null); send a JSON document.");
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(ProblemType.CONFLICT, detail);
  }

  public static ProblemException invalid(List<ProblemError> errors) {
    String detail =
        errors.size() == 1
            ? errors.get(0).detail()
                + (errors.get(0).pointer() == null || errors.get(0).pointer().isEmpty()
                    ? ""
                    : " (at " + errors.get(0).pointer() + ")")
            : "The request has " + errors.size() + " errors.";
    return new ProblemException(ProblemType.VALIDATION_FAILED, detail, errors);
  }

  public static ProblemException invalid(String pointer, String detail) {
    return invalid(List.of(new ProblemError(pointer, detail)));
  }

  /**
   * A query parameter or header that cannot be used. {@code detail} is a predicate ("must be ...");
   * the problem's own detail names the parameter, so a client that shows only the detail still says
   * which one.
   */
  public static ProblemException badParameter(String name, String detail) {
    return badParameters(List.of(new ProblemError(name, detail)));
  }

  /**
   * Several query parameters that cannot be used, each an error whose pointer is its name; one is
   * named in the detail with its predicate, more are counted and listed.
   */
  public static ProblemException badParameters(List<ProblemError> errors) {
    List<ProblemError> sorted =
        errors.stream().sorted(Comparator.comparing(ProblemError::pointer)).toList();
    String detail =
        sorted.size() == 1
            ? sorted.get(0).pointer() + " " + sorted.get(0).detail()
            : sorted.size()
                + " parameters are invalid: "
                + String.join(", ", sorted.stream().map(ProblemError::pointer).toList())
                + ".";
    return new ProblemException(ProblemType.INVALID_PARAMETER, detail, sorted);
  }
}
