package org.casefunnel.common.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Answers to writes: the resource with its own strong ETag, which If-Match takes next. */
public final class Tagged {

  private Tagged() {}

  public static Response ok(Object view, String etag) {
    return Response.ok(view).header(HttpHeaders.ETAG, etag).build();
  }

  public static Response created(URI location, Object view, String etag) {
    return Response.created(location).header(HttpHeaders.ETAG, etag).entity(view).build();
  }
}
