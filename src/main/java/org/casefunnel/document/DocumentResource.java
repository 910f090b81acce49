package org.casefunnel.document;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.casefunnel.common.web.Cached;
import org.casefunnel.common.web.IfMatch;
import org.casefunnel.common.web.Tagged;
import org.casefunnel.funnel.FunnelView;
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
@Tag(
    name = "Funnel documents",
    description = "Whole funnels in one JSON document: import and export.")
public class DocumentResource {

  private final DocumentService service;
  private final IdempotentImports imports;
  private final DocumentPatchService patches;

  public DocumentResource(
      DocumentService service, IdempotentImports imports, DocumentPatchService patches) {
    this.service = service;
    this.imports = imports;
    this.patches = patches;
  }

  @POST
  @Path("funnel-documents")
  @Operation(
      operationId = "importFunnelDocument",
      summary = "Import a whole funnel, all or nothing",
      description =
          "On any error nothing is stored and the answer is one problem listing every error,"
              + " each with a JSON pointer into the document. A funnel id that exists already is a 409.")
  @APIResponse(
      responseCode = "201",
      description = "The funnel was imported.",
      content = @Content(schema = @Schema(implementation = FunnelView.class)))
  public Response importDocument(
      FunnelDocument document,
      @Parameter(
              description =
                  "A key the client chooses (1 to 200 characters) to make the import safe to"
                      + " retry: a replay with the same key and body returns the first answer and"
                      + " stores nothing new; the same key with another body is a 422. An empty or"
                      + " blank key, or the header on more than one line (even with the same key),"
                      + " is a 400.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      minLength = 1,
                      maxLength = IdempotentImports.MAX_KEY_LENGTH))
          @HeaderParam("Idempotency-Key")
          String declaredKey,
      @Context HttpHeaders headers,
      @Context UriInfo uri,
      @Context SecurityContext security) {
    // the parameter declares the header in the spec; its lines decide, since JAX-RS hands an
    // empty value as none and a second line not at all
    String idempotencyKey = IdempotentImports.key(headers.getRequestHeader("Idempotency-Key"));
    if (idempotencyKey == null) {
      FunnelView created = service.importDocument(document);
      return Tagged.created(location(uri, created), created, created.etag());
    }
    String principal =
        security.getUserPrincipal() == null ? "" : security.getUserPrincipal().getName();
    IdempotentImports.Answer a =
        imports.importOnce(idempotencyKey, principal, document, v -> location(uri, v));
    Response.ResponseBuilder b =
        Response.status(a.status())
            .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
            .entity(a.body())
            .header(HttpHeaders.ETAG, a.etag());
    if (a.location() != null) {
      b.location(a.location());
    }
    return b.build();
  }

  private static URI location(UriInfo uri, FunnelView created) {
    return uri.getBaseUriBuilder().path("funnels").path(created.id()).build();
  }

  @POST
  @Path("funnels/{funnelId}/document-patches")
  @Operation(
      operationId = "applyFunnelDocumentPatch",
      summary = "Add sources, statements and figures to a funnel in one change, all or nothing",
      description =
          "Needs If-Match with the funnel's current ETag (428 without, 412 when outdated). The"
              + " patch is checked by the import's rules against the funnel as it stands: on any"
              + " error nothing is stored and the answer is one 422 problem with a JSON pointer"
              + " into the patch for each error. A reconciliation answers a ready patch.")
  @APIResponse(
      responseCode = "200",
      description = "The funnel after the change.",
      headers = @Header(name = "ETag", description = "Strong entity tag of the new version."),
      content = @Content(schema = @Schema(implementation = FunnelView.class)))
  public Response applyPatch(
      @PathParam("funnelId") String id, FunnelDocumentPatch patch, @BeanParam IfMatch ifMatch) {
    FunnelView view = patches.apply(id, patch, ifMatch.tag());
    return Tagged.ok(view, view.etag());
  }

  @GET
  @Path("funnels/{funnelId}/document")
  @Cached(value = Cached.Scope.FUNNEL, param = "funnelId")
  @Operation(
      operationId = "exportFunnelDocument",
      summary = "Export a whole funnel as a funnel document that imports back unchanged")
  @APIResponse(responseCode = "200", description = "The funnel document.")
  public FunnelDocument export(@PathParam("funnelId") String id) {
    return service.export(id);
  }
}
