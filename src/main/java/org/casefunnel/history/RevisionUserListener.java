package org.casefunnel.history;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;
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
