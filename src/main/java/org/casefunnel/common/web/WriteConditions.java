package org.casefunnel.common.web;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The conditional headers of the write being served that no operation declares, read by the write
 * path itself (so every write honours them, once): If-None-Match. Outside a request (the seed
 * import at start-up) there is none.
 */
@ApplicationScoped
public class WriteConditions {

  private final CurrentVertxRequest current;

  WriteConditions(CurrentVertxRequest current) {
    this.current = current;
  }

  /** The If-None-Match sent with the current request, its lines joined; null when none. */
  public String ifNoneMatch() {
    if (!Arc.container().requestContext().isActive()) {
      return null;
    }
    RoutingContext routing = current.getCurrent();
    return routing == null
        ? null
        : RepeatedHeaders.joined(routing.request().headers().getAll(HttpHeaders.IF_NONE_MATCH));
  }
}
