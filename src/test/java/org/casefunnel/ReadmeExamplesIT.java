package org.casefunnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casefunnel.support.Scratch;
import org.casefunnel.support.ServiceProcess;
import org.casefunnel.support.TestAuth;
import org.casefunnel.support.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Every curl example of the README runs, in the README's order, against a fresh start of the
 * packaged service (issue 16): each block as a bash script with {@code set -eo pipefail} and curl
 * told to fail on HTTP errors, the README's editor {@code alice} played by the test editor. After
 * all of them the seed's statistics are unchanged and still say what the README quotes.
 */
class ReadmeExamplesIT {

  private static final Path README = Path.of("README.md");
  private static final Pattern BASH_BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);
  private static final String SEED_STATISTICS = "/api/funnels/met-group-cse-review/statistics";

  /** What the README's seed section quotes from the seed's statistics, word for word. */
  private static final List<String> QUOTED =
      List.of("1,200 to 8,000", "about 4,900", "54.55%", "25% to 100%");

  @Test
  void everyCurlExampleRunsInOrderAndTheSeedStillSaysWhatTheReadmeQuotes() throws Exception {
    assumeTrue(onPath("curl") && onPath("jq"), "curl and jq are needed to run the README");
    String readme = Files.readString(README);
    List<String> scripts = curlScripts(readme);
    assertThat(scripts).as("curl examples in the README").hasSizeGreaterThanOrEqualTo(5);
    try (ServiceProcess service =
        new ServiceProcess(TestDatabases.newServiceDatabase("readme"), TestAuth.PACKAGED_EDITOR)
            .start(Duration.ofSeconds(240))) {
      String before = seedStatistics(service);
      Path work = Scratch.directory("readme-examples");
      Files.createSymbolicLink(work.resolve("examples"), Path.of("examples").toAbsolutePath());
      // curl reads its defaults from $CURL_HOME/.curlrc: an HTTP error fails the script
      Files.writeString(work.resolve(".curlrc"), "fail-with-body\nshow-error\n");
      for (String script : scripts) {
        run(
            script
                .replace("http://localhost:8080", service.baseUri().replaceAll("/$", ""))
                .replace("alice:her-password", TestAuth.EDITOR + ":" + TestAuth.EDITOR_PASSWORD),
            work);
      }
      String after = seedStatistics(service);
      assertThat(after).as("the seed's statistics after the README").isEqualTo(before);
      for (String quote : QUOTED) {
        assertThat(readme).as("the README quotes it").contains(quote);
        assertThat(after).as("the seed's statistics say it").contains(quote);
      }
    }
  }

  /** The README's bash blocks that call curl, in order, each as one script. */
  static List<String> curlScripts(String readme) {
    List<String> out = new ArrayList<>();
    Matcher m = BASH_BLOCK.matcher(readme);
    while (m.find()) {
      if (m.group(1).lines().anyMatch(l -> l.startsWith("curl") || l.contains("$(curl"))) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  private static String seedStatistics(ServiceProcess service) {
    return RestAssured.given()
        .baseUri(service.baseUri())
        .get(SEED_STATISTICS)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static void run(String script, Path work) throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder("bash", "-c", "set -eo pipefail\n" + script)
            .directory(work.toFile())
            .redirectErrorStream(true);
    pb.environment().put("CURL_HOME", work.toString());
    Process p = pb.start();
    boolean done = p.waitFor(60, TimeUnit.SECONDS);
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!done) {
      p.destroyForcibly();
    }
    assertThat(done && p.exitValue() == 0)
        .as("README example failed:%n%s%n--- output ---%n%s", script, output)
        .isTrue();
  }

  private static boolean onPath(String command) throws IOException, InterruptedException {
    return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
  }
}
