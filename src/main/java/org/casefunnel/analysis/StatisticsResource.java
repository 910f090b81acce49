package org.casefunnel.analysis;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.casefunnel.common.web.AsOf;
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
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Statistics",
    description =
        "Conversions with honest uncertainty, extrapolations, warnings, comparisons and roll-ups.")
public class StatisticsResource {

  private final StatisticsService service;
  private final CompareService compare;
  private final RollupService rollup;

  public StatisticsResource(
      StatisticsService service, CompareService compare, RollupService rollup) {
    this.service = service;
    this.compare = compare;
    this.rollup = rollup;
  }

  @GET
  @Path("funnels/{funnelId}/statistics")
  @Operation(
      operationId = "getFunnelStatistics",
      summary = "Statistics of a funnel's current figures, with methods, inputs and warnings")
  @Cached(value = Cached.Scope.FUNNEL, param = "funnelId")
  @Produces({MediaType.APPLICATION_JSON, Formats.CSV})
  @APIResponse(
      responseCode = "200",
      description =
          "The funnel's statistics; as text/csv (Accept or ?format=csv), one row per stage.",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FunnelStatisticsView.class)),
        @Content(mediaType = Formats.CSV, schema = @Schema(type = SchemaType.STRING))
      })
  public Response funnel(
      @Parameter(description = "Slug id of the funnel.", example = "met-group-cse-review")
          @PathParam("funnelId")
          String id,
      @BeanParam AsOf asOf,
      @Context HttpHeaders headers) {
    FunnelStatisticsView stats = service.funnel(id, asOf.date());
    if (Formats.prefers(headers, Formats.CSV_TYPE)) {
      return Response.ok(StatisticsCsv.write(stats), Formats.CSV_TYPE).build();
    }
    return Response.ok(stats, MediaType.APPLICATION_JSON_TYPE).build();
  }

  @GET
  @Path("statistics/compare")
  @Cached(Cached.Scope.FUNNEL_LIST)
  @Operation(
      operationId = "compareFunnels",
      summary = "Put funnels side by side per stage key, with like-for-like warnings")
  @APIResponse(responseCode = "200", description = "The comparison.")
  @APIResponse(responseCode = "404", description = "A funnel named in 'funnels' does not exist.")
  public CompareView compare(
      @Parameter(
              description = "Comma-separated ids of 2 to 20 funnels.",
              example = "met-group-cse-review,other-review",
              required = true,
              schema = @Schema(type = SchemaType.STRING, maxLength = CompareService.MAX_IDS_LENGTH))
          @QueryParam("funnels")
          String funnels,
      @BeanParam AsOf asOf) {
    List<String> ids =
        funnels == null
            ? List.of()
            : Arrays.stream(funnels.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    return compare.compare(ids, asOf.date());
  }

  @GET
  @Path("programmes/{programme}/statistics")
  @Cached(Cached.Scope.FUNNEL_LIST)
  @Operation(
      operationId = "getProgrammeRollup",
      summary = "Sum a programme's funnels per stage key by interval arithmetic")
  @APIResponse(responseCode = "200", description = "The roll-up.")
  public RollupView rollup(
      @Parameter(
              description = "Programme name (case-insensitive).",
              example = "National test programme")
          @PathParam("programme")
          String programme,
      @BeanParam AsOf asOf) {
    return rollup.rollup(programme, asOf.date());
  }
}
