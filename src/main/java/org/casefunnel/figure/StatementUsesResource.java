package org.casefunnel.figure;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.casefunnel.common.web.Cached;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Provenance read backwards: what rests on a statement. Served here, beside the figures it lists,
 * so that figures may depend on statements and not the other way round.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements", description = "What was said, by whom, where, in which words.")
public class StatementUsesResource {

  private final FigureService service;

  public StatementUsesResource(FigureService service) {
    this.service = service;
  }

  @GET
  @Path("statements/{id}/uses")
  @Cached(Cached.Scope.STATEMENT)
  @Operation(
      operationId = "getStatementUses",
      summary = "Every figure and stage definition that rests on a statement")
  @APIResponse(responseCode = "200", description = "What rests on the statement.")
  public StatementUses uses(@PathParam("id") long id) {
    return service.uses(id);
  }

  @GET
  @Path("funnels/{funnelId}/statements/{key}/uses")
  @Cached(value = Cached.Scope.FUNNEL, param = "funnelId")
  @Operation(
      operationId = "getStatementUsesByKey",
      summary = "Every figure and stage definition that rests on a statement, by key")
  @APIResponse(responseCode = "200", description = "What rests on the statement.")
  public StatementUses usesByKey(
      @PathParam("funnelId") String funnelId, @PathParam("key") String key) {
    return service.uses(funnelId, key);
  }
}
