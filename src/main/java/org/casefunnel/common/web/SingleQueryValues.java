package org.casefunnel.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.casefunnel.common.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every query parameter of the API takes one value (lists are comma-separated, as in {@code
 * funnels=a,b}). JAX-RS hands a parameter given twice its first value and drops the second, so
 * {@code size=1&size=500} answered a page of 1 with no word; which value the client meant cannot be
 * guessed, so the request is a 400 naming the parameter.
 */
public class SingleQueryValues {

  @ServerRequestFilter(preMatching = true)
  public void check(ContainerRequestContext request) {
    for (Map.Entry<String, List<String>> e : request.getUriInfo().getQueryParameters().entrySet()) {
      int times = e.getValue().size();
      if (times > 1) {
        throw ProblemException.badParameter(
            e.getKey(),
            "is given "
                + times
                + " times; give it once (a list is one value, separated by commas)");
      }
    }
  }
}
