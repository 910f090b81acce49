package org.casefunnel.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.casefunnel.common.security.PublicAuthors;

/**
 * A funnel's provenance graph in W3C PROV-JSON ({@link ProvMapping} says what maps to what). Who
 * compiled the funnel is named to editors; everyone else reads the configured pseudonym, as in the
 * audit history, so editors' user names (their logins) are not public.
 */
@ApplicationScoped
public class ProvExport {

  /** Namespace of the service's own types and attributes. */
  public static final String VOCABULARY = ProvGraph.VOCABULARY;

  private final ProvenanceLoader loader;
  private final PublicAuthors authors;

  public ProvExport(ProvenanceLoader loader, PublicAuthors authors) {
    this.loader = loader;
    this.authors = authors;
  }

  public Map<String, Object> document(String funnelId, boolean editor) {
    FunnelProvenance provenance = loader.load(funnelId);
    if (!editor && provenance.compiledBy() != null) {
      provenance = provenance.compiledBy(authors.shown(provenance.compiledBy(), false));
    }
    return ProvMapping.document(provenance);
  }
}
