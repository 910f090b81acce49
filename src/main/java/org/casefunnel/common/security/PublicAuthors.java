package org.casefunnel.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.casefunnel.common.config.AppConfig;

/**
 * Who made a change, as a reader may see it: editors read the user name (a login); everyone else
 * reads the configured pseudonym ({@code casefunnel.history.public-author}, "editor" by default),
 * so logins are not public. "system" is no person and is shown as it is. The one rule for the audit
 * history, the changes feed and the provenance export.
 */
@ApplicationScoped
public class PublicAuthors {

  /** The author of changes the service makes itself (the seed, migrations). */
  public static final String SYSTEM = "system";

  private final String pseudonym;

  public PublicAuthors(AppConfig config) {
    this.pseudonym = config.history().publicAuthor();
  }

  /** {@code by} as an editor or, with {@code editor} false, anyone else may read it. */
  public String shown(String by, boolean editor) {
    if (editor || by == null || SYSTEM.equals(by)) {
      return by;
    }
    return pseudonym;
  }
}
