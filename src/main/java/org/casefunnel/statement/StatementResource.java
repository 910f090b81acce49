package org.casefunnel.statement;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.casefunnel.common.web.MergePatches;
import org.casefunnel.common.web.OptionalIfMatch;
import org.casefunnel.common.web.Tagged;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Statements", description = "What was said, by whom, where, in which words.")
public class StatementResource {

  private static final String PATCH_BODY =
      "A JSON merge patch (RFC 7396) of the statement's fields as PUT takes them: members given"
          + " replace, null clears, members left out stay.";
  private static final String PATCH_EXAMPLE =
      "{\"speakerRole\": \"Commissioner\", \"venue\": null}";

  private final StatementService service;
  private final MergePatches patches;

  public StatementResource(StatementService service, MergePatches patches) {
    this.service = service;
    this.patches = patches;
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
      @PathParam("funnelId") String funnelId,
      @BeanParam OptionalIfMatch ifMatch,
      StatementSpec spec,
      @Context UriInfo uri) {
    StatementView created = service.create(funnelId, spec, ifMatch.tag());
    return Tagged.created(
        uri.getBaseUriBuilder().path("statements").path(String.valueOf(created.id())).build(),
        created,
        created.etag());
  }

  @GET
  @Path("statements/{id}")
  @Cached(Cached.Scope.STATEMENT)
  @Operation(
      operationId = "getStatement",
      summary = "Get a statement by numeric id, with its quote's position")
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
  @Operation(operationId = "updateStatement", summary = "Update a statement by numeric id")
  @APIResponse(
      responseCode = "200",
      description = "The updated statement.",
      headers = @Header(name = "ETag", description = "Strong entity tag of the new version."),
      content = @Content(schema = @Schema(implementation = StatementView.class)))
  public Response update(@PathParam("id") long id, StatementSpec spec, @BeanParam IfMatch ifMatch) {
    return ok(service.update(service.byId(id), spec, ifMatch.tag()));
  }

  @DELETE
  @Path("statements/{id}")
  @Operation(
      operationId = "deleteStatement",
      summary = "Delete a statement nothing rests on, by numeric id")
  @APIResponse(responseCode = "204", description = "The statement was deleted.")
  public void delete(@PathParam("id") long id, @BeanParam IfMatch ifMatch) {
    service.delete(service.byId(id), ifMatch.tag());
  }

  @GET
  @Path("funnels/{funnelId}/statements/{key}")
  @Cached(value = Cached.Scope.FUNNEL, param = "funnelId")
  @Operation(
      operationId = "getStatementByKey",
      summary = "Get a statement by the key its funnel cites it by, with its quote's position")
  @APIResponse(
      responseCode = "200",
      description = "The statement; its ETag is what If-Match takes on updates.",
      headers = @Header(name = "ETag", description = "Strong entity tag of this version."),
      content = @Content(schema = @Schema(implementation = StatementView.class)))
  public StatementView getByKey(
      @PathParam("funnelId") String funnelId,
      @Parameter(description = "The statement's key in its funnel.", example = "st-review")
          @PathParam("key")
          String key) {
    return service.get(funnelId, key);
  }

  @PUT
  @Path("funnels/{funnelId}/statements/{key}")
  @Operation(operationId = "updateStatementByKey", summary = "Update a statement by key")
  @APIResponse(
      responseCode = "200",
      description = "The updated statement.",
      headers = @Header(name = "ETag", description = "Strong entity tag of the new version."),
      content = @Content(schema = @Schema(implementation = StatementView.class)))
  public Response updateByKey(
      @PathParam("funnelId") String funnelId,
      @PathParam("key") String key,
      StatementSpec spec,
      @BeanParam IfMatch ifMatch) {
    return ok(service.update(service.byKey(funnelId, key), spec, ifMatch.tag()));
  }

  @DELETE
  @Path("funnels/{funnelId}/statements/{key}")
  @Operation(
      operationId = "deleteStatementByKey",
      summary = "Delete a statement nothing rests on, by key")
  @APIResponse(responseCode = "204", description = "The statement was deleted.")
  public void deleteByKey(
      @PathParam("funnelId") String funnelId,
      @PathParam("key") String key,
      @BeanParam IfMatch ifMatch) {
    service.delete(service.byKey(funnelId, key), ifMatch.tag());
  }

  @PATCH
  @Path("statements/{id}")
  @Consumes(MergePatches.MEDIA_TYPE)
  @Operation(
      operationId = "patchStatement",
      summary = "Change some fields of a statement by numeric id (JSON merge patch)")
  @APIResponse(
      responseCode = "200",
      description = "The updated statement.",
      headers = @Header(name = "ETag", description = "Strong entity tag of the new version."),
      content = @Content(schema = @Schema(implementation = StatementView.class)))
  public Response patchStatement(
      @PathParam("id") long id,
      @RequestBody(
              description = PATCH_BODY,
              content =
                  @Content(
                      mediaType = MergePatches.MEDIA_TYPE,
                      schema = @Schema(type = SchemaType.OBJECT),
                      example = PATCH_EXAMPLE))
          String patch,
      @BeanParam IfMatch ifMatch) {
    return ok(
        service.edit(service.byId(id), patches.edit(patch, StatementSpec.class), ifMatch.tag()));
  }

  @PATCH
  @Path("funnels/{funnelId}/statements/{key}")
  @Consumes(MergePatches.MEDIA_TYPE)
  @Operation(
      operationId = "patchStatementByKey",
      summary = "Change some fields of a statement by key (JSON merge patch)")
  @APIResponse(
      responseCode = "200",
      description = "The updated statement.",
      headers = @Header(name = "ETag", description = "Strong entity tag of the new version."),
      content = @Content(schema = @Schema(implementation = StatementView.class)))
  public Response patchStatementByKey(
      @PathParam("funnelId") String funnelId,
      @PathParam("key") String key,
      @RequestBody(
              description = PATCH_BODY,
              content =
                  @Content(
                      mediaType = MergePatches.MEDIA_TYPE,
                      schema = @Schema(type = SchemaType.OBJECT),
                      example = PATCH_EXAMPLE))
          String patch,
      @BeanParam IfMatch ifMatch) {
    return ok(
        service.edit(
            service.byKey(funnelId, key), patches.edit(patch, StatementSpec.class), ifMatch.tag()));
  }

  /** A changed statement with its new tag, as every write route answers. */
  private static Response ok(StatementView view) {
    return Tagged.ok(view, view.etag());
  }
}
