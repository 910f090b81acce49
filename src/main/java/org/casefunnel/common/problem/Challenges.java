package org.casefunnel.common.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The {@code WWW-Authenticate} challenges of a 401. A browser that receives a Basic challenge opens
 * its own login dialog, also for a script's request such as Swagger UI's "Try it out", and the
 * script never sees the problem. Scripts mark their requests with {@code X-Requested-With:
 * XMLHttpRequest} (Swagger UI here does, through its request interceptor, as many JavaScript
 * libraries do); those are offered the Bearer challenge only, which no browser answers with a
 * dialog. Basic credentials sent with such a request are still accepted: only the offer changes,
 * and a 401 still carries a challenge (RFC 9110 section 11.6.1). Everyone else gets both
 * challenges.
 */
public final class Challenges {

  public static final String BASIC = "Basic realm=\"case-funnel\", charset=\"UTF-8\"";
  public static final String BEARER = "Bearer realm=\"case-funnel\"";

  /** The conventional marker of a script's request (jQuery, Angular's XSRF setup, Swagger UI). */
  static final String REQUESTED_WITH = "X-Requested-With";

  private Challenges() {}

  /** The problem with the challenges that fit the request. */
  static Response challenge(Response problem, HttpHeaders request) {
    Response.ResponseBuilder b = Response.fromResponse(problem);
    if (!fromScript(request)) {
      b.header(HttpHeaders.WWW_AUTHENTICATE, BASIC);
    }
    return b.header(HttpHeaders.WWW_AUTHENTICATE, BEARER).build();
  }

  static boolean fromScript(HttpHeaders request) {
    String marker = request == null ? null : request.getHeaderString(REQUESTED_WITH);
    return marker != null && marker.strip().equalsIgnoreCase("XMLHttpRequest");
  }
}
