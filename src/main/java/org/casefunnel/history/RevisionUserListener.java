package org.casefunnel.history;

import org.casefunnel.common.security.CurrentUser;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the authenticated user of the request that made it. */
public class RevisionUserListener implements RevisionListener {

  @Override
  public void newRevision(Object revisionEntity) {
    ((Revision) revisionEntity).username = CurrentUser.name();
  }
}
