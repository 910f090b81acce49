package io.quarkus.smallrye.openapi.runtime;

import io.quarkus.arc.Unremovable;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the served OpenAPI document when it is first asked for instead of at every start.
 *
 * <p>Quarkus prepares each document in a start step: it reads the document stored by the build into
 * a model, runs its run-time filters and writes it out as JSON and YAML. For this service's
 * document that was about a sixth of the main thread's work before ready (docs/performance.md), for
 * a document that dashboards and clients rarely fetch. This bean records the start step's arguments
 * and runs Quarkus's own preparation on the first request, once; the document served is the same.
 * It lives in Quarkus's package because the step calls a package-private method, which only a class
 * of the same run-time package can override: the packaged service has one class path, but tests and
 * dev mode load application classes apart from Quarkus's, so the bean exists in the prod profile
 * only. {@code DeferredOpenApiDocumentIT} starts the packaged service and fails if an upgrade makes
 * the start build the document again or serves another one.
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

  private final Map<String, Preparation> pending = new LinkedHashMap<>();

  @Override
  synchronized void prepareDocument(
      AutoSecurityFilter autoSecurityFilter,
      Map<OpenApiFilter.RunStage, List<String>> filtersByStage,
      String documentName) {
    pending.put(documentName, new Preparation(autoSecurityFilter, filtersByStage));
  }

  @Override
  public byte[] getDocument(String documentName, Format format) {
    prepareAllPending();
    // every document is prepared and the parent's map no longer changes; the lock taken above
    // orders this read after the writes of whichever request prepared them
    return super.getDocument(documentName, format);
  }

  /**
   * Prepares every recorded document at once, so the parent's map of documents is written only
   * here, under the lock. A preparation that fails stays recorded: the request fails and the next
   * one tries again, instead of the parent serving an empty document from then on.
   */
  private synchronized void prepareAllPending() {
    for (Iterator<Map.Entry<String, Preparation>> it = pending.entrySet().iterator();
        it.hasNext(); ) {
      Map.Entry<String, Preparation> entry = it.next();
      Preparation preparation = entry.getValue();
      super.prepareDocument(
          preparation.autoSecurityFilter(), preparation.filtersByStage(), entry.getKey());
      it.remove();
    }
  }
}
