package org.casefunnel.model;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casefunnel.support.TestAuth;

/** The operations the served OpenAPI document lists, read as a client would. */
final class WriteOperations {

  private WriteOperations() {}

  /** Operation ids of every operation with one of {@code methods}, in document order. */
  @SuppressWarnings("unchecked")
  static List<String> ids(List<String> methods) {
    Map<String, Object> paths =
        given().queryParam("format", "json").get("/q/openapi").then().extract().path("paths");
    List<String> ids = new ArrayList<>();
    for (Object item : paths.values()) {
      for (Map.Entry<String, Object> op : ((Map<String, Object>) item).entrySet()) {
        if (methods.contains(op.getKey())) {
          ids.add((String) ((Map<String, Object>) op.getValue()).get("operationId"));
        }
      }
    }
    return ids;
  }

  static List<String> writes() {
    return ids(List.of("post", "put", "patch", "delete"));
  }

  /** Sends a recipe as the editor, with {@code ifMatch} when it is not null. */
  static Response send(WriteRecipes.Recipe r, String ifMatch) {
    return send(r, ifMatch, null);
  }

  /** Sends a recipe as the editor, with {@code ifMatch} and {@code ifNoneMatch} when not null. */
  static Response send(WriteRecipes.Recipe r, String ifMatch, String ifNoneMatch) {
    RequestSpecification spec = TestAuth.asEditor();
    if (ifMatch != null) {
      spec = spec.header("If-Match", ifMatch);
    }
    if (ifNoneMatch != null) {
      spec = spec.header("If-None-Match", ifNoneMatch);
    }
    if (r.body() != null) {
      // a merge patch has its own media type (RFC 7396)
      spec =
          "PATCH".equals(r.method())
              ? spec.contentType("application/merge-patch+json").body(r.body())
              : spec.contentType(ContentType.JSON).body(r.body());
    }
    return spec.request(r.method(), r.path());
  }
}
