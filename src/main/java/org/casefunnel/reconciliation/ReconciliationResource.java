package org.casefunnel.reconciliation;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Reconciliations",
    description =
        "Check a source against a funnel: its quantities matched to stages, with a patch.")
public class ReconciliationResource {

  private final ReconciliationService service;

  public ReconciliationResource(ReconciliationService service) {
    this.service = service;
  }

  @POST
  @Path("funnels/{funnelId}/reconciliations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "reconcileSource",
      summary = "Match the quantities a source states to the funnel's stages and classify them",
      description =
          "Reads a stored source of the funnel (sourceId or sourceKey) or a new one (source, with"
              + " its text): each quantity is matched to a stage (or none) with a score and its"
              + " reasons, and classified against the stage's current figure (agrees, newer,"
              + " conflicts, older, unmatched). The answer carries a ready patch for"
              + " /api/funnels/{funnelId}/document-patches. Nothing is stored. Editor role, like"
              + " every POST; see docs/reconciliation.md.")
  @APIResponse(responseCode = "200", description = "The reconciliation.")
  public ReconciliationView reconcile(
      @PathParam("funnelId") String funnelId,
      ReconciliationRequest request,
      @Context HttpServerRequest http) {
    return service.reconcile(funnelId, request, () -> http.response().closed());
  }
}
