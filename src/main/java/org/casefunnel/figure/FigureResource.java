package org.casefunnel.figure;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.casefunnel.common.security.PublicAuthors;
import org.casefunnel.common.web.Cached;
import org.casefunnel.common.web.HttpCaching;
import org.casefunnel.common.web.IfMatch;
import org.casefunnel.common.web.OptionalIfMatch;
import org.casefunnel.common.web.Params;
import org.casefunnel.common.web.Tagged;
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
@Tag(name = "Figures", description = "Values of stages, their history and their provenance.")
public class FigureResource {

  private final FigureService service;
  private final ChangesService changes;
  private final RankService ranks;
  private final PublicAuthors authors;

  public FigureResource(
      FigureService service, ChangesService changes, RankService ranks, PublicAuthors authors) {
    this.service = service;
    this.changes = changes;
    this.ranks = ranks;
    this.authors = authors;
  }

  @GET
  @Path("changes")
  @Cached(value = Cached.Scope.FUNNEL_LIST, byRole = true)
  @Operation(
      operationId = "listFigureChanges",
      summary =
          "Figures added, superseded, restored, ranked or deleted since a time or cursor (a feed"
              + " for cheap polling)",
      description =
          "Oldest first, in commit order. Start with 'since' (or nothing, for the whole history),"
              + " then pass each page's 'next' as 'after': the cursor continues exactly where the"
              + " page ended, and a change committed later always comes after it, so nothing is"
              + " missed or repeated. Applying the changes in order gives the current figures,"
              + " deletions and rank changes included.")
  @APIResponse(responseCode = "200", description = "A page of changes.")
  @APIResponse(responseCode = "404", description = "The funnel named in 'funnel' does not exist.")
  public ChangesPage changes(
      @Parameter(
              description =
                  "Changes from the first one at or after this instant (ISO-8601, e.g."
                      + " 2026-01-31T00:00:00Z).",
              schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          @QueryParam("since")
          String since,
      @Parameter(description = "Cursor from a previous page's 'next'; takes precedence over since.")
          @QueryParam("after")
          String after,
      @Parameter(description = "Only changes of this funnel.") @QueryParam("funnel") String funnel,
      @Parameter(
              description = "Most changes on a page, 1 to 500.",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "1",
                      maximum = "500"))
          @QueryParam("limit")
          @DefaultValue("100")
          int limit,
      @Context SecurityContext security) {
    boolean editor = security.isUserInRole(HttpCaching.EDITOR);
    return changes
        .changes(Params.instant("since", since), after, funnel, limit)
        .withAuthors(by -> authors.shown(by, editor));
  }

  @GET
  @Path("funnels/{funnelId}/stages/{key}/figures")
  @Cached(value = Cached.Scope.FUNNEL, param = "funnelId")
  @Operation(
      operationId = "listStageFigures",
      summary = "List every figure of a stage in recording order, superseded ones included")
  @APIResponse(responseCode = "200", description = "The stage's figure history, oldest first.")
  public List<FigureView> history(
      @PathParam("funnelId") String funnelId, @PathParam("key") String key) {
    return service.history(funnelId, key);
  }

  @POST
  @Path("funnels/{funnelId}/stages/{key}/figures")
  @Operation(
      operationId = "addStageFigure",
      summary =
          "Record a new figure of a stage; it supersedes the current ones it does not compete with",
      description =
          "A figure competes with a current one, and both stay current, when their asOf is the"
              + " same (or both are undated), their values differ and they rest on no statement in"
              + " common; see docs/competing-figures.md.")
  @APIResponse(
      responseCode = "201",
      description = "The figure was recorded.",
      content = @Content(schema = @Schema(implementation = FigureView.class)))
  public Response add(
      @PathParam("funnelId") String funnelId,
      @PathParam("key") String key,
      @BeanParam OptionalIfMatch ifMatch,
      FigureSpec spec,
      @Context UriInfo uri) {
    FigureView created = service.add(funnelId, key, spec, ifMatch.tag());
    return Tagged.created(
        uri.getBaseUriBuilder().path("figures").path(String.valueOf(created.id())).build(),
        created,
        created.etag());
  }

  @GET
  @Path("figures/{id}")
  @Cached(Cached.Scope.FIGURE)
  @Operation(operationId = "getFigure", summary = "Get a figure")
  @APIResponse(
      responseCode = "200",
      description = "The figure; its ETag is what If-Match takes on deletion.",
      headers = @Header(name = "ETag", description = "Strong entity tag of this version."),
      content = @Content(schema = @Schema(implementation = FigureView.class)))
  public Response get(@PathParam("id") long id) {
    FigureView view = service.get(id);
    return Response.ok(view).build();
  }

  @GET
  @Path("figures/{id}/provenance")
  @Cached(Cached.Scope.FIGURE)
  @Operation(
      operationId = "getFigureProvenance",
      summary =
          "Where a figure comes from: its statements, their sources and the quotes' positions")
  @APIResponse(responseCode = "200", description = "The figure's provenance.")
  public FigureProvenance provenance(@PathParam("id") long id) {
    return service.provenance(id);
  }

  @GET
  @Path("figures/{id}/rank")
  @Cached(Cached.Scope.FIGURE)
  @Operation(operationId = "getFigureRank", summary = "Get a figure's rank and its reason")
  @APIResponse(
      responseCode = "200",
      description = "The rank; its ETag is the figure's, what If-Match takes on a rank change.",
      headers = @Header(name = "ETag", description = "Strong entity tag of the figure's version."),
      content = @Content(schema = @Schema(implementation = RankSpec.class)))
  public RankSpec rankOf(@PathParam("id") long id) {
    return ranks.get(id);
  }

  @PUT
  @Path("figures/{id}/rank")
  @Operation(
      operationId = "rankFigure",
      summary = "Rank a figure preferred, normal or deprecated, with a reason",
      description =
          "The rank decides which of competing figures counts: the most recently recorded"
              + " preferred one, else the most recently recorded one; a deprecated figure is never"
              + " current. If-Match takes the figure's ETag (or its funnel's). Audited.")
  @APIResponse(
      responseCode = "200",
      description = "The figure with its new rank.",
      headers = @Header(name = "ETag", description = "Strong entity tag of the new version."),
      content = @Content(schema = @Schema(implementation = FigureView.class)))
  public Response rank(@PathParam("id") long id, RankSpec spec, @BeanParam IfMatch ifMatch) {
    FigureView view = ranks.rank(id, spec, ifMatch.tag());
    return Tagged.ok(view, view.etag());
  }

  @DELETE
  @Path("figures/{id}")
  @Operation(
      operationId = "deleteFigure",
      summary = "Delete a figure entered by mistake (a correction is a new figure instead)")
  @APIResponse(responseCode = "204", description = "The figure was deleted.")
  public void delete(@PathParam("id") long id, @BeanParam IfMatch ifMatch) {
    service.delete(id, ifMatch.tag());
  }
}
