package org.casefunnel.common.problem;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every problem answer says {@code Cache-Control: no-store}, whichever layer wrote it (the
 * exception mappers, the Vert.x handlers of {@link HttpProblems}, the filters): checked once, as
 * the headers go out, on the media type, so no mapper can forget it. ({@link HttpProblems#write}
 * says it too, for the routes that answer before any filter runs.)
 *
 * <p>Why not {@code no-cache}, as reads have: a problem carries no validator to revalidate with, so
 * keeping it buys nothing; RFC 9111 (section 4.2.2) lets a cache keep a 404, 405 or 414 without
 * being told, so a funnel created after a 404 could stay hidden behind the kept 404; and a
 * problem's detail may quote what the request sent, which a shared cache should not hold.
 */
@ApplicationScoped
public class ProblemCaching {

  public static final String CACHE_CONTROL = "no-store";

  void register(@Observes Filters filters) {
    filters.register(
        ctx -> {
          ctx.addHeadersEndHandler(
              v -> {
                HttpServerResponse response = ctx.response();
                String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
                if (type != null
                    && type.regionMatches(
                        true, 0, Problem.MEDIA_TYPE, 0, Problem.MEDIA_TYPE.length())) {
                  response.putHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
                }
              });
          ctx.next();
        },
        // early, so that problems written by later filters carry it too
        990);
  }
}
