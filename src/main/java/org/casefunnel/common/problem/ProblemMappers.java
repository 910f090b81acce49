package org.casefunnel.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where errors become RFC 9457 problem documents (with {@link JsonProblemMappers} for
 * request bodies). Nothing here ever puts a class name, a stack trace or an exception message from
 * a library into a response.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  /** The details of a refused login and role; public so that the spec's examples quote them. */
  public static final String UNAUTHORIZED_DETAIL =
      "This request needs authentication: HTTP Basic credentials or a bearer token.";

  public static final String FORBIDDEN_DETAIL =
      "Your role does not allow this request; writes need the editor role.";

  public static final String UNAVAILABLE_DETAIL =
      "The database is not reachable at the moment. Try again shortly.";

  private final JsonProblemMappers json;

  public ProblemMappers(JsonProblemMappers json) {
    this.json = json;
  }

  @ServerExceptionMapper
  public Response domain(ProblemException e, UriInfo uri) {
    return of(e, uri);
  }

  /** A domain problem's answer, with its Retry-After where it has one. */
  static Response of(ProblemException e, UriInfo uri) {
    Response r = respond(e.type(), e.getMessage(), e.errors(), uri);
    if (e.retryAfterSeconds() > 0) {
      return Response.fromResponse(r)
          .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
          .build();
    }
    return r;
  }

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders request) {
    return Challenges.challenge(
        respond(ProblemType.UNAUTHORIZED, UNAUTHORIZED_DETAIL, List.of(), uri), request);
  }

  @ServerExceptionMapper
  public Response authenticationFailed(
      AuthenticationFailedException e, UriInfo uri, HttpHeaders request) {
    // the challenges that fit the client: Basic for configured users, Bearer for tokens
    return Challenges.challenge(
        respond(
            ProblemType.UNAUTHORIZED,
            "The credentials were not accepted. " + UNAUTHORIZED_DETAIL,
            List.of(),
            uri),
        request);
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return respond(ProblemType.FORBIDDEN, FORBIDDEN_DETAIL, List.of(), uri);
  }

  @ServerExceptionMapper
  public Response http(WebApplicationException e, UriInfo uri) {
    Throwable cause = e.getCause();
    if (cause instanceof JsonParseException jpe) {
      return json.unreadableJson(jpe, uri);
    }
    if (cause instanceof JsonMappingException jme) {
      return json.wrongJson(jme, uri);
    }
    // a parameter converter's refusal arrives wrapped in the 404 JAX-RS prescribes
    if (cause instanceof ProblemException p) {
      return domain(p, uri);
    }
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    if (status < 400) {
      return e.getResponse();
    }
    ProblemType type = ProblemType.forStatus(status);
    String detail =
        switch (status) {
          case 404 -> "No resource at " + ClientPaths.of(uri.getRequestUri().getPath()) + ".";
          case 405 ->
              "This method is not allowed on "
                  + ClientPaths.of(uri.getRequestUri().getPath())
                  + ".";
          case 406 -> HttpProblems.notAcceptable(uri.getQueryParameters().getFirst("format"));
          case 415 -> "The request's Content-Type is not accepted here.";
          default ->
              status >= 500 ? "The server could not complete the request." : type.title() + ".";
        };
    if (status >= 500) {
      LOG.error("Request to " + ClientPaths.of(uri.getRequestUri().getPath()) + " failed", e);
    }
    Response.ResponseBuilder b = Response.status(status).type(Problem.MEDIA_TYPE);
    // keep headers the framework set for a reason (Allow on 405, WWW-Authenticate on 401,
    // Retry-After)
    if (e.getResponse() != null) {
      for (String h : List.of("Allow", "WWW-Authenticate", "Retry-After")) {
        Object v = e.getResponse().getHeaders().getFirst(h);
        if (v != null) {
          b.header(h, v);
        }
      }
    }
    // a 405 without Allow gets it from AllowedMethods' response filter (RFC 9110 requires it)
    return b.entity(
            new Problem(
                type.uri(),
                type.title(),
                status,
                detail,
                ClientPaths.of(uri.getRequestUri().getRawPath()),
                null))
        .build();
  }

  @ServerExceptionMapper
  public Response staleVersion(OptimisticLockException e, UriInfo uri) {
    return domain(ProblemException.stale(), uri);
  }

  @ServerExceptionMapper
  public Response staleState(StaleStateException e, UriInfo uri) {
    return domain(ProblemException.stale(), uri);
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri) {
    // persistence failures arrive wrapped in whatever the transaction layer threw
    if (PersistenceFailures.databaseUnavailable(e)) {
      LOG.warn(
          "Database unavailable on " + ClientPaths.of(uri.getRequestUri().getPath()) + ": " + e);
      return Response.fromResponse(
              respond(ProblemType.SERVICE_UNAVAILABLE, UNAVAILABLE_DETAIL, List.of(), uri))
          .header("Retry-After", "5")
          .build();
    }
    // a lost race may surface wrapped (e.g. in a rollback at commit): still a 412, not a 500
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof OptimisticLockException || c instanceof StaleStateException) {
        return domain(ProblemException.stale(), uri);
      }
      if (c instanceof ProblemException p) {
        return domain(p, uri);
      }
      if (c.getCause() == c) {
        break;
      }
    }
    LOG.error("Unexpected error on " + ClientPaths.of(uri.getRequestUri().getPath()), e);
    return respond(
        ProblemType.INTERNAL_ERROR,
        "The server could not complete the request. The error has been logged.",
        List.of(),
        uri);
  }

  static Response respond(ProblemType type, String detail, List<ProblemError> errors, UriInfo uri) {
    return Response.status(type.status())
        .type(Problem.MEDIA_TYPE)
        .entity(
            new Problem(
                type.uri(),
                type.title(),
                type.status(),
                detail,
                uri == null ? null : ClientPaths.of(uri.getRequestUri().getRawPath()),
                errors == null || errors.isEmpty() ? null : errors))
        .build();
  }
}
