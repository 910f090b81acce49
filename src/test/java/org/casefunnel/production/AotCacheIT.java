package org.casefunnel.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.casefunnel.support.ServiceProcess;
import org.casefunnel.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code package} leaves in target/quarkus-app is what the README runs: a launcher with one
 * class-path jar (src/aot/MergeClassPath.java) and an AOT cache recorded against it, which the JVM
 * of the run command accepts (docs/performance.md).
 */
class AotCacheIT {

  private static final Path APP = Path.of("target", "quarkus-app");

  @Test
  void theLauncherNamesOneClassPathJarAndNoOtherJarIsLeft() throws IOException {
    try (JarFile launcher = new JarFile(APP.resolve("quarkus-run.jar").toFile())) {
      assertThat(launcher.getManifest().getMainAttributes().getValue("Class-Path"))
          .isEqualTo("lib/main/classpath.jar");
    }
    try (Stream<Path> files = Files.walk(APP)) {
      assertThat(files.filter(f -> f.toString().endsWith(".jar")).map(APP::relativize))
          .containsExactlyInAnyOrder(Path.of("quarkus-run.jar"), Path.of("lib/main/classpath.jar"));
    }
  }

  @Test
  void theRunCommandStartsWithTheCacheTheBuildRecorded(@TempDir Path dir) throws Exception {
    Path cache = APP.resolve("app.aot");
    assumeTrue(Files.exists(cache), "no cache: the build ran with -DskipAotTraining=true");
    Path classLog = dir.resolve("class-load.log");
    List<String> options = new ArrayList<>(RunOptionsTest.readmeRunOptions());
    // AOTMode=on: a cache the JVM cannot use is an error at start, not a warning
    options.addAll(
        List.of(
            "-XX:AOTCache=" + cache, "-XX:AOTMode=on", "-Xlog:class+load=info:file=" + classLog));
    try (ServiceProcess service =
        new ServiceProcess(TestDatabases.newServiceDatabase("aot"), options)
            .start(Duration.ofSeconds(240))) {
      long fromCache;
      try (Stream<String> lines = Files.lines(classLog)) {
        fromCache = lines.filter(l -> l.endsWith("source: shared objects file")).count();
      }
      assertThat(fromCache).as("classes the cache served, of a start to ready").isGreaterThan(5000);
    }
  }
}
