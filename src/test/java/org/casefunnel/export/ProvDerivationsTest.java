package org.casefunnel.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.TestDocuments.map;
import static org.casefunnel.export.ProvDocuments.derivationsOfType;
import static org.casefunnel.export.ProvDocuments.prov;
import static org.casefunnel.support.TestAuth.asEditor;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The derivations of the PROV export after writes: a superseded figure is linked to the figure that
 * replaced it by a revision, and the parts of a figure's breakdown are entities derived from their
 * figure; both exports still validate against the PROV-JSON schema.
 */
@QuarkusTest
class ProvDerivationsTest {

  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    schema = ProvDocuments.schema();
  }

  @Test
  void supersededFigureIsLinkedByWasRevisionOf() throws Exception {
    TestDocuments.ensureImported(TestDocuments.valid("prov-revision"));
    long old =
        asEditor()
            .get("/api/funnels/prov-revision/stages/reviewed/figures")
            .jsonPath()
            .getLong("[0].id");
    long newer =
        asEditor()
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
        asEditor()
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
}
