package org.casefunnel.history;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.casefunnel.common.security.PublicAuthors;
import org.casefunnel.common.web.Cached;
import org.casefunnel.common.web.HttpCaching;
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
  private final PublicAuthors authors;

  public HistoryResource(HistoryService service, PublicAuthors authors) {
    this.service = service;
    this.authors = authors;
  }

  /** Who changed what, named to editors only ({@link PublicAuthors}). */
  private List<RevisionView> shown(List<RevisionView> revisions, SecurityContext security) {
    boolean editor = security.isUserInRole(HttpCaching.EDITOR);
    return revisions.stream()
        .map(
            r ->
                new RevisionView(
                    r.revision(), r.at(), authors.shown(r.by(), editor), r.change(), r.state()))
        .toList();
  }

  @GET
  @Path("funnels/{funnelId}/history")
  @Cached(value = Cached.Scope.FUNNEL, param = "funnelId", byRole = true)
  @Operation(
      operationId = "getFunnelHistory",
      summary = "Every change of a funnel or of anything in it, oldest first",
      description =
          "One revision per change: of the funnel's own fields, or of a stage, figure, rank,"
              + " statement or source in it (the same revision number and author as that"
              + " resource's history). The state is the funnel's own fields after the change.")
  @APIResponse(responseCode = "200", description = "The funnel's revisions.")
  public List<RevisionView> funnel(
      @PathParam("funnelId") String id, @Context SecurityContext security) {
    return shown(service.funnel(id), security);
  }

  @GET
  @Path("funnels/{funnelId}/stages/{key}/history")
  @Cached(value = Cached.Scope.FUNNEL, param = "funnelId", byRole = true)
  @Operation(operationId = "getStageHistory", summary = "Every revision of a stage, oldest first")
  @APIResponse(responseCode = "200", description = "The stage's revisions.")
  public List<RevisionView> stage(
      @PathParam("funnelId") String funnelId,
      @PathParam("key") String key,
      @Context SecurityContext security) {
    return shown(service.stage(funnelId, key), security);
  }

  @GET
  @Path("figures/{id}/history")
  @Cached(value = Cached.Scope.FIGURE, byRole = true)
  @Operation(
      operationId = "getFigureHistory",
      summary = "Every revision of a figure: recorded, superseded, deleted")
  @APIResponse(responseCode = "200", description = "The figure's revisions.")
  public List<RevisionView> figure(@PathParam("id") long id, @Context SecurityContext security) {
    return shown(service.figure(id), security);
  }

  @GET
  @Path("statements/{id}/history")
  @Cached(value = Cached.Scope.STATEMENT, byRole = true)
  @Operation(operationId = "getStatementHistory", summary = "Every revision of a statement")
  @APIResponse(responseCode = "200", description = "The statement's revisions.")
  public List<RevisionView> statement(@PathParam("id") long id, @Context SecurityContext security) {
    return shown(service.statement(id), security);
  }

  @GET
  @Path("sources/{id}/history")
  @Cached(value = Cached.Scope.SOURCE, byRole = true)
  @Operation(operationId = "getSourceHistory", summary = "Every revision of a source")
  @APIResponse(responseCode = "200", description = "The source's revisions.")
  public List<RevisionView> source(@PathParam("id") long id, @Context SecurityContext security) {
    return shown(service.source(id), security);
  }
}
