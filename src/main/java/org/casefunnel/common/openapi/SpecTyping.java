package org.casefunnel.common.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.casefunnel.common.problem.ProblemType;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Types the spec the way generated clients need it: members that are always present are {@code
 * required}, the problem {@code type} is one of the documented URNs, and the two free-form
 * responses (PROV-JSON, history states) get schemas of their own. Built once with the spec.
 */
final class SpecTyping {

  private SpecTyping() {}

  /**
   * The general rule for response records: a component declared nullable may be absent (views are
   * written with NON_NULL) or null; every other component is always written, so it is required.
   * Schemas that already list required members are request bodies (their required members come from
   * bean validation, the others are optional input) and stay as they are.
   */
  static void requireAlwaysPresent(Components components) {
    if (components.getSchemas() == null) {
      return;
    }
    for (Schema schema : components.getSchemas().values()) {
      if (schema.getProperties() == null
          || schema.getProperties().isEmpty()
          || (schema.getRequired() != null && !schema.getRequired().isEmpty())) {
        continue;
      }
      for (Map.Entry<String, Schema> p : schema.getProperties().entrySet()) {
        if (!nullable(p.getValue())) {
          schema.addRequired(p.getKey());
        }
      }
    }
  }

  /**
   * A nullable reference comes out as {@code type: object} with {@code anyOf: [ref, null]}, and the
   * {@code type} alone then refuses the null the service writes: the type admits null too.
   */
  static void admitNullWhereAnyOfDoes(Components components) {
    if (components.getSchemas() == null) {
      return;
    }
    for (Schema schema : components.getSchemas().values()) {
      if (schema.getProperties() == null) {
        continue;
      }
      for (Schema p : schema.getProperties().values()) {
        if (p.getType() != null
            && !p.getType().contains(Schema.SchemaType.NULL)
            && p.getAnyOf() != null
            && p.getAnyOf().stream().anyMatch(SpecTyping::nullable)) {
          p.addType(Schema.SchemaType.NULL);
        }
      }
    }
  }

  static boolean nullable(Schema s) {
    if (s.getType() != null && s.getType().contains(Schema.SchemaType.NULL)) {
      return true;
    }
    for (List<Schema> alternatives : Arrays.asList(s.getAnyOf(), s.getOneOf())) {
      if (alternatives != null && alternatives.stream().anyMatch(SpecTyping::nullable)) {
        return true;
      }
    }
    return false;
  }

  /** The problem type URNs ProblemType defines, the only ones the service sends. */
  static List<Object> problemTypes() {
    List<Object> uris = new ArrayList<>();
    for (ProblemType t : ProblemType.values()) {
      uris.add(t.uri());
    }
    return uris;
  }

  /** Typed responses for the PROV export and the revisions of each kind of resource. */
  static void typedDocuments(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    components.addSchema("ProvDocument", ProvSchemas.document());
    components.addSchema("ProvRecord", ProvSchemas.record());
    for (Map.Entry<String, Schema> state : HistorySchemas.states().entrySet()) {
      components.addSchema(state.getKey(), state.getValue());
    }
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      Operation get = item.getGET();
      if (get == null || get.getOperationId() == null) {
        continue;
      }
      if ("exportFunnelProvenance".equals(get.getOperationId())) {
        setSchema(
            get, OASFactory.createSchema().ref(ProblemResponsesFilter.SCHEMAS + "ProvDocument"));
      }
      String kind = HistorySchemas.kindOf(get.getOperationId());
      if (kind != null) {
        String revision = kind + "Revision";
        components.addSchema(revision, HistorySchemas.revision(components, kind));
        setSchema(
            get,
            OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .items(OASFactory.createSchema().ref(ProblemResponsesFilter.SCHEMAS + revision)));
      }
    }
  }

  private static void setSchema(Operation operation, Schema schema) {
    APIResponse ok = operation.getResponses().getAPIResponse("200");
    if (ok == null || ok.getContent() == null) {
      return;
    }
    MediaType json = ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
    if (json != null) {
      json.setSchema(schema);
    }
  }
}
