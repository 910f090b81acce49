package org.casefunnel.common.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Who makes the current change: the authenticated user of the HTTP request, "anonymous", or
 * "system" for a change made outside any request. Shared by the audit history and the changes feed,
 * so both name the same person.
 */
public final class CurrentUser {

  public static final String SYSTEM = "system";

  private CurrentUser() {}

  public static String name() {
    try {
      if (!Arc.container().requestContext().isActive()) {
        return SYSTEM;
      }
      // a change made outside any HTTP request (the seed loader at start) is the system's, even
      // where a request context with an anonymous identity happens to be active
      InstanceHandle<CurrentVertxRequest> request =
          Arc.container().instance(CurrentVertxRequest.class);
      if (!request.isAvailable() || request.get().getCurrent() == null) {
        return SYSTEM;
      }
      InstanceHandle<SecurityIdentity> h = Arc.container().instance(SecurityIdentity.class);
      if (!h.isAvailable()) {
        return SYSTEM;
      }
      SecurityIdentity identity = h.get();
      return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    } catch (RuntimeException e) {
      // no identity can be resolved here (e.g. outside a request): a system change
      return SYSTEM;
    }
  }
}
