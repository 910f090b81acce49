package org.casefunnel.history;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the authenticated user of the request that made it. */
public class RevisionUserListener implements RevisionListener {

  static final String SYSTEM = "system";

  @Override
  public void newRevision(Object revisionEntity) {
    ((Revision) revisionEntity).username = currentUser();
  }

  static String currentUser() {
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
