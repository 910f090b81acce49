package org.casefunnel.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.casefunnel.common.paging.PageRequest;
import org.casefunnel.common.web.AsOf;
import org.casefunnel.common.web.Cached;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The browsable overview, server-rendered with Qute (which escapes every value it prints). Served
 * at {@code /} and {@code /funnels/{id}} through {@link PageRoutes}; not part of the JSON API, so
 * left out of the OpenAPI document.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PagesResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance overview(PageModels.Overview overview);

    static native TemplateInstance funnel(PageModels.FunnelPage funnel);
  }

  private final PageService pages;

  public PagesResource(PageService pages) {
    this.pages = pages;
  }

  @GET
  @Path("pages")
  @Cached(Cached.Scope.FUNNEL_LIST)
  @Operation(hidden = true)
  public TemplateInstance overview(
      @QueryParam("page")
          @DefaultValue("0")
          @Parameter(schema = @Schema(minimum = "0", maximum = PageRequest.MAX_PAGE_TEXT))
          int page,
      @QueryParam("size")
          @DefaultValue("50")
          @Parameter(schema = @Schema(minimum = "1", maximum = PageRequest.MAX_SIZE_TEXT))
          int size) {
    return Templates.overview(pages.overview(page, size));
  }

  @GET
  @Path("pages/funnels/{id}")
  @Cached(Cached.Scope.FUNNEL)
  @Operation(hidden = true)
  public TemplateInstance funnel(@PathParam("id") String id, @BeanParam AsOf asOf) {
    return Templates.funnel(pages.funnel(id, asOf.date()));
  }
}
