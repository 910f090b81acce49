package org.casefunnel.common.openapi;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Every object a request body may hold refuses members it does not list ({@code
 * additionalProperties: false}), as the service does (StrictJson): a generated client or a schema
 * validator then knows that "approx" for "approximate" is an error, not an ignored extra. Free-form
 * bodies (a merge patch is any object) list no properties and stay open.
 */
final class ClosedRequestBodies {

  private ClosedRequestBodies() {}

  static void close(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    Map<String, Schema> named =
        components == null || components.getSchemas() == null ? Map.of() : components.getSchemas();
    Deque<Schema> todo = new ArrayDeque<>();
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      for (Operation operation : item.getOperations().values()) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
          continue;
        }
        for (MediaType media : operation.getRequestBody().getContent().getMediaTypes().values()) {
          if (media.getSchema() != null) {
            todo.add(media.getSchema());
          }
        }
      }
    }
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Schema s = todo.pop();
      if (s.getRef() != null) {
        String name = s.getRef().substring(s.getRef().lastIndexOf('/') + 1);
        if (seen.add(name) && named.containsKey(name)) {
          todo.add(named.get(name));
        }
        continue;
      }
      if (s.getProperties() != null && !s.getProperties().isEmpty()) {
        s.setAdditionalPropertiesBoolean(Boolean.FALSE);
        todo.addAll(s.getProperties().values());
      }
      if (s.getItems() != null) {
        todo.add(s.getItems());
      }
      for (List<Schema> group : Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
        if (group != null) {
          todo.addAll(group);
        }
      }
    }
  }
}
