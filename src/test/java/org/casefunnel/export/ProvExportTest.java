package org.casefunnel.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.export.ProvDocuments.JSON;
import static org.casefunnel.export.ProvDocuments.derivationsOfType;
import static org.casefunnel.export.ProvDocuments.prov;
import static org.casefunnel.support.TestAuth.asEditor;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PROV export of a funnel: it validates against the PROV-JSON schema (and a broken document
 * does not, so the check can fail), is written as PROV tools read it, attributes a funnel to the
 * editor who compiled it (named only to editors) and the seed to no one, and an unknown funnel is
 * not found. Revisions and breakdown parts are in {@link ProvDerivationsTest}.
 */
@QuarkusTest
class ProvExportTest {

  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    schema = ProvDocuments.schema();
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
  void funnelIsAttributedToTheEditorWhoCompiledItNamedOnlyToEditors() throws Exception {
    Map<String, Object> doc = TestDocuments.valid("prov-compiler");
    if (asEditor().get("/api/funnels/prov-compiler").statusCode() == 404) {
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
    asEditor()
        .get("/api/funnels/no-such-funnel/prov")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
