package org.casefunnel.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.casefunnel.common.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Path segments and query values that no database can compare with (a NUL character, an unpaired
 * surrogate) are a 400 problem before any resource runs, not a database error.
 */
public class StorableParameters {

  @ServerRequestFilter(preMatching = true)
  public void check(ContainerRequestContext request) {
    UriInfo uri = request.getUriInfo();
    if (!StorableValues.storable(uri.getPath())) {
      throw ProblemException.badParameter(
          "path", "must not contain NUL characters or unpaired surrogates");
    }
    for (Map.Entry<String, List<String>> e : uri.getQueryParameters().entrySet()) {
      for (String value : e.getValue()) {
        if (!StorableValues.storable(value) || !StorableValues.storable(e.getKey())) {
          throw ProblemException.badParameter(
              e.getKey(), "must not contain NUL characters or unpaired surrogates");
        }
      }
    }
  }
}
