package org.casefunnel.common.web;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casefunnel.support.TestAuth;

/** The operations of the served spec, and how the query parameter tests call them. */
final class SpecOperations {

  private SpecOperations() {}

  /** An operation of the served spec: method, path template, declared query parameters. */
  record Operation(
      String method, String path, Map<String, Map<String, Object>> query, boolean browser) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  @SuppressWarnings("unchecked")
  static List<Operation> operations() {
    Map<String, Object> spec =
        given().queryParam("format", "json").get("/q/openapi").then().extract().path("");
    Map<String, Object> shared =
        (Map<String, Object>) ((Map<String, Object>) spec.get("components")).get("parameters");
    List<Operation> ops = new ArrayList<>();
    ((Map<String, Object>) spec.get("paths"))
        .forEach(
            (path, item) ->
                ((Map<String, Object>) item)
                    .forEach(
                        (method, op) -> {
                          Map<String, Map<String, Object>> query = new LinkedHashMap<>();
                          for (Object p :
                              (List<Object>)
                                  ((Map<String, Object>) op)
                                      .getOrDefault("parameters", List.of())) {
                            Map<String, Object> param = (Map<String, Object>) p;
                            if (param.containsKey("$ref")) {
                              String ref = (String) param.get("$ref");
                              param =
                                  (Map<String, Object>)
                                      shared.get(ref.substring(ref.lastIndexOf('/') + 1));
                            }
                            if ("query".equals(param.get("in"))) {
                              query.put(
                                  (String) param.get("name"),
                                  (Map<String, Object>) param.get("schema"));
                            }
                          }
                          ops.add(
                              new Operation(
                                  method.toUpperCase(),
                                  path,
                                  query,
                                  browser((Map<String, Object>) op)));
                        }));
    return ops;
  }

  /** Whether the operation answers only in the types browsers and other sites link to. */
  @SuppressWarnings("unchecked")
  static boolean browser(Map<String, Object> op) {
    Map<String, Object> ok =
        (Map<String, Object>) ((Map<String, Object>) op.get("responses")).get("200");
    Object content = ok == null ? null : ok.get("content");
    return content instanceof Map<?, ?> types
        && !types.isEmpty()
        && List.of("text/html", "image/svg+xml").containsAll(types.keySet());
  }

  /**
   * The operation called as an editor on ids that do not exist, so that nothing is written: the
   * query is judged after matching, before the operation looks anything up.
   */
  static Response call(Operation op, Map<String, String> query) {
    String path = op.path().replaceAll("\\{[^}]+}", "999999");
    return TestAuth.asEditor()
        .queryParams(query)
        .contentType(
            op.method().equals("PATCH")
                ? "application/merge-patch+json"
                : ContentType.JSON.toString())
        .header("If-Match", "\"0\"")
        .body("{}")
        .request(op.method(), path);
  }

  /** A value the parameter's schema allows. */
  static String plausible(Map<String, Object> schema) {
    if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
      return String.valueOf(values.get(0));
    }
    Object format = schema.get("format");
    Object type = schema.get("type");
    if ("date".equals(format)) {
      return "2026-01-31";
    }
    if ("date-time".equals(format)) {
      return "2026-01-31T12:00:00Z";
    }
    if ("integer".equals(type)) {
      return "1";
    }
    if ("boolean".equals(type)) {
      return "true";
    }
    return "a";
  }
}
