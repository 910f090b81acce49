package io.quarkus.smallrye.openapi.runtime;

import io.quarkus.arc.Unremovable;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the served OpenAPI document when it is first asked for instead of at every start.
 *
 * <p>Quarkus prepares each document in a start step: it reads the document stored by the build into
 * a model, runs its run-time filters and writes it out as JSON and YAML. For this service's
 * document that was about a sixth of the main thread's work before ready (docs/performance.md), for
 * a document that dashboards and clients rarely fetch. This bean records the start step's arguments
 * and runs Quarkus's own preparation on the first request, once; the document served is the same
 * ({@code CommittedSpecTest}). It lives in Quarkus's package because the step calls a
 * package-private method; {@code DeferredOpenApiDocumentTest} fails if an upgrade stops routing the
 * start step or the endpoint through it.
 */
// Unremovable: Quarkus looks the service up by type, which ArC does not count as a use
@Unremovable
@IfBuildProfile("prod")
@Alternative
@Priority(1)
@ApplicationScoped
public class DeferredOpenApiDocumentService extends OpenApiDocumentService {

  private record Preparation(
      AutoSecurityFilter autoSecurityFilter,
      Map<OpenApiFilter.RunStage, List<String>> filtersByStage) {}

  private final Map<String, Preparation> pending = new HashMap<>();

  @Override
  synchronized void prepareDocument(
      AutoSecurityFilter autoSecurityFilter,
      Map<OpenApiFilter.RunStage, List<String>> filtersByStage,
      String documentName) {
    pending.put(documentName, new Preparation(autoSecurityFilter, filtersByStage));
  }

  @Override
  public byte[] getDocument(String documentName, Format format) {
    prepareIfPending(documentName);
    return super.getDocument(documentName, format);
  }

  /** Whether the start step has handed over a document that nobody has asked for yet. */
  public synchronized boolean isPending(String documentName) {
    return pending.containsKey(documentName);
  }

  private synchronized void prepareIfPending(String documentName) {
    Preparation preparation = pending.remove(documentName);
    if (preparation != null) {
      super.prepareDocument(
          preparation.autoSecurityFilter(), preparation.filtersByStage(), documentName);
    }
  }
}
