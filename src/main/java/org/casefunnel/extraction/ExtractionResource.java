package org.casefunnel.extraction;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Extractions", description = "Find the quantities a source states, as suggestions.")
public class ExtractionResource {

  private final ExtractionService service;

  public ExtractionResource(ExtractionService service) {
    this.service = service;
  }

  @POST
  @Path("sources/{id}/extractions")
  @Operation(
      operationId = "extractFromSource",
      summary = "Find every quantity a stored source states, with offsets, noun and speaker",
      description =
          "Suggestions only: nothing is stored until an editor records figures and statements."
              + " Reading stops at the suggestion limit or the time limit of one request, with"
              + " truncated: true; see docs/extraction.md for the limits.")
  @APIResponse(responseCode = "200", description = "The quantities found.")
  public ExtractionView fromSource(@PathParam("id") long id, @Context HttpServerRequest http) {
    return service.fromSource(id, abandoned(http));
  }

  @POST
  @Path("extractions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "extractFromText",
      summary = "Find every quantity a text sent in the request states",
      description =
          "Suggestions only: nothing is stored. Reading stops at the suggestion limit or the time"
              + " limit of one request, with truncated: true; see docs/extraction.md for the"
              + " limits.")
  @APIResponse(responseCode = "200", description = "The quantities found.")
  public ExtractionView fromText(ExtractionRequest request, @Context HttpServerRequest http) {
    return service.fromText(request, abandoned(http));
  }

  /** True once the client's connection is closed: nobody will read the answer. */
  private static BooleanSupplier abandoned(HttpServerRequest http) {
    return () -> http.response().closed();
  }
}
