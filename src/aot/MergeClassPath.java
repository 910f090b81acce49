import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * Merges the class path of Quarkus's aot-jar layout (about 220 jars named by the Class-Path of
 * quarkus-run.jar) into one jar, lib/main/classpath.jar, and points quarkus-run.jar at it.
 *
 * <p>Why: the JDK keeps every class-path jar it has opened open for good, each with its central
 * directory on the heap, its manifest and a native inflater; a start opens all of them (service
 * look-ups search the whole class path). One jar instead of 220 saves about 5 MiB of resident
 * memory and a tenth of a second per start (docs/performance.md). The classes and their order do
 * not change: an entry in several jars is taken from the first, as the class path would find it;
 * the exceptions are files that several jars contribute to and that are read all together (service
 * registrations, licences and notices), which are concatenated in class-path order.
 *
 * <p>Multi-release jars are resolved for the release the service is compiled for (the lowest Java
 * it runs on): each class is taken in the variant that release would load (the highest {@code
 * META-INF/versions/N} not above it, else the base one), so the merged jar holds one entry per
 * class instead of two (Byte Buddy ships its 3,000 classes twice) and each look-up is one, not one
 * per version. Only variants for later releases stay versioned, and only then is the merged jar
 * multi-release. A jar that is not multi-release has its versioned entries ignored by the JDK; they
 * are left out.
 *
 * <p>Run by {@code ./mvnw package} after Quarkus lays out the jars and before the AOT cache is
 * recorded (a cache matches the class path it was recorded with): {@code java
 * src/aot/MergeClassPath.java target/quarkus-app 25}. Running it again on a merged layout does
 * nothing.
 */
public final class MergeClassPath {

  static final String MERGED = "lib/main/classpath.jar";

  private static final String VERSIONS = "META-INF/versions/";

  /**
   * Byte Buddy's jar, not its agent's: Hibernate ORM's entity enhancer, which runs only while
   * Quarkus builds (Quarkus 3.35 drops it from the runtime class path, quarkusio/quarkus#53633).
   * Left out, its 3,000 classes do not add to the jar index the JDK keeps in the heap.
   */
  static final String BUILD_ONLY = "net\\.bytebuddy\\.byte-buddy-\\d.*\\.jar";

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println(
          "usage: java src/aot/MergeClassPath.java <quarkus-app directory> <Java release>");
      System.exit(2);
    }
    Path app = Path.of(args[0]);
    int release = Integer.parseInt(args[1]);
    Path runner = app.resolve("quarkus-run.jar");
    if (!Files.exists(runner)) {
      // a native build, or another package type: there is no class path to merge
      System.out.println("no " + runner + ": nothing to merge");
      return;
    }
    Manifest manifest;
    try (JarFile jar = new JarFile(runner.toFile())) {
      manifest = jar.getManifest();
    }
    String classPath = manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
    if (classPath == null || classPath.isBlank()) {
      throw new IllegalStateException(runner + " names no Class-Path: not an aot-jar layout");
    }
    List<String> jars = List.of(classPath.trim().split("\\s+"));
    if (jars.equals(List.of(MERGED))) {
      System.out.println("class path already merged: " + app.resolve(MERGED));
      return;
    }
    Path merged = app.resolve(MERGED);
    List<String> kept =
        jars.stream()
            .filter(j -> !Path.of(j).getFileName().toString().matches(BUILD_ONLY))
            .toList();
    int entries = merge(app, kept, merged, release);
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, MERGED);
    rewriteManifest(runner, manifest);
    for (String name : jars) {
      Path jar = app.resolve(name);
      Files.delete(jar);
      deleteIfEmpty(jar.getParent());
    }
    System.out.printf(
        "merged %d class-path jars into %s (%d entries, %d MiB), left out %d used only to build%n",
        kept.size(), merged, entries, Files.size(merged) >> 20, jars.size() - kept.size());
  }

  /**
   * Writes the entries of {@code jars}, in class-path order, to {@code target}, multi-release ones
   * resolved for {@code release}.
   */
  static int merge(Path app, List<String> jars, Path target, int release) throws IOException {
    // concatenated files, with the time of their first part (the merge is repeatable)
    Map<String, byte[]> concatenated = new LinkedHashMap<>();
    Map<String, Long> times = new HashMap<>();
    Set<String> copied = new HashSet<>();
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    Files.createDirectories(target.getParent());
    try (OutputStream file = Files.newOutputStream(partial);
        JarOutputStream out = new JarOutputStream(file)) {
      List<JarFile> inputs = new ArrayList<>();
      List<Map<String, JarEntry>> contents = new ArrayList<>();
      try {
        for (String name : jars) {
          JarFile in = new JarFile(app.resolve(name).toFile());
          inputs.add(in);
          contents.add(resolved(in, release));
        }
        boolean multiRelease =
            contents.stream()
                .anyMatch(c -> c.keySet().stream().anyMatch(n -> n.startsWith(VERSIONS)));
        out.putNextEntry(new ZipEntry(JarFile.MANIFEST_NAME));
        mergedManifest(multiRelease).write(out);
        out.closeEntry();
        for (int i = 0; i < inputs.size(); i++) {
          JarFile in = inputs.get(i);
          for (Map.Entry<String, JarEntry> e : contents.get(i).entrySet()) {
            String name = e.getKey();
            JarEntry entry = e.getValue();
            if (concatenatedAcrossJars(name)) {
              concatenated.merge(name, contribution(in, entry, jars.get(i)), MergeClassPath::join);
              times.putIfAbsent(name, entry.getTime());
            } else if (copied.add(name)) {
              copy(in, entry, name, out);
            }
          }
        }
      } finally {
        for (JarFile in : inputs) {
          in.close();
        }
      }
      for (Map.Entry<String, byte[]> e : concatenated.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTime(times.get(e.getKey()));
        out.putNextEntry(entry);
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    return copied.size() + concatenated.size() + 1;
  }

  /**
   * The entries of {@code in} by the name the class path reads them under, in the jar's order: a
   * multi-release jar's class in the variant {@code release} loads (variants for later releases
   * keep their versioned names); no versioned entries from a jar that is not multi-release; no
   * directories, manifests or signatures.
   */
  static Map<String, JarEntry> resolved(JarFile in, int release) throws IOException {
    Manifest own = in.getManifest();
    boolean multiRelease =
        own != null
            && "true"
                .equalsIgnoreCase(own.getMainAttributes().getValue(Attributes.Name.MULTI_RELEASE));
    Map<String, JarEntry> byName = new LinkedHashMap<>();
    Map<String, Integer> versionOf = new HashMap<>();
    for (JarEntry entry : in.stream().toList()) {
      String name = entry.getName();
      if (entry.isDirectory() || skipped(name)) {
        continue;
      }
      int version = 0;
      if (name.startsWith(VERSIONS)) {
        int slash = name.indexOf('/', VERSIONS.length());
        if (!multiRelease || slash < 0) {
          continue;
        }
        version = release(name.substring(VERSIONS.length(), slash));
        if (version < 9) {
          continue; // not a release directory: the JDK never reads it
        }
        if (version <= release) {
          name = name.substring(slash + 1);
        }
      }
      Integer taken = versionOf.get(name);
      if (taken == null || version > taken) {
        byName.put(name, entry);
        versionOf.put(name, version);
      }
    }
    return byName;
  }

  private static int release(String directory) {
    try {
      return Integer.parseInt(directory);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Entries that have no meaning in a merged jar: the manifests and the signatures of others. */
  static boolean skipped(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    if (upper.equals(JarFile.MANIFEST_NAME) || upper.equals("META-INF/INDEX.LIST")) {
      return true;
    }
    return upper.startsWith("META-INF/")
        && upper.indexOf('/', "META-INF/".length()) < 0
        && (upper.endsWith(".SF")
            || upper.endsWith(".RSA")
            || upper.endsWith(".DSA")
            || upper.endsWith(".EC"));
  }

  /** Files read from every jar that has one: service registrations, licences and notices. */
  static boolean concatenatedAcrossJars(String name) {
    if (name.startsWith("META-INF/services/")) {
      return true;
    }
    String upper = name.toUpperCase(Locale.ROOT);
    return upper.startsWith("META-INF/LICENSE") || upper.startsWith("META-INF/NOTICE");
  }

  private static byte[] contribution(JarFile in, JarEntry entry, String jarName)
      throws IOException {
    byte[] content = read(in, entry);
    if (entry.getName().startsWith("META-INF/services/")) {
      return content;
    }
    // licences and notices say which jar they came from
    String header = "---- " + Path.of(jarName).getFileName() + " ----\n";
    return join(header.getBytes(StandardCharsets.UTF_8), content);
  }

  private static byte[] join(byte[] first, byte[] second) {
    ByteArrayOutputStream joined = new ByteArrayOutputStream(first.length + second.length + 1);
    joined.writeBytes(first);
    if (first.length > 0 && first[first.length - 1] != '\n') {
      joined.write('\n');
    }
    joined.writeBytes(second);
    return joined.toByteArray();
  }

  private static void copy(JarFile in, JarEntry entry, String name, JarOutputStream out)
      throws IOException {
    ZipEntry copy = new ZipEntry(name);
    copy.setTime(entry.getTime());
    out.putNextEntry(copy);
    try (InputStream data = in.getInputStream(entry)) {
      data.transferTo(out);
    }
    out.closeEntry();
  }

  private static byte[] read(JarFile in, JarEntry entry) throws IOException {
    try (InputStream data = in.getInputStream(entry)) {
      return data.readAllBytes();
    }
  }

  private static Manifest mergedManifest(boolean multiRelease) {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.putValue("Created-By", "src/aot/MergeClassPath.java");
    if (multiRelease) {
      // variants for releases after the one resolved for are used only when the jar says so
      main.put(Attributes.Name.MULTI_RELEASE, "true");
    }
    return manifest;
  }

  private static void deleteIfEmpty(Path dir) throws IOException {
    try (var rest = Files.list(dir)) {
      if (rest.findAny().isEmpty()) {
        Files.delete(dir);
      }
    }
  }

  /** Rewrites quarkus-run.jar with {@code manifest}, keeping its other entries. */
  private static void rewriteManifest(Path runner, Manifest manifest) throws IOException {
    Path partial = runner.resolveSibling(runner.getFileName() + ".partial");
    try (JarFile in = new JarFile(runner.toFile());
        JarOutputStream out = new JarOutputStream(Files.newOutputStream(partial), manifest)) {
      for (JarEntry entry : in.stream().toList()) {
        if (!entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
          copy(in, entry, entry.getName(), out);
        }
      }
    }
    Files.move(partial, runner, StandardCopyOption.REPLACE_EXISTING);
  }
}
