package org.casefunnel.export;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import org.casefunnel.common.web.AsOf;
import org.casefunnel.common.web.Cached;
import org.casefunnel.common.web.HttpCaching;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Tag(name = "Exports", description = "A funnel in other formats: W3C PROV, SVG charts.")
public class ExportResource {

  private final ProvExport prov;
  private final ChartService charts;

  public ExportResource(ProvExport prov, ChartService charts) {
    this.prov = prov;
    this.charts = charts;
  }

  @GET
  @Path("funnels/{funnelId}/chart.svg")
  @Produces(FunnelChart.MEDIA_TYPE)
  @Cached(value = Cached.Scope.FUNNEL, param = "funnelId")
  @Operation(
      operationId = "getFunnelChart",
      summary = "A funnel chart as SVG, for embedding with a plain <img>",
      description =
          "One bar per stage in stage order, width proportional to the value; a range is a solid"
              + " bar to its low end and a hatched band to its high end; a stage found in a partial"
              + " review also shows what it implies for the whole: the logical bounds as a grey"
              + " line, the 95% interval (exact for an exact population; valid only for a random"
              + " review) as an orange"
              + " whisker, and the statement in words. Stages in"
              + " other units and rates are listed below the bars instead, and then the"
              + " statistics' warnings (figures that do not fit, assumptions). <title> and <desc>"
              + " carry the same in words.")
  @APIResponse(
      responseCode = "200",
      description = "The SVG image.",
      content =
          @Content(mediaType = FunnelChart.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
  public String chart(
      @Parameter(description = "Slug id of the funnel.", example = "met-group-cse-review")
          @PathParam("funnelId")
          String id,
      @BeanParam AsOf asOf) {
    return charts.svg(id, asOf.date());
  }

  @GET
  @Path("funnels/{funnelId}/prov")
  @Produces(MediaType.APPLICATION_JSON)
  @Cached(value = Cached.Scope.FUNNEL, param = "funnelId", byRole = true)
  @Operation(
      operationId = "exportFunnelProvenance",
      summary = "A funnel's provenance graph in W3C PROV-JSON",
      description =
          "Figures (superseded ones included), their breakdown parts, statements and sources are"
              + " entities; speakers, publishers and the editor who compiled the funnel are agents"
              + " (the editor named to editors, otherwise by the public pseudonym, as in the"
              + " history). Figures are derived from statements and from their documents, a"
              + " primary source when the document is the speaker's own, a cf:SecondarySource when"
              + " it reports the speech; statements are quoted from their sources and attributed to"
              + " their speakers and to the publisher who reported them; a newer figure is a"
              + " revision of the one it superseded. Written as ProvToolbox and python-prov read it:"
              + " qualified names typed prov:QUALIFIED_NAME, typed values in one-element lists.")
  @APIResponse(
      responseCode = "200",
      description = "The PROV-JSON document.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.OBJECT)))
  public Map<String, Object> provenance(
      @Parameter(description = "Slug id of the funnel.", example = "met-group-cse-review")
          @PathParam("funnelId")
          String id,
      @Context SecurityContext security) {
    return prov.document(id, security.isUserInRole(HttpCaching.EDITOR));
  }
}
