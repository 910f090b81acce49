package org.casefunnel.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * src/aot/MergeClassPath.java, run as the build runs it, on a small aot-jar layout: one jar that
 * the class path reads as it read the many.
 */
class MergeClassPathTest {

  private static final String SERVICES = "META-INF/services/org.example.Plugin";

  @Test
  void mergesTheClassPathInOrderAndPointsTheLauncherAtIt(@TempDir Path app) throws Exception {
    layout(app);

    assertThat(merge(app)).contains("merged 4 class-path jars").contains("left out 1");

    Map<String, String> merged = entries(app.resolve("lib/main/classpath.jar"));
    assertThat(merged)
        .as("the first jar on the class path wins, as the class path would find it")
        .containsEntry("p/A.class", "A from a")
        .containsEntry("p/Shared.class", "Shared from a")
        .containsEntry("q/C.class", "C from c")
        .containsEntry("net/bytebuddy/agent/Installer.class", "the agent, not the enhancer")
        .containsEntry("p/B.class", "B for 21 from b")
        .containsEntry("META-INF/versions/99/p/B.class", "B for 99 from b")
        .doesNotContainKeys(
            "META-INF/A.SF",
            "META-INF/INDEX.LIST",
            "META-INF/versions/21/p/A.class",
            "META-INF/versions/21/p/Shared.class",
            "META-INF/versions/11/p/B.class",
            "META-INF/versions/21/p/B.class",
            "net/bytebuddy/ByteBuddy.class");
    assertThat(merged.get(SERVICES))
        .as("service registrations of every jar, in class-path order")
        .isEqualTo("p.FromA\np.FromB\n");
    assertThat(merged.get("META-INF/LICENSE"))
        .as("every jar's licence, each under the name of its jar")
        .isEqualTo("---- a.jar ----\nlicence of a\n---- b.jar ----\nlicence of b");
    Manifest mergedManifest = manifest(app.resolve("lib/main/classpath.jar"));
    assertThat(mergedManifest.getMainAttributes().getValue("Multi-Release"))
        .as("b.jar has a variant for a release after 25, which must stay in use")
        .isEqualTo("true");

    Attributes launcher = manifest(app.resolve("quarkus-run.jar")).getMainAttributes();
    assertThat(launcher.getValue("Class-Path")).isEqualTo("lib/main/classpath.jar");
    assertThat(launcher.getValue("Main-Class")).isEqualTo("org.example.Main");
    assertThat(launcher.getValue("Add-Opens")).isEqualTo("java.base/java.lang");
    assertThat(entries(app.resolve("quarkus-run.jar"))).containsKey("META-INF/maven/pom.xml");
    assertThat(app.resolve("lib/boot")).doesNotExist();
    assertThat(app.resolve("app")).doesNotExist();
    assertThat(app.resolve("lib/main/b.jar")).doesNotExist();
    assertThat(app.resolve("lib/main/net.bytebuddy.byte-buddy-1.17.8.jar"))
        .as("a jar only the build uses is neither merged nor kept")
        .doesNotExist();
    assertThat(app.resolve("quarkus/quarkus-application.dat")).exists();
  }

  @Test
  void withNoVariantBeyondTheReleaseTheMergedJarIsNotMultiRelease(@TempDir Path app)
      throws Exception {
    layout(app);
    merge(app, "99");

    Map<String, String> merged = entries(app.resolve("lib/main/classpath.jar"));
    assertThat(merged)
        .as("every class in the variant Java 99 would load, under its plain name")
        .containsEntry("p/B.class", "B for 99 from b")
        .containsEntry("p/A.class", "A from a")
        .noneSatisfy((name, content) -> assertThat(name).startsWith("META-INF/versions/"));
    assertThat(manifest(app.resolve("lib/main/classpath.jar")).getMainAttributes())
        .doesNotContainKey(Attributes.Name.MULTI_RELEASE);
  }

  @Test
  void aMergedLayoutIsLeftAsItIs(@TempDir Path app) throws Exception {
    layout(app);
    merge(app);
    Path merged = app.resolve("lib/main/classpath.jar");
    byte[] before = Files.readAllBytes(merged);

    assertThat(merge(app)).contains("already merged");

    assertThat(Files.readAllBytes(merged)).isEqualTo(before);
  }

  @Test
  void aBuildWithoutTheJarLayoutHasNothingToMerge(@TempDir Path app) throws Exception {
    assertThat(merge(app)).contains("nothing to merge");
  }

  /** Runs the merge as the pom does, for Java 25. */
  private static String merge(Path app) throws IOException, InterruptedException {
    return merge(app, "25");
  }

  /** Runs the merge as the pom does: the JDK's source launcher, from the project directory. */
  private static String merge(Path app, String release) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(java.toString(), "src/aot/MergeClassPath.java", app.toString(), release)
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }

  /** quarkus-run.jar naming five jars, as Quarkus lays them out, and its application model. */
  private static void layout(Path app) throws IOException {
    Manifest launcher = new Manifest();
    Attributes main = launcher.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.put(Attributes.Name.MAIN_CLASS, "org.example.Main");
    main.putValue("Add-Opens", "java.base/java.lang");
    main.put(
        Attributes.Name.CLASS_PATH,
        "lib/boot/a.jar lib/main/b.jar lib/main/net.bytebuddy.byte-buddy-1.17.8.jar"
            + " lib/main/net.bytebuddy.byte-buddy-agent-1.17.8.jar app/c.jar");
    jar(app.resolve("quarkus-run.jar"), launcher, Map.of("META-INF/maven/pom.xml", "<project/>"));

    Map<String, String> a = new LinkedHashMap<>();
    a.put("p/", "");
    a.put("p/A.class", "A from a");
    a.put("p/Shared.class", "Shared from a");
    a.put(SERVICES, "p.FromA\n");
    a.put("META-INF/LICENSE", "licence of a\n");
    a.put("META-INF/A.SF", "signature of a");
    a.put("META-INF/INDEX.LIST", "index of a");
    // a.jar is not multi-release: the JDK never reads this
    a.put("META-INF/versions/21/p/Shared.class", "Shared for 21 from a");
    jar(app.resolve("lib/boot/a.jar"), plain(false), a);

    Map<String, String> b = new LinkedHashMap<>();
    b.put("p/Shared.class", "Shared from b");
    // a.jar's p/A.class comes first on the class path, whatever b.jar has for any release
    b.put("META-INF/versions/21/p/A.class", "A for 21 from b");
    b.put("p/B.class", "B from b");
    b.put("META-INF/versions/11/p/B.class", "B for 11 from b");
    b.put("META-INF/versions/21/p/B.class", "B for 21 from b");
    b.put("META-INF/versions/99/p/B.class", "B for 99 from b");
    b.put(SERVICES, "p.FromB\n");
    b.put("META-INF/LICENSE", "licence of b");
    jar(app.resolve("lib/main/b.jar"), plain(true), b);

    jar(
        app.resolve("lib/main/net.bytebuddy.byte-buddy-1.17.8.jar"),
        plain(false),
        Map.of("net/bytebuddy/ByteBuddy.class", "the enhancer, used while Quarkus builds"));
    jar(
        app.resolve("lib/main/net.bytebuddy.byte-buddy-agent-1.17.8.jar"),
        plain(false),
        Map.of("net/bytebuddy/agent/Installer.class", "the agent, not the enhancer"));
    jar(app.resolve("app/c.jar"), plain(false), Map.of("q/C.class", "C from c"));
    Files.createDirectories(app.resolve("quarkus"));
    Files.writeString(app.resolve("quarkus/quarkus-application.dat"), "model");
  }

  private static Manifest plain(boolean multiRelease) {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (multiRelease) {
      manifest.getMainAttributes().put(Attributes.Name.MULTI_RELEASE, "true");
    }
    return manifest;
  }

  private static void jar(Path path, Manifest manifest, Map<String, String> content)
      throws IOException {
    Files.createDirectories(path.getParent());
    try (OutputStream file = Files.newOutputStream(path);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      for (Map.Entry<String, String> e : content.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
  }

  private static Map<String, String> entries(Path jar) throws IOException {
    Map<String, String> found = new LinkedHashMap<>();
    try (JarFile in = new JarFile(jar.toFile())) {
      List<ZipEntry> all = new ArrayList<>(in.stream().toList());
      for (ZipEntry entry : all) {
        found.put(
            entry.getName(),
            new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return found;
  }

  private static Manifest manifest(Path jar) throws IOException {
    try (JarFile in = new JarFile(jar.toFile())) {
      return in.getManifest();
    }
  }
}
