package org.casefunnel.common.problem;

import java.util.List;

/**
 * A domain error that services throw. It is turned into a problem document in one place ({@link
 * ProblemMappers}); resources never build error responses themselves.
 */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final List<ProblemError> errors;
  private long retryAfterSeconds;

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, List.of());
  }

  public ProblemException(ProblemType type, String detail, List<ProblemError> errors) {
    super(detail, null, false, false);
    this.type = type;
    this.errors = List.copyOf(errors);
  }

  public ProblemType type() {
    return type;
  }

  public List<ProblemError> errors() {
    return errors;
  }

  /** Seconds a client should wait before retrying (the Retry-After header), or 0 for none. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** A 503: the request may succeed if retried after {@code seconds}. */
  public static ProblemException unavailable(String detail, long seconds) {
    ProblemException e = new ProblemException(ProblemType.SERVICE_UNAVAILABLE, detail);
    e.retryAfterSeconds = seconds;
    return e;
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(ProblemType.NOT_FOUND, what + " '" + id + "' does not exist.");
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(ProblemType.CONFLICT, detail);
  }

  public static ProblemException invalid(List<ProblemError> errors) {
    String detail =
        errors.size() == 1
            ? errors.get(0).detail()
                + (errors.get(0).pointer() == null ? "" : " (at " + errors.get(0).pointer() + ")")
            : "The request has " + errors.size() + " errors.";
    return new ProblemException(ProblemType.VALIDATION_FAILED, detail, errors);
  }

  public static ProblemException invalid(String pointer, String detail) {
    return invalid(List.of(new ProblemError(pointer, detail)));
  }

  public static ProblemException badParameter(String name, String detail) {
    return new ProblemException(
        ProblemType.INVALID_PARAMETER, detail, List.of(new ProblemError(name, detail)));
  }
}
