package org.casefunnel.statement;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.casefunnel.common.web.Cached;
import org.casefunnel.common.web.IfMatch;
import org.casefunnel.common.web.Tagged;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Statements", description = "What was said, by whom, where, in which words.")
public class StatementResource {

  private final StatementService service;

  public StatementResource(StatementService service) {
    this.service = service;
  }

  @GET
  @Path("funnels/{funnelId}/statements")
  @Cached(value = Cached.Scope.FUNNEL, param = "funnelId")
  @Operation(operationId = "listStatements", summary = "List a funnel's statements")
  @APIResponse(responseCode = "200", description = "The statements.")
  public List<StatementView> list(@PathParam("funnelId") String funnelId) {
    return service.list(funnelId);
  }

  @POST
  @Path("funnels/{funnelId}/statements")
  @Operation(
      operationId = "createStatement",
      summary = "Add a statement; its quote must stand verbatim in the source's text")
  @APIResponse(
      responseCode = "201",
      description = "The statement was created.",
      content = @Content(schema = @Schema(implementation = StatementView.class)))
  public Response create(
      @PathParam("funnelId") String funnelId, StatementSpec spec, @Context UriInfo uri) {
    StatementView created = service.create(funnelId, spec);
    return Tagged.created(
        uri.getBaseUriBuilder().path("statements").path(String.valueOf(created.id())).build(),
        created,
        created.etag());
  }

  @GET
  @Path("statements/{id}")
  @Cached(Cached.Scope.STATEMENT)
  @Operation(operationId = "getStatement", summary = "Get a statement with its quote's position")
  @APIResponse(
      responseCode = "200",
      description = "The statement; its ETag is what If-Match takes on updates.",
      headers = @Header(name = "ETag", description = "Strong entity tag of this version."),
      content = @Content(schema = @Schema(implementation = StatementView.class)))
  public Response get(@PathParam("id") long id) {
    StatementView view = service.get(id);
    return Response.ok(view).build();
  }

  @PUT
  @Path("statements/{id}")
  @Operation(operationId = "updateStatement", summary = "Update a statement")
  @APIResponse(
      responseCode = "200",
      description = "The updated statement.",
      headers = @Header(name = "ETag", description = "Strong entity tag of the new version."),
      content = @Content(schema = @Schema(implementation = StatementView.class)))
  public Response update(@PathParam("id") long id, StatementSpec spec, @BeanParam IfMatch ifMatch) {
    StatementView view = service.update(id, spec, ifMatch.tag());
    return Tagged.ok(view, view.etag());
  }

  @DELETE
  @Path("statements/{id}")
  @Operation(operationId = "deleteStatement", summary = "Delete a statement nothing rests on")
  @APIResponse(responseCode = "204", description = "The statement was deleted.")
  public void delete(@PathParam("id") long id, @BeanParam IfMatch ifMatch) {
    service.delete(id, ifMatch.tag());
  }
}
