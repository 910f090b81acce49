package org.casefunnel.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.support.TestAuth.asEditor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;

/** PROV records a figure's bounds as its source stated them, never the service's reading. */
@QuarkusTest
class ProvStatedBoundsTest {

  @Test
  void anApproximateCountHasNoBoundsAndAnExactOneHasItsCount() throws Exception {
    Map<String, Object> doc = TestDocuments.valid("prov-about");
    TestDocuments.part(doc, "figures", 0).put("approximate", true);
    TestDocuments.ensureImported(doc);
    long about =
        asEditor().get("/api/funnels/prov-about/stages/identified").jsonPath().getLong("figure.id");
    long exact =
        asEditor().get("/api/funnels/prov-about/stages/reviewed").jsonPath().getLong("figure.id");
    JsonNode prov =
        new ObjectMapper().readTree(asEditor().get("/api/funnels/prov-about/prov").asString());
    JsonNode approximate = prov.path("entity").path("f:figure-" + about);
    assertThat(approximate.path("cf:approximate").asBoolean()).isTrue();
    assertThat(approximate.has("cf:low")).isFalse();
    assertThat(approximate.has("cf:high")).isFalse();
    JsonNode counted = prov.path("entity").path("f:figure-" + exact);
    assertThat(counted.path("cf:low").asLong()).isEqualTo(counted.path("prov:value").asLong());
    assertThat(counted.path("cf:high").asLong()).isEqualTo(counted.path("prov:value").asLong());
  }
}
