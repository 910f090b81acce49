package org.casefunnel.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM options of the run command are written where they are used: the README, the container
 * image, the benchmark and docs/performance.md; the AOT cache is recorded with those that shape it
 * (src/aot/train.sh, for the Maven build and the image alike). A change in one place that misses
 * another would measure, ship or train a different JVM.
 */
class RunOptionsTest {

  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])-X[\\w:+=.-]+");
  // options the cache is recorded with: a JVM with other values ignores the cache or its profiles
  private static final List<String> SHAPE_THE_CACHE =
      List.of("-XX:+UseCompactObjectHeaders", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  /** The JVM options of the README's run command, without the cache's path. */
  static Set<String> readmeRunOptions() throws IOException {
    return options(between(read("README.md"), "MALLOC_ARENA_MAX=2 java", "-jar"));
  }

  @Test
  void readmeImageBenchmarkAndDocsRunTheSameJvm() throws IOException {
    Set<String> readme = readmeRunOptions();

    assertThat(readme).contains("-Xmx256m").containsAll(SHAPE_THE_CACHE);
    assertThat(options(between(read("docker/Dockerfile.jvm"), "ENV JAVA_OPTS=\"", "\"")))
        .as("docker/Dockerfile.jvm JAVA_OPTS")
        .isEqualTo(readme);
    assertThat(options(between(read("src/bench/bench.py"), "RUN_OPTIONS = (", ")")))
        .as("src/bench/bench.py RUN_OPTIONS")
        .isEqualTo(readme);
    assertThat(options(between(read("docs/performance.md"), "MALLOC_ARENA_MAX=2 java", "-jar")))
        .as("docs/performance.md, run command")
        .isEqualTo(readme);
  }

  @Test
  void everyPlaceRunsWithTwoMallocArenasAndTheImageUsesItsOptions() throws IOException {
    assertThat(read("README.md")).contains("MALLOC_ARENA_MAX=2 java");
    assertThat(read("docs/performance.md")).contains("MALLOC_ARENA_MAX=2 java");
    assertThat(read("src/bench/bench.py")).contains("RUN_ENV = {\"MALLOC_ARENA_MAX\": \"2\"}");
    String image = read("docker/Dockerfile.jvm");
    assertThat(image)
        .contains("MALLOC_ARENA_MAX=2")
        .as("the image records its cache with src/aot/train.sh and its JAVA_OPTS, and uses it")
        .contains("COPY src/aot/train.sh /opt/casefunnel/train.sh")
        .contains("RUN AOT_TRAINING=start /opt/casefunnel/train.sh /deployments $JAVA_OPTS")
        .contains("exec java $JAVA_OPTS -XX:AOTCache=/deployments/app.aot");
  }

  @Test
  void theCacheIsRecordedWithTheOptionsThatShapeIt() throws IOException {
    String train = read("src/aot/train.sh");
    assertThat(options(between(train, "options=(", ")")))
        .as("src/aot/train.sh")
        .containsAll(SHAPE_THE_CACHE);
    assertThat(train)
        .as("both recordings, the workload and the start, use those options")
        .containsPattern(
            "(?s)\"\\$java\" \"\\$\\{options\\[@]}\".*\"\\$java\" \"\\$\\{options\\[@]}\"");
    assertThat(read("src/main/resources/application.properties"))
        .as("Quarkus records no cache of its own: it would not match the merged class path")
        .doesNotContain("quarkus.package.jar.aot.additional-recording-args");
  }

  private static Set<String> options(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = OPTION.matcher(text);
    while (m.find()) {
      String option = m.group();
      // where the cache lives differs per place; the image exits on OOM for its orchestrator
      if (!option.startsWith("-XX:AOTCache") && !option.equals("-XX:+ExitOnOutOfMemoryError")) {
        found.add(option);
      }
    }
    return found;
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as("'%s' not found", start).isNotNegative();
    from += start.length();
    int to = text.indexOf(end, from);
    assertThat(to).as("'%s' not found after '%s'", end, start).isPositive();
    return text.substring(from, to);
  }

  private static String read(String path) throws IOException {
    return Files.readString(Path.of(path));
  }
}
