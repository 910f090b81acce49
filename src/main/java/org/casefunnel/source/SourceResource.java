package org.casefunnel.source;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
@Tag(name = "Sources", description = "Documents that figures come from.")
public class SourceResource {

  private static final String PATCH_BODY =
      "A JSON merge patch (RFC 7396) of the source's fields as PUT takes them: members given"
          + " replace, null clears, members left out stay.";
  private static final String PATCH_EXAMPLE = "{\"title\": \"Met review article\", \"url\": null}";

  private final SourceService service;
  private final MergePatches patches;

  public SourceResource(SourceService service, MergePatches patches) {
    this.service = service;
    this.patches = patches;
  }

  @GET
  @Path("funnels/{funnelId}/sources")
  @Cached(value = Cached.Scope.FUNNEL, param = "funnelId")
  @Operation(operationId = "listSources", summary = "List a funnel's sources (without their text)")
  @APIResponse(responseCode = "200", description = "The sources.")
  public List<SourceView> list(@PathParam("funnelId") String funnelId) {
    return service.list(funnelId);
  }

  @POST
  @Path("funnels/{funnelId}/sources")
  @Operation(operationId = "createSource", summary = "Add a source to a funnel")
  @APIResponse(
      responseCode = "201",
      description = "The source was created.",
      content = @Content(schema = @Schema(implementation = SourceView.class)))
  public Response create(
      @PathParam("funnelId") String funnelId,
      @BeanParam OptionalIfMatch ifMatch,
      SourceSpec spec,
      @Context UriInfo uri) {
    SourceView created = service.create(funnelId, spec, ifMatch.tag());
    return Tagged.created(
        uri.getBaseUriBuilder().path("sources").path(String.valueOf(created.id())).build(),
        created,
        created.etag());
  }

  @GET
  @Path("sources/{id}")
  @Cached(Cached.Scope.SOURCE)
  @Operation(operationId = "getSource", summary = "Get a source by numeric id, with its full text")
  @APIResponse(
      responseCode = "200",
      description = "The source; its ETag is what If-Match takes on updates.",
      headers = @Header(name = "ETag", description = "Strong entity tag of this version."),
      content = @Content(schema = @Schema(implementation = SourceView.class)))
  public Response get(
      @PathParam("id") long id,
      @Parameter(description = "Include the full text (default true).")
          @QueryParam("text")
          @DefaultValue("true")
          boolean withText) {
    SourceView view = service.get(id, withText);
    return Response.ok(view).build();
  }

  @PUT
  @Path("sources/{id}")
  @Operation(
      operationId = "updateSource",
      summary = "Update a source by numeric id; a new text must still hold every statement's quote")
  @APIResponse(
      responseCode = "200",
      description = "The updated source.",
      headers = @Header(name = "ETag", description = "Strong entity tag of the new version."),
      content = @Content(schema = @Schema(implementation = SourceView.class)))
  public Response update(@PathParam("id") long id, SourceSpec spec, @BeanParam IfMatch ifMatch) {
    return ok(service.update(service.byId(id), spec, ifMatch.tag()));
  }

  @DELETE
  @Path("sources/{id}")
  @Operation(
      operationId = "deleteSource",
      summary = "Delete a source that no statement quotes, by numeric id")
  @APIResponse(responseCode = "204", description = "The source was deleted.")
  public void delete(@PathParam("id") long id, @BeanParam IfMatch ifMatch) {
    service.delete(service.byId(id), ifMatch.tag());
  }

  @GET
  @Path("funnels/{funnelId}/sources/{key}")
  @Cached(value = Cached.Scope.FUNNEL, param = "funnelId")
  @Operation(
      operationId = "getSourceByKey",
      summary = "Get a source by the key its funnel's statements cite, with its full text")
  @APIResponse(
      responseCode = "200",
      description = "The source; its ETag is what If-Match takes on updates.",
      headers = @Header(name = "ETag", description = "Strong entity tag of this version."),
      content = @Content(schema = @Schema(implementation = SourceView.class)))
  public SourceView getByKey(
      @PathParam("funnelId") String funnelId,
      @Parameter(description = "The source's key in its funnel.", example = "s1") @PathParam("key")
          String key,
      @Parameter(description = "Include the full text (default true).")
          @QueryParam("text")
          @DefaultValue("true")
          boolean withText) {
    return service.get(funnelId, key, withText);
  }

  @PUT
  @Path("funnels/{funnelId}/sources/{key}")
  @Operation(
      operationId = "updateSourceByKey",
      summary = "Update a source by key; a new text must still hold every statement's quote")
  @APIResponse(
      responseCode = "200",
      description = "The updated source.",
      headers = @Header(name = "ETag", description = "Strong entity tag of the new version."),
      content = @Content(schema = @Schema(implementation = SourceView.class)))
  public Response updateByKey(
      @PathParam("funnelId") String funnelId,
      @PathParam("key") String key,
      SourceSpec spec,
      @BeanParam IfMatch ifMatch) {
    return ok(service.update(service.byKey(funnelId, key), spec, ifMatch.tag()));
  }

  @DELETE
  @Path("funnels/{funnelId}/sources/{key}")
  @Operation(
      operationId = "deleteSourceByKey",
      summary = "Delete a source that no statement quotes, by key")
  @APIResponse(responseCode = "204", description = "The source was deleted.")
  public void deleteByKey(
      @PathParam("funnelId") String funnelId,
      @PathParam("key") String key,
      @BeanParam IfMatch ifMatch) {
    service.delete(service.byKey(funnelId, key), ifMatch.tag());
  }

  @PATCH
  @Path("sources/{id}")
  @Consumes(MergePatches.MEDIA_TYPE)
  @Operation(
      operationId = "patchSource",
      summary = "Change some fields of a source by numeric id (JSON merge patch)")
  @APIResponse(
      responseCode = "200",
      description = "The updated source.",
      headers = @Header(name = "ETag", description = "Strong entity tag of the new version."),
      content = @Content(schema = @Schema(implementation = SourceView.class)))
  public Response patchSource(
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
    return ok(service.edit(service.byId(id), patches.edit(patch, SourceSpec.class), ifMatch.tag()));
  }

  @PATCH
  @Path("funnels/{funnelId}/sources/{key}")
  @Consumes(MergePatches.MEDIA_TYPE)
  @Operation(
      operationId = "patchSourceByKey",
      summary = "Change some fields of a source by key (JSON merge patch)")
  @APIResponse(
      responseCode = "200",
      description = "The updated source.",
      headers = @Header(name = "ETag", description = "Strong entity tag of the new version."),
      content = @Content(schema = @Schema(implementation = SourceView.class)))
  public Response patchSourceByKey(
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
            service.byKey(funnelId, key), patches.edit(patch, SourceSpec.class), ifMatch.tag()));
  }

  /** A changed source with its new tag, as every write route answers. */
  private static Response ok(SourceView view) {
    return Tagged.ok(view, view.etag());
  }
}
