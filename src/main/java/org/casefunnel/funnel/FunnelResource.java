package org.casefunnel.funnel;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Map;
import org.casefunnel.common.paging.PageRequest;
import org.casefunnel.common.paging.PageView;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.common.web.AsOf;
import org.casefunnel.common.web.Cached;
import org.casefunnel.common.web.Formats;
import org.casefunnel.common.web.IfMatch;
import org.casefunnel.common.web.MergePatches;
import org.casefunnel.common.web.Params;
import org.casefunnel.common.web.Tagged;
import org.casefunnel.model.FigureStatus;
import org.casefunnel.model.FunnelRepository;
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
@Tag(name = "Funnels", description = "Case review funnels and their stages' current figures.")
public class FunnelResource {

  private final FunnelService service;
  private final MergePatches patches;
  private final FiguresCsv csv;

  public FunnelResource(FunnelService service, FiguresCsv csv, MergePatches patches) {
    this.service = service;
    this.patches = patches;
    this.csv = csv;
  }

  /** Sortable fields of the funnel list: wire name to attribute. */
  private static final Map<String, String> SORTS =
      Map.of(
          "id", "id",
          "title", "title",
          "organisation", "organisation",
          "jurisdiction", "jurisdiction",
          "programme", "programme",
          "updatedAt", "updatedAt");

  @GET
  @Path("funnels")
  @Cached(Cached.Scope.FUNNEL_LIST)
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
      @Parameter(description = "Only funnels with a statement by this speaker (case-insensitive).")
          @QueryParam("speaker")
          String speaker,
      @Parameter(
              description =
                  "Only funnels with a source whose title contains this text (case-insensitive)"
                      + " or whose URL is this.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      maxLength = 2000)) // a source's URL, the longest field it is matched
          @QueryParam("source")
          String source,
      @Parameter(
              description = "Only funnels with a current figure of this status.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"reported", "estimated", "projected", "provisional"}))
          @QueryParam("status")
          String status,
      @Parameter(
              description =
                  "Sort order: comma-separated id, title, organisation, jurisdiction, programme,"
                      + " updatedAt; '-' before a name sorts descending. Default id.",
              example = "-updatedAt")
          @QueryParam("sort")
          String sort,
      @BeanParam PageRequest paging) {
    return service.list(
        new FunnelRepository.Filter(
            organisation,
            jurisdiction,
            programme,
            speaker,
            source,
            Params.oneOf("status", status, FigureStatus.class, FigureStatus::wire)),
        Params.sort("sort", sort, SORTS, "id"),
        paging.page,
        paging.size);
  }

  @GET
  @Path("funnels/{funnelId}")
  @Operation(
      operationId = "getFunnel",
      summary = "Get a funnel with its stages and each stage's current figure")
  @Cached(value = Cached.Scope.FUNNEL, param = "funnelId")
  @Produces({MediaType.APPLICATION_JSON, Formats.CSV})
  @APIResponse(
      responseCode = "200",
      description =
          "The funnel; as text/csv (Accept or ?format=csv), one row per stage and its current"
              + " figure, the figure's statements joined one per line in each statement column"
              + " (?rows=statements: one row per figure and statement, the long form).",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FunnelView.class)),
        @Content(
            mediaType = Formats.CSV,
            schema = @Schema(type = SchemaType.STRING),
            example = FiguresCsv.EXAMPLE)
      })
  public Response get(
      @Parameter(description = "Slug id of the funnel.", example = "met-group-cse-review")
          @PathParam("funnelId")
          String id,
      @BeanParam AsOf asOf,
      @Parameter(
              description =
                  "CSV only: `figures` (default) gives one row per current figure, so summing"
                      + " `count` counts each once; `statements` one row per figure and"
                      + " statement.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"figures", "statements"}))
          @QueryParam("rows")
          @DefaultValue("figures")
          String rows,
      @Context HttpHeaders headers) {
    LocalDate date = asOf.date();
    if (!rows.equals("figures") && !rows.equals("statements")) {
      throw ProblemException.badParameter("rows", "must be 'figures' or 'statements'");
    }
    if (Formats.prefers(headers, Formats.CSV_TYPE)) {
      return Response.ok(csv.currentFigures(id, date, rows.equals("statements")), Formats.CSV_TYPE)
          .build();
    }
    return Response.ok(service.read(id, date), MediaType.APPLICATION_JSON_TYPE).build();
  }

  @POST
  @Path("funnels")
  @Operation(operationId = "createFunnel", summary = "Create an empty funnel")
  @APIResponse(
      responseCode = "201",
      description = "The funnel was created.",
      content = @Content(schema = @Schema(implementation = FunnelView.class)))
  public Response create(FunnelSpec spec, @Context UriInfo uri) {
    FunnelView created = service.create(spec);
    return Tagged.created(
        uri.getAbsolutePathBuilder().path(created.id()).build(), created, created.etag());
  }

  @PUT
  @Path("funnels/{funnelId}")
  @Operation(operationId = "updateFunnel", summary = "Update a funnel's own fields")
  @APIResponse(
      responseCode = "200",
      description = "The updated funnel.",
      headers = @Header(name = "ETag", description = "Strong entity tag of the new version."),
      content = @Content(schema = @Schema(implementation = FunnelView.class)))
  public Response update(
      @PathParam("funnelId") String id, FunnelSpec spec, @BeanParam IfMatch ifMatch) {
    FunnelView view = service.update(id, spec, ifMatch.tag());
    return Tagged.ok(view, view.etag());
  }

  @DELETE
  @Path("funnels/{funnelId}")
  @Operation(operationId = "deleteFunnel", summary = "Delete a funnel with everything in it")
  @APIResponse(responseCode = "204", description = "The funnel was deleted.")
  public void delete(@PathParam("funnelId") String id, @BeanParam IfMatch ifMatch) {
    service.delete(id, ifMatch.tag());
  }

  @PATCH
  @Path("funnels/{funnelId}")
  @Consumes(MergePatches.MEDIA_TYPE)
  @Operation(
      operationId = "patchFunnel",
      summary = "Change some of a funnel's own fields (JSON merge patch)")
  @APIResponse(
      responseCode = "200",
      description = "The updated funnel.",
      headers = @Header(name = "ETag", description = "Strong entity tag of the new version."),
      content = @Content(schema = @Schema(implementation = FunnelView.class)))
  public Response patchFunnel(
      @PathParam("funnelId") String id,
      @RequestBody(
              description =
                  "A JSON merge patch (RFC 7396) of the funnel's fields as PUT takes them: members"
                      + " given replace, null clears, members left out stay.",
              content =
                  @Content(
                      mediaType = MergePatches.MEDIA_TYPE,
                      schema = @Schema(type = SchemaType.OBJECT),
                      example = "{\"description\": null}"))
          String patch,
      @BeanParam IfMatch ifMatch) {
    FunnelView view = service.edit(id, patches.edit(patch, FunnelSpec.class), ifMatch.tag());
    return Tagged.ok(view, view.etag());
  }
}
