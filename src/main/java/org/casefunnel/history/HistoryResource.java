package org.casefunnel.history;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.casefunnel.common.web.Cached;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "History",
    description = "Every recorded change, with who and when; deleted resources keep theirs.")
public class HistoryResource {

  private final HistoryService service;

  public HistoryResource(HistoryService service) {
    this.service = service;
  }

  @GET
  @Path("funnels/{funnelId}/history")
  @Cached(value = Cached.Scope.FUNNEL, param = "funnelId")
  @Operation(
      operationId = "getFunnelHistory",
      summary = "Every revision of a funnel's own fields, oldest first")
  @APIResponse(responseCode = "200", description = "The funnel's revisions.")
  public List<RevisionView> funnel(@PathParam("funnelId") String id) {
    return service.funnel(id);
  }

  @GET
  @Path("funnels/{funnelId}/stages/{key}/history")
  @Cached(value = Cached.Scope.FUNNEL, param = "funnelId")
  @Operation(operationId = "getStageHistory", summary = "Every revision of a stage, oldest first")
  @APIResponse(responseCode = "200", description = "The stage's revisions.")
  public List<RevisionView> stage(
      @PathParam("funnelId") String funnelId, @PathParam("key") String key) {
    return service.stage(funnelId, key);
  }

  @GET
  @Path("figures/{id}/history")
  @Cached(Cached.Scope.FIGURE)
  @Operation(
      operationId = "getFigureHistory",
      summary = "Every revision of a figure: recorded, superseded, deleted")
  @APIResponse(responseCode = "200", description = "The figure's revisions.")
  public List<RevisionView> figure(@PathParam("id") long id) {
    return service.figure(id);
  }

  @GET
  @Path("statements/{id}/history")
  @Cached(Cached.Scope.STATEMENT)
  @Operation(operationId = "getStatementHistory", summary = "Every revision of a statement")
  @APIResponse(responseCode = "200", description = "The statement's revisions.")
  public List<RevisionView> statement(@PathParam("id") long id) {
    return service.statement(id);
  }

  @GET
  @Path("sources/{id}/history")
  @Cached(Cached.Scope.SOURCE)
  @Operation(operationId = "getSourceHistory", summary = "Every revision of a source")
  @APIResponse(responseCode = "200", description = "The source's revisions.")
  public List<RevisionView> source(@PathParam("id") long id) {
    return service.source(id);
  }
}
