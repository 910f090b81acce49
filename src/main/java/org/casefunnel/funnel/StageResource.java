package org.casefunnel.funnel;

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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stages", description = "The ordered steps of a funnel.")
public class StageResource {

  private final StageService service;
  private final MergePatches patches;

  public StageResource(StageService service, MergePatches patches) {
    this.service = service;
    this.patches = patches;
  }

  @GET
  @Path("funnels/{funnelId}/stages")
  @Cached(value = Cached.Scope.FUNNEL, param = "funnelId")
  @Operation(operationId = "listStages", summary = "List a funnel's stages in order")
  @APIResponse(responseCode = "200", description = "The stages with their current figures.")
  public List<StageView> list(@PathParam("funnelId") String funnelId) {
    return service.list(funnelId);
  }

  @GET
  @Path("funnels/{funnelId}/stages/{key}")
  @Cached(value = Cached.Scope.FUNNEL, param = "funnelId")
  @Operation(operationId = "getStage", summary = "Get a stage with its current figure")
  @APIResponse(
      responseCode = "200",
      description = "The stage; its ETag is what If-Match takes on updates.",
      headers = @Header(name = "ETag", description = "Strong entity tag of this version."),
      content = @Content(schema = @Schema(implementation = StageView.class)))
  public Response get(@PathParam("funnelId") String funnelId, @PathParam("key") String key) {
    StageView view = service.get(funnelId, key);
    return Response.ok(view).build();
  }

  @POST
  @Path("funnels/{funnelId}/stages")
  @Operation(operationId = "createStage", summary = "Add a stage at the end of a funnel")
  @APIResponse(
      responseCode = "201",
      description = "The stage was created.",
      content = @Content(schema = @Schema(implementation = StageView.class)))
  public Response create(
      @PathParam("funnelId") String funnelId,
      @BeanParam OptionalIfMatch ifMatch,
      StageSpec spec,
      @Context UriInfo uri) {
    StageService.Saved created = service.create(funnelId, spec, ifMatch.tag());
    return Tagged.created(
        uri.getAbsolutePathBuilder().path(created.view().key()).build(),
        created.view(),
        created.etag());
  }

  @PUT
  @Path("funnels/{funnelId}/stages/{key}")
  @Operation(
      operationId = "updateStage",
      summary = "Update a stage's label, base, definition or selection")
  @APIResponse(
      responseCode = "200",
      description = "The updated stage.",
      headers = @Header(name = "ETag", description = "Strong entity tag of the new version."),
      content = @Content(schema = @Schema(implementation = StageView.class)))
  public Response update(
      @PathParam("funnelId") String funnelId,
      @PathParam("key") String key,
      StageSpec spec,
      @BeanParam IfMatch ifMatch) {
    StageService.Saved saved = service.update(funnelId, key, spec, ifMatch.tag());
    return Tagged.ok(saved.view(), saved.etag());
  }

  @DELETE
  @Path("funnels/{funnelId}/stages/{key}")
  @Operation(operationId = "deleteStage", summary = "Delete a stage and its figures")
  @APIResponse(responseCode = "204", description = "The stage was deleted.")
  public void delete(
      @PathParam("funnelId") String funnelId,
      @PathParam("key") String key,
      @BeanParam IfMatch ifMatch) {
    service.delete(funnelId, key, ifMatch.tag());
  }

  @PATCH
  @Path("funnels/{funnelId}/stages/{key}")
  @Consumes(MergePatches.MEDIA_TYPE)
  @Operation(
      operationId = "patchStage",
      summary = "Change some fields of a stage (JSON merge patch)")
  @APIResponse(
      responseCode = "200",
      description = "The updated stage.",
      headers = @Header(name = "ETag", description = "Strong entity tag of the new version."),
      content = @Content(schema = @Schema(implementation = StageView.class)))
  public Response patchStage(
      @PathParam("funnelId") String funnelId,
      @PathParam("key") String key,
      @RequestBody(
              description =
                  "A JSON merge patch (RFC 7396) of the stage's fields as PUT takes them: members"
                      + " given replace, null clears, members left out stay.",
              content =
                  @Content(
                      mediaType = MergePatches.MEDIA_TYPE,
                      schema = @Schema(type = SchemaType.OBJECT),
                      example = "{\"label\": \"Cases reviewed\"}"))
          String patch,
      @BeanParam IfMatch ifMatch) {
    StageService.Saved saved =
        service.edit(funnelId, key, patches.edit(patch, StageSpec.class), ifMatch.tag());
    return Tagged.ok(saved.view(), saved.etag());
  }
}
