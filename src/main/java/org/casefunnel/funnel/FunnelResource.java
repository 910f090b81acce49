package org.casefunnel.funnel;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.casefunnel.common.paging.PageRequest;
import org.casefunnel.common.paging.PageView;
import org.casefunnel.common.web.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Funnels", description = "Case review funnels and their stages' current figures.")
public class FunnelResource {

  private final FunnelService service;

  public FunnelResource(FunnelService service) {
    this.service = service;
  }

  @GET
  @Path("funnels")
  @Operation(operationId = "listFunnels", summary = "List funnels, filtered and paged")
  @APIResponse(responseCode = "200", description = "A page of funnels.")
  public PageView<FunnelSummary> list(
      @Parameter(description = "Only funnels of this organisation (case-insensitive).")
          @QueryParam("organisation")
          String organisation,
      @Parameter(description = "Only funnels of this jurisdiction (case-insensitive).")
          @QueryParam("jurisdiction")
          String jurisdiction,
      @Parameter(description = "Only funnels of this programme (case-insensitive).")
          @QueryParam("programme")
          String programme,
      @Valid @BeanParam PageRequest paging) {
    return service.list(
        new FunnelRepository.Filter(organisation, jurisdiction, programme),
        paging.page,
        paging.size);
  }

  @GET
  @Path("funnels/{id}")
  @Operation(
      operationId = "getFunnel",
      summary = "Get a funnel with its stages and each stage's current figure")
  @APIResponse(
      responseCode = "200",
      description = "The funnel; its ETag is what If-Match takes on updates.",
      headers = @Header(name = "ETag", description = "Strong entity tag of this version."),
      content = @Content(schema = @Schema(implementation = FunnelView.class)))
  public Response get(
      @Parameter(description = "Slug id of the funnel.", example = "met-group-cse-review")
          @PathParam("id")
          String id,
      @Parameter(
              description = "Show the figures current at this date (YYYY-MM-DD) instead of now.",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("asOf")
          String asOf) {
    FunnelView view = service.view(id, Params.date("asOf", asOf));
    return Response.ok(view).header(HttpHeaders.ETAG, view.etag()).build();
  }

  @POST
  @Path("funnels")
  @Operation(operationId = "createFunnel", summary = "Create an empty funnel")
  @APIResponse(responseCode = "201", description = "The funnel was created.")
  public Response create(FunnelSpec spec, @jakarta.ws.rs.core.Context UriInfo uri) {
    FunnelView created = service.create(spec);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .header(HttpHeaders.ETAG, created.etag())
        .entity(created)
        .build();
  }

  @PUT
  @Path("funnels/{id}")
  @Operation(operationId = "updateFunnel", summary = "Update a funnel's own fields")
  @APIResponse(
      responseCode = "200",
      description = "The updated funnel.",
      headers = @Header(name = "ETag", description = "Strong entity tag of the new version."),
      content = @Content(schema = @Schema(implementation = FunnelView.class)))
  public Response update(
      @PathParam("id") String id,
      FunnelSpec spec,
      @Parameter(
              description = "The ETag the change is based on (required).",
              required = true,
              example = "\"funnel-met-group-cse-review-v3\"")
          @HeaderParam("If-Match")
          String ifMatch) {
    FunnelView view = service.update(id, spec, ifMatch);
    return Response.ok(view).header(HttpHeaders.ETAG, view.etag()).build();
  }

  @DELETE
  @Path("funnels/{id}")
  @Operation(operationId = "deleteFunnel", summary = "Delete a funnel with everything in it")
  @APIResponse(responseCode = "204", description = "The funnel was deleted.")
  public void delete(
      @PathParam("id") String id,
      @Parameter(
              description = "The ETag the change is based on (required).",
              required = true,
              example = "\"funnel-met-group-cse-review-v3\"")
          @HeaderParam("If-Match")
          String ifMatch) {
    service.delete(id, ifMatch);
  }
}
