package org.casefunnel.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.casefunnel.common.problem.HttpProblems;

/**
 * The {@code Accept} header is read as RFC 9110 (section 12.5.1) writes it, before the framework's
 * content negotiation sees it: empty list elements and empty parameters are dropped ({@code
 * Accept:} with no value, or {@code application/json, ,} which the framework failed on with a 500),
 * an empty list is no header at all (anything is accepted), and a list with an element that is no
 * media range ({@code garbage}, {@code q=abc}) is a 400 problem naming the header.
 */
@ApplicationScoped
public class AcceptHeaders {

  private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
  private static final Pattern RANGE = Pattern.compile(TOKEN + "/" + TOKEN);
  private static final Pattern PARAMETER =
      Pattern.compile(TOKEN + "=(" + TOKEN + "|\"([\\t !#-\\[\\]-~]|\\\\[\\t -~])*\")");
  private static final Pattern WEIGHT = Pattern.compile("[qQ]=(0(\\.[0-9]{0,3})?|1(\\.0{0,3})?)");

  void register(@Observes Filters filters) {
    // before content negotiation, response caching and the routes
    filters.register(AcceptHeaders::read, 900);
  }

  private static void read(RoutingContext rc) {
    List<String> values = rc.request().headers().getAll(HttpHeaders.ACCEPT);
    if (values.isEmpty()) {
      rc.next();
      return;
    }
    String normal = normalise(String.join(",", values));
    if (normal == null) {
      // the answer to this Accept
      rc.response().headers().add("Vary", "Accept");
      HttpProblems.write(
          rc,
          400,
          "The Accept header is malformed: each element must be a media range such as"
              + " application/json or */*, with parameters name=value and q between 0 and 1.",
          false);
      return;
    }
    if (normal.isEmpty()) {
      rc.request().headers().remove(HttpHeaders.ACCEPT);
    } else {
      rc.request().headers().set(HttpHeaders.ACCEPT, normal);
    }
    rc.next();
  }

  /** The header without empty elements and parameters; empty for none; null when malformed. */
  static String normalise(String header) {
    List<String> ranges = new ArrayList<>();
    for (String element : header.split(",", -1)) {
      if (element.isBlank()) {
        continue;
      }
      // quoted parameter values with ',' or ';' are not worth the parser: no client sends them
      String[] parts = element.split(";", -1);
      // the JDK's HttpURLConnection still sends "*; q=.2": read it as "*/*; q=0.2"
      String type = parts[0].strip();
      StringBuilder range = new StringBuilder(type.equals("*") ? "*/*" : type);
      if (!RANGE.matcher(range).matches()) {
        return null;
      }
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i].strip().replaceFirst("^([qQ])=\\.", "$1=0.");
        if (p.isEmpty()) {
          continue;
        }
        boolean weight =
            p.length() > 1 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=';
        if (!PARAMETER.matcher(p).matches() || (weight && !WEIGHT.matcher(p).matches())) {
          return null;
        }
        range.append(';').append(p);
      }
      ranges.add(range.toString());
    }
    return String.join(", ", ranges);
  }
}
