package org.casefunnel.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * python-prov (the library of the PROV-JSON authors; Debian's python3-prov, for the system
 * /usr/bin/python3) reads the export with prov:Collection, prov:Person, prov:Organization and the
 * derivation types as qualified names. src/test/prov/read_prov.py does the reading. CI (the CI
 * variable set) installs python3-prov, so there a missing module fails the test; elsewhere it is
 * skipped.
 */
@QuarkusTest
class PythonProvReadsExportTest {

  private static final String PYTHON = "/usr/bin/python3";
  private static final String PROV = "http://www.w3.org/ns/prov#";

  @Test
  void pythonProvReadsTheSeedExportWithProvTypesAsQualifiedNames(@TempDir Path dir)
      throws Exception {
    requirePythonProv();
    Path export = dir.resolve("met-group-cse-review.prov.json");
    Files.write(
        export,
        TestAuth.anonymous()
            .get("/api/funnels/met-group-cse-review/prov")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray());

    Result result = run(PYTHON, "src/test/prov/read_prov.py", export.toString());

    assertThat(result.exit()).as(result.output()).isZero();
    JsonNode read = new ObjectMapper().readTree(result.output());
    assertThat(texts(read.path("funnelTypes")))
        .contains(PROV + "Collection", ProvExport.VOCABULARY + "Funnel");
    assertThat(read.path("members").asInt()).isPositive();
    assertThat(texts(read.path("agentTypes"))).contains(PROV + "Person", PROV + "Organization");
    assertThat(texts(read.path("derivationTypes")))
        .contains(
            PROV + "Quotation", PROV + "PrimarySource", ProvExport.VOCABULARY + "SecondarySource");
    assertThat(read.path("problems").size()).isZero();
  }

  private static void requirePythonProv() throws Exception {
    boolean present =
        Files.isExecutable(Path.of(PYTHON)) && run(PYTHON, "-c", "import prov").exit() == 0;
    if (!present && System.getenv("CI") != null) {
      fail("python3-prov is not installed for " + PYTHON + " (.ci/run installs it)");
    }
    assumeTrue(present, "python3-prov is not installed for " + PYTHON);
  }

  private record Result(int exit, String output) {}

  private static Result run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("timed out: " + String.join(" ", command));
    }
    return new Result(
        p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
