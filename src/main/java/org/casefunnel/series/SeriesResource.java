package org.casefunnel.series;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.casefunnel.common.web.Cached;
import org.casefunnel.common.web.Formats;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Tag(
    name = "Series",
    description = "A funnel over time: its dated figures as step series, with the statistics then.")
public class SeriesResource {

  private final SeriesService service;

  public SeriesResource(SeriesService service) {
    this.service = service;
  }

  @GET
  @Path("funnels/{funnelId}/series")
  @Cached(value = Cached.Scope.FUNNEL, param = "funnelId")
  @Produces({MediaType.APPLICATION_JSON, Formats.CSV})
  @Operation(
      operationId = "getFunnelSeries",
      summary = "A funnel over time: per stage, a point per date with the statistics then",
      description =
          "The dates are those on which any figure is dated; at each, every stage's point is the"
              + " figure in effect (superseded ones kept and marked) and the statistics exactly as"
              + " /statistics?asOf=that date gives them. Undated figures are listed apart.")
  @APIResponse(
      responseCode = "200",
      description =
          "The series; as text/csv (Accept or ?format=csv) in long form, one row per stage and"
              + " date, then one per undated figure; unit and period are each row's own.",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SeriesView.class)),
        @Content(mediaType = Formats.CSV, schema = @Schema(type = SchemaType.STRING))
      })
  public Response series(
      @Parameter(description = "Slug id of the funnel.", example = "met-group-cse-review")
          @PathParam("funnelId")
          String id,
      @BeanParam SeriesDates dates,
      @Context HttpHeaders headers) {
    SeriesView series = service.series(id, dates.from(), dates.to());
    if (Formats.prefers(headers, Formats.CSV_TYPE)) {
      return Response.ok(SeriesCsv.write(series), Formats.CSV_TYPE).build();
    }
    return Response.ok(series, MediaType.APPLICATION_JSON_TYPE).build();
  }

  @GET
  @Path("funnels/{funnelId}/series.svg")
  @Produces(SeriesChart.MEDIA_TYPE)
  @Cached(value = Cached.Scope.FUNNEL, param = "funnelId")
  @Operation(
      operationId = "getFunnelSeriesChart",
      summary = "A funnel over time as SVG, one chart per stage, for embedding with a plain <img>",
      description =
          "Per stage, time along x on the stage's own scale: the figure in effect as a step line"
              + " (dashed when approximate), a hatched band for a range, a dotted band for the"
              + " logical bounds of the extrapolation and a dashed, dotted band for its exact 95%"
              + " interval (valid only for a random review); filled circles where a new figure is"
              + " dated, hollow ones for superseded values; the numbers in words below each chart."
              + " Figures of different periods are never joined or rescaled: the line breaks"
              + " there and each value says its period. No scripts or external references.")
  @APIResponse(
      responseCode = "200",
      description = "The SVG image.",
      content =
          @Content(mediaType = SeriesChart.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
  public String chart(
      @Parameter(description = "Slug id of the funnel.", example = "met-group-cse-review")
          @PathParam("funnelId")
          String id,
      @BeanParam SeriesDates dates) {
    return SeriesChart.render(service.series(id, dates.from(), dates.to()));
  }
}
