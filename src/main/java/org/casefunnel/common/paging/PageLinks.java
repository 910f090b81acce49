package org.casefunnel.common.paging;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * RFC 8288 Link headers (first, prev, next, last) on every paged list, built once from the {@link
 * PageView} the operation returns and the request's own URL, so filters and sorting carry over.
 */
public class PageLinks {

  @ServerResponseFilter
  public void link(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() != 200 || !(response.getEntity() instanceof PageView<?> page)) {
      return;
    }
    int last = page.total() == 0 ? 0 : (int) ((page.total() - 1) / page.size());
    add(request, response, "first", 0);
    if (page.page() > 0) {
      add(request, response, "prev", Math.min(page.page() - 1, last));
    }
    if (page.page() < last) {
      add(request, response, "next", page.page() + 1);
    }
    add(request, response, "last", last);
  }

  private static void add(
      ContainerRequestContext request, ContainerResponseContext response, String rel, int page) {
    UriBuilder uri = request.getUriInfo().getRequestUriBuilder().replaceQueryParam("page", page);
    response.getHeaders().add("Link", Link.fromUriBuilder(uri).rel(rel).build().toString());
  }
}
