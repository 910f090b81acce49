package org.casefunnel.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.TestDocuments.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProvExportTest {

  @org.junit.jupiter.api.BeforeEach
  void actAsEditor() {
    // writes need the editor role; reads stay public
    org.casefunnel.support.TestAuth.editorByDefault();
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = ProvExportTest.class.getResourceAsStream("/prov/prov-json-schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  private static JsonNode prov(String funnelId) throws Exception {
    String body =
        given()
            .get("/api/funnels/" + funnelId + "/prov")
            .then()
            .statusCode(200)
            .contentType(ContentType.JSON)
            .extract()
            .asString();
    return JSON.readTree(body);
  }

  @Test
  void seedFunnelExportValidatesAgainstTheProvJsonSchema() throws Exception {
    JsonNode doc = prov("met-group-cse-review");
    Set<ValidationMessage> errors = schema.validate(doc);
    assertThat(errors).isEmpty();

    assertThat(doc.path("prefix").path("cf").asText()).isEqualTo(ProvExport.VOCABULARY);
    // 7 figures, 8 statements, 1 source, the funnel
    assertThat(doc.path("entity").size()).isEqualTo(7 + 8 + 1 + 1);
    List<String> agents = new ArrayList<>();
    doc.path("agent").forEach(a -> agents.add(a.path("prov:label").asText()));
    assertThat(agents).containsExactlyInAnyOrder("GB News", "Sir Mark Rowley");
    doc.path("agent")
        .forEach(
            a -> {
              String type = a.path("prov:type").path(0).path("$").asText();
              if (a.path("prov:label").asText().equals("Sir Mark Rowley")) {
                assertThat(type).isEqualTo("prov:Person");
              } else {
                assertThat(type).isEqualTo("prov:Organization");
              }
            });
    assertThat(derivationsOfType(doc, "prov:Quotation")).hasSize(8);
    // the article is a secondary source of what it reports others said, primary for its own words
    assertThat(
            derivationsOfType(doc, "prov:PrimarySource").size()
                + derivationsOfType(doc, "cf:SecondarySource").size())
        .isEqualTo(7);
    assertThat(derivationsOfType(doc, "cf:SecondarySource")).isNotEmpty();
    assertThat(derivationsOfType(doc, "prov:Revision")).isEmpty();
  }

  @Test
  void exportIsWrittenAsProvToolsReadIt() throws Exception {
    JsonNode doc = prov("met-group-cse-review");

    assertThat(doc.path("prefix").path("prov").asText()).isEqualTo("http://www.w3.org/ns/prov#");
    assertThat(doc.path("prefix").path("xsd").asText())
        .isEqualTo("http://www.w3.org/2001/XMLSchema#");
    List<String> qualifiedNameTypes = new ArrayList<>();
    doc.findValues("type").forEach(t -> qualifiedNameTypes.add(t.asText()));
    assertThat(qualifiedNameTypes).doesNotContain("xsd:QName").contains("prov:QUALIFIED_NAME");
    // every current figure is a member of the funnel, listed in one hadMember
    int current = 0;
    for (JsonNode e : doc.path("entity")) {
      if (e.path("cf:current").asBoolean(false)) {
        current++;
      }
    }
    assertThat(doc.path("hadMember").size()).isEqualTo(1);
    JsonNode members = doc.path("hadMember").elements().next().path("prov:entity");
    assertThat(members.isArray()).isTrue();
    assertThat(members.size()).isEqualTo(current).isPositive();
    // each reported statement is attributed to its speaker and to the publisher who reported it
    List<String> agentsOfStatements = new ArrayList<>();
    doc.path("wasAttributedTo")
        .forEach(
            a -> {
              if (a.path("prov:entity").asText().contains(":statement-")) {
                agentsOfStatements.add(
                    doc.path("agent")
                        .path(a.path("prov:agent").asText())
                        .path("prov:label")
                        .asText());
              }
            });
    int reported = 0;
    for (JsonNode e : doc.path("entity")) {
      if (e.has("cf:speaker") && !e.path("cf:speaker").asText().equals("GB News")) {
        reported++;
      }
    }
    assertThat(reported).isPositive();
    assertThat(agentsOfStatements).hasSize(8 + reported);
    assertThat(agentsOfStatements).containsOnly("Sir Mark Rowley", "GB News");
  }

  @Test
  void invalidDocumentsFailTheSchemaSoTheCheckCanFail() throws Exception {
    JsonNode broken =
        JSON.readTree("{\"wasDerivedFrom\": {\"_:d1\": {\"prov:usedEntity\": \"f:x\"}}}");
    assertThat(schema.validate(broken)).isNotEmpty();
    JsonNode unknownSection = JSON.readTree("{\"entities\": {}}");
    assertThat(schema.validate(unknownSection)).isNotEmpty();
  }

  @Test
  void supersededFigureIsLinkedByWasRevisionOf() throws Exception {
    TestDocuments.ensureImported(TestDocuments.valid("prov-revision"));
    long old =
        given()
            .get("/api/funnels/prov-revision/stages/reviewed/figures")
            .jsonPath()
            .getLong("[0].id");
    long newer =
        given()
            .contentType(ContentType.JSON)
            .body(
                map(
                    "stage",
                    "reviewed",
                    "count",
                    140,
                    "status",
                    "provisional",
                    "wording",
                    "140 reviewed",
                    "statementIds",
                    List.of("st1")))
            .post("/api/funnels/prov-revision/stages/reviewed/figures")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    JsonNode doc = prov("prov-revision");
    assertThat(schema.validate(doc)).isEmpty();
    List<JsonNode> revisions = derivationsOfType(doc, "prov:Revision");
    assertThat(revisions).hasSize(1);
    assertThat(revisions.get(0).path("prov:generatedEntity").asText())
        .isEqualTo("f:figure-" + newer);
    assertThat(revisions.get(0).path("prov:usedEntity").asText()).isEqualTo("f:figure-" + old);
    assertThat(doc.path("entity").path("f:figure-" + old).path("cf:current").asBoolean()).isFalse();
    // the statement with a known date carries it; the one without has no date at all
    List<Map.Entry<String, JsonNode>> statements = new ArrayList<>();
    doc.path("entity").fields().forEachRemaining(statements::add);
    assertThat(statements)
        .filteredOn(e -> e.getValue().path("prov:label").asText().equals("st1"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getValue().path("cf:madeOn").path(0).path("$").asText())
                    .isEqualTo("2026-01-12"));
    assertThat(statements)
        .filteredOn(e -> e.getValue().path("prov:label").asText().equals("st2"))
        .singleElement()
        .satisfies(e -> assertThat(e.getValue().has("cf:madeOn")).isFalse());
  }

  @Test
  void breakdownPartsAreEntitiesDerivedFromTheirFigure() throws Exception {
    TestDocuments.ensureImported(TestDocuments.valid("prov-breakdown"));
    long figure =
        given()
            .contentType(ContentType.JSON)
            .body(
                map(
                    "stage",
                    "reviewed",
                    "count",
                    140,
                    "status",
                    "reported",
                    "wording",
                    "140 reviewed",
                    "statementIds",
                    List.of("st1"),
                    "breakdown",
                    map(
                        "dimension",
                        "offence type",
                        "parts",
                        List.of(
                            map("category", "online", "count", 100),
                            map("category", "familial", "count", 40)))))
            .post("/api/funnels/prov-breakdown/stages/reviewed/figures")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");

    JsonNode doc = prov("prov-breakdown");

    assertThat(schema.validate(doc)).isEmpty();
    List<String> parts = new ArrayList<>();
    doc.path("entity")
        .fields()
        .forEachRemaining(
            e -> {
              if (e.getValue()
                  .path("prov:type")
                  .path(0)
                  .path("$")
                  .asText()
                  .equals("cf:BreakdownPart")) {
                parts.add(
                    e.getValue().path("cf:category").asText()
                        + "="
                        + e.getValue().path("prov:value").asLong());
              }
            });
    assertThat(parts).containsExactlyInAnyOrder("online=100", "familial=40");
    List<String> derivedFrom = new ArrayList<>();
    doc.path("wasDerivedFrom")
        .forEach(
            d -> {
              if (d.path("prov:generatedEntity")
                  .asText()
                  .startsWith("f:figure-" + figure + "-part-")) {
                derivedFrom.add(d.path("prov:usedEntity").asText());
              }
            });
    assertThat(derivedFrom).containsOnly("f:figure-" + figure).hasSize(2);
  }

  @Test
  void funnelIsAttributedToTheEditorWhoCompiledItNamedOnlyToEditors() throws Exception {
    Map<String, Object> doc = TestDocuments.valid("prov-compiler");
    if (given().get("/api/funnels/prov-compiler").statusCode() == 404) {
      given()
          .auth()
          .preemptive()
          .basic(TestAuth.EDITOR2, TestAuth.EDITOR2_PASSWORD)
          .contentType(ContentType.JSON)
          .body(doc)
          .post("/api/funnel-documents")
          .then()
          .statusCode(201);
    }

    ExtractableResponse<Response> publicRead =
        TestAuth.anonymous()
            .get("/api/funnels/prov-compiler/prov")
            .then()
            .statusCode(200)
            .extract();
    ExtractableResponse<Response> editorRead =
        TestAuth.asEditor().get("/api/funnels/prov-compiler/prov").then().statusCode(200).extract();
    JsonNode publicView = JSON.readTree(publicRead.asString());
    JsonNode editorView = JSON.readTree(editorRead.asString());

    // two representations, as for the history: their own ETags, and caches told so
    assertThat(publicRead.header("ETag")).isNotEqualTo(editorRead.header("ETag"));
    assertThat(publicRead.header("Vary")).contains("Authorization");
    assertThat(schema.validate(publicView)).isEmpty();
    assertThat(compilerOf(publicView)).isEqualTo("editor");
    assertThat(compilerOf(editorView)).isEqualTo(TestAuth.EDITOR2);
    assertThat(publicView.toString()).doesNotContain(TestAuth.EDITOR2);
    List<String> types = new ArrayList<>();
    publicView
        .path("agent")
        .path("f:compiler")
        .path("prov:type")
        .forEach(t -> types.add(t.path("$").asText()));
    assertThat(types).containsExactly("prov:Person", "cf:Editor");
  }

  @Test
  void seedFunnelLoadedByTheSystemIsAttributedToNoOne() throws Exception {
    JsonNode doc = prov("met-group-cse-review");

    assertThat(compilerOf(doc)).isNull();
    assertThat(doc.path("agent").has("f:compiler")).isFalse();
  }

  /** The label of the agent the funnel is attributed to; null when it is attributed to none. */
  private static String compilerOf(JsonNode doc) {
    for (JsonNode a : doc.path("wasAttributedTo")) {
      if (a.path("prov:entity").asText().equals("f:funnel")) {
        return doc.path("agent").path(a.path("prov:agent").asText()).path("prov:label").asText();
      }
    }
    return null;
  }

  @Test
  void unknownFunnelIsNotFound() {
    given()
        .get("/api/funnels/no-such-funnel/prov")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  private static List<JsonNode> derivationsOfType(JsonNode doc, String type) {
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
