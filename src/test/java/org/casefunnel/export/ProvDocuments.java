package org.casefunnel.export;

import static org.casefunnel.support.TestAuth.asEditor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.restassured.http.ContentType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** What the PROV export tests share: the PROV-JSON schema, a funnel's export, its derivations. */
final class ProvDocuments {

  static final ObjectMapper JSON = new ObjectMapper();

  private ProvDocuments() {}

  /** The PROV-JSON schema the exports are validated against. */
  static JsonSchema schema() throws Exception {
    try (InputStream in = ProvDocuments.class.getResourceAsStream("/prov/prov-json-schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  static JsonNode prov(String funnelId) throws Exception {
    String body =
        asEditor()
            .get("/api/funnels/" + funnelId + "/prov")
            .then()
            .statusCode(200)
            .contentType(ContentType.JSON)
            .extract()
            .asString();
    return JSON.readTree(body);
  }

  static List<JsonNode> derivationsOfType(JsonNode doc, String type) {
    List<JsonNode> out = new ArrayList<>();
    doc.path("wasDerivedFrom")
        .forEach(
            d -> {
              if (type.equals(d.path("prov:type").path(0).path("$").asText())) {
                out.add(d);
              }
            });
    return out;
  }
}
