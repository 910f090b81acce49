package org.casefunnel.common.problem;

import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem documents for errors raised below JAX-RS (the Vert.x router and filters), where
 * ProblemMappers never sees them: the same fields and media type as every other error.
 */
public final class HttpProblems {

  /**
   * How long a connection that must close may go on delivering the rest of its request (a body
   * refused unread) before it is closed anyway. Closing with unread bytes would make the kernel
   * reset the connection, and a client still sending could then lose the answer it was sent.
   */
  static final long LINGER_MILLIS = 2_000;

  private HttpProblems() {}

  /**
   * Ends the response with a problem of the type that fits the status. {@code close} ends the
   * connection after the answer (a body left unread, or a request the server will not parse): it
   * says {@code Connection: close} and then closes it, once the request has arrived or after {@link
   * #LINGER_MILLIS}. Vert.x itself closes only when the client asked to, so a keep-alive client
   * that ignored the header would have sent its next request into the unread body.
   */
  public static void write(RoutingContext ctx, int status, String detail, boolean close) {
    HttpServerResponse response = ctx.response();
    if (response.headWritten() || response.ended() || response.closed()) {
      return;
    }
    ProblemType type = ProblemType.forStatus(status);
    JsonObject body =
        new JsonObject()
            .put("type", type.uri())
            .put("title", type.title())
            .put("status", status)
            .put("detail", detail);
    String path = ctx.request().path();
    if (path != null) {
      body.put("instance", ClientPaths.of(path));
    }
    response.headers().remove(HttpHeaders.CONTENT_LENGTH).remove(HttpHeaders.TRANSFER_ENCODING);
    response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
    // the routes that answer before any filter (RequestTargets, BodySizeLimit) come before
    // ProblemCaching's too
    response.putHeader(HttpHeaders.CACHE_CONTROL, ProblemCaching.CACHE_CONTROL);
    // HTTP/2 has no Connection header, and its connection carries other streams
    boolean closing = close && ctx.request().version() != HttpVersion.HTTP_2;
    if (closing) {
      response.putHeader(HttpHeaders.CONNECTION, "close");
    }
    response
        .end(body.encode())
        .onComplete(
            written -> {
              if (closing) {
                closeWhenReceived(ctx);
              }
            });
  }

  private static void closeWhenReceived(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    HttpConnection connection = request.connection();
    if (connection == null) {
      return;
    }
    if (request.isEnded()) {
      connection.close();
      return;
    }
    // read and drop the rest of the request, so the close is a FIN rather than a reset
    long timer = ctx.vertx().setTimer(LINGER_MILLIS, t -> connection.close());
    request
        .end()
        .onComplete(
            received -> {
              ctx.vertx().cancelTimer(timer);
              connection.close();
            });
    request.resume();
  }

  /**
   * The 406 sentence: names {@code ?format=} when the client chose the type with it (the service
   * turns it into Accept), so the answer does not blame a header the client never sent.
   */
  public static String notAcceptable(String format) {
    return format == null || format.isBlank()
        ? "None of the media types in Accept can be produced here."
        : "This resource is not available as format="
            + format.strip()
            + " (the format parameter); see the operation's responses for its formats.";
  }

  /** The detail sentence for a status raised by the HTTP layer. */
  public static String detail(int status, String path) {
    return switch (status) {
      case 400 -> "The request could not be read: its path, query or headers are malformed.";
      case 403 -> "This cross-origin request is not allowed.";
      case 404 -> "No resource at " + path + ".";
      case 405 -> "This method is not allowed on " + path + ".";
      case 406 -> notAcceptable(null);
      case 413 -> "The request body is larger than the limit.";
      case 414 -> "The request URI is longer than the limit.";
      case 415 -> "The request's Content-Type is not accepted here.";
      case 431 -> "The request's headers are larger than the limit.";
      default ->
          status >= 500
              ? "The server could not complete the request. The error has been logged."
              : ProblemType.forStatus(status).title() + ".";
    };
  }
}
