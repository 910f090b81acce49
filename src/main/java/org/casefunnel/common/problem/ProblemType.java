package org.casefunnel.common.problem;

/** The stable problem types of the API. Their URIs are part of the contract: never rename one. */
public enum ProblemType {
  MALFORMED_REQUEST("malformed-request", "Malformed request", 400),
  INVALID_PARAMETER("invalid-parameter", "Invalid parameter", 400),
  VALIDATION_FAILED("validation-failed", "Validation failed", 422),
  NOT_FOUND("not-found", "Resource not found", 404),
  CONFLICT("conflict", "Conflict with the current state", 409),
  METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
  NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
  PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", 413),
  URI_TOO_LONG("uri-too-long", "URI too long", 414),
  HEADERS_TOO_LARGE("headers-too-large", "Request header fields too large", 431),
  UNAUTHORIZED("unauthorized", "Authentication required", 401),
  FORBIDDEN("forbidden", "Forbidden", 403),
  PRECONDITION_FAILED("precondition-failed", "Precondition failed", 412),
  PRECONDITION_REQUIRED("precondition-required", "Precondition required", 428),
  TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
  SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", 503),
  HTTP_ERROR("http-error", "HTTP error", 400),
  INTERNAL_ERROR("internal-error", "Internal error", 500);

  public static final String PREFIX = "urn:case-funnel:problem:";

  private final String slug;
  private final String title;
  private final int status;

  ProblemType(String slug, String title, int status) {
    this.slug = slug;
    this.title = title;
    this.status = status;
  }

  public String uri() {
    return PREFIX + slug;
  }

  public String title() {
    return title;
  }

  public int status() {
    return status;
  }

  /** The type that best describes a bare HTTP status, for errors raised by the framework. */
  public static ProblemType forStatus(int status) {
    for (ProblemType t : values()) {
      if (t.status == status && t != HTTP_ERROR && t != INVALID_PARAMETER) {
        return t;
      }
    }
    return status >= 500 ? INTERNAL_ERROR : HTTP_ERROR;
  }
}
