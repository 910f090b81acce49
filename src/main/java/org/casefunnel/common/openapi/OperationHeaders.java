package org.casefunnel.common.openapi;

import java.math.BigDecimal;
import java.util.List;
import org.casefunnel.common.web.QueryParameterNames;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every operation sends and takes besides its body: the caching validators of reads and their
 * conditional parameters (HttpCaching), the Location and ETag of a 201, and the bounds of path and
 * query parameters.
 */
final class OperationHeaders {

  /** Longest id or key a client can choose (the @Size bound of every id in the Spec records). */
  static final int MAX_KEY_LENGTH = 100;

  private OperationHeaders() {}

  /** Every GET under /api is answered conditionally by HttpCaching (@Cached). */
  static void caching(Operation operation, APIResponses responses) {
    APIResponse ok = responses.getAPIResponse("200");
    if (ok != null && ok.getRef() == null) {
      for (String h : ProblemResponsesFilter.VALIDATORS) {
        if (ok.getHeaders() == null || !ok.getHeaders().containsKey(h)) {
          ok.addHeader(h, OASFactory.createHeader().ref("#/components/headers/" + h));
        }
      }
    }
    if (responses.getAPIResponse("304") == null) {
      responses.addAPIResponse(
          "304", OASFactory.createAPIResponse().ref("#/components/responses/NotModified"));
    }
    // every read answers If-None-Match and If-Modified-Since
    for (String name : List.of("IfNoneMatch", "IfModifiedSince")) {
      String ref = "#/components/parameters/" + name;
      if (operation.getParameters() == null
          || operation.getParameters().stream().noneMatch(p -> ref.equals(p.getRef()))) {
        operation.addParameter(OASFactory.createParameter().ref(ref));
      }
    }
  }

  /** Every 201 names the new resource (Location) and its version (ETag), see Tagged.created. */
  static void created(APIResponses responses) {
    APIResponse created = responses.getAPIResponse("201");
    if (created == null || created.getRef() != null) {
      return;
    }
    for (String h : List.of("Location", "ETag")) {
      if (created.getHeaders() == null || !created.getHeaders().containsKey(h)) {
        created.addHeader(h, OASFactory.createHeader().ref("#/components/headers/" + h));
      }
    }
  }

  static boolean hasIfMatch(Operation operation) {
    return ifMatch(operation) != null;
  }

  /** Whether the operation needs If-Match (a change), not only reads it (an addition). */
  static boolean requiresIfMatch(Operation operation) {
    Parameter p = ifMatch(operation);
    return p != null && Boolean.TRUE.equals(p.getRequired());
  }

  private static Parameter ifMatch(Operation operation) {
    if (operation.getParameters() == null) {
      return null;
    }
    return operation.getParameters().stream()
        .filter(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()))
        .findFirst()
        .orElse(null);
  }

  /** Headers declared with a name and a description only get the string schema OpenAPI requires. */
  static void describe(APIResponses responses) {
    if (responses.getAPIResponses() == null) {
      return;
    }
    for (APIResponse response : responses.getAPIResponses().values()) {
      if (response.getHeaders() == null) {
        continue;
      }
      for (Header header : response.getHeaders().values()) {
        if (header.getRef() == null && header.getSchema() == null && header.getContent() == null) {
          header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        }
      }
    }
  }

  /**
   * Path and query parameters are ids, keys and filters whose longest meaningful value is the bound
   * of the field they name; numeric ids are positive 64-bit surrogate keys.
   */
  static void boundParameters(Operation operation) {
    if (operation.getParameters() == null) {
      return;
    }
    for (Parameter p : operation.getParameters()) {
      Schema s = p.getSchema();
      if (s == null || s.getType() == null) {
        continue;
      }
      if ("date".equals(s.getFormat()) && s.getMaxLength() == null) {
        s.setMaxLength(QueryParameterNames.DATE_LENGTH);
      }
      if ("date-time".equals(s.getFormat()) && s.getMaxLength() == null) {
        s.setMaxLength(QueryParameterNames.INSTANT_LENGTH);
      }
      if (s.getType().contains(Schema.SchemaType.STRING)
          && s.getMaxLength() == null
          && s.getEnumeration() == null
          && s.getFormat() == null) {
        s.setMaxLength(
            p.getIn() == Parameter.In.PATH
                ? MAX_KEY_LENGTH
                : Integer.valueOf(QueryParameterNames.MAX_LENGTH));
      }
      if (s.getType().contains(Schema.SchemaType.INTEGER)) {
        boolean int64 = "int64".equals(s.getFormat());
        if (s.getMinimum() == null) {
          s.setMinimum(
              BigDecimal.valueOf(p.getIn() == Parameter.In.PATH ? 1 : int64 ? Long.MIN_VALUE : 0));
        }
        if (s.getMaximum() == null) {
          s.setMaximum(BigDecimal.valueOf(int64 ? Long.MAX_VALUE : Integer.MAX_VALUE));
        }
      }
    }
  }
}
