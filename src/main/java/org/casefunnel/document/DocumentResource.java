package org.casefunnel.document;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.casefunnel.common.web.Cached;
import org.casefunnel.funnel.FunnelView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Funnel documents",
    description = "Whole funnels in one JSON document: import and export.")
public class DocumentResource {

  private final DocumentService service;

  public DocumentResource(DocumentService service) {
    this.service = service;
  }

  @POST
  @Path("funnel-documents")
  @Operation(
      operationId = "importFunnelDocument",
      summary = "Import a whole funnel, all or nothing",
      description =
          "On any error nothing is stored and the answer is one problem listing every error,"
              + " each with a JSON pointer into the document. A funnel id that exists already is a 409.")
  @APIResponse(responseCode = "201", description = "The funnel was imported.")
  public Response importDocument(FunnelDocument document, @Context UriInfo uri) {
    FunnelView created = service.importDocument(document);
    return Response.created(uri.getBaseUriBuilder().path("funnels").path(created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("funnels/{id}/document")
  @Cached(Cached.Scope.FUNNEL)
  @Operation(
      operationId = "exportFunnelDocument",
      summary = "Export a whole funnel as a funnel document that imports back unchanged")
  @APIResponse(responseCode = "200", description = "The funnel document.")
  public FunnelDocument export(@PathParam("id") String id) {
    return service.export(id);
  }
}
