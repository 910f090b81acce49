package org.casefunnel.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Temporary files and directories of the tests that start processes (services, Chromium,
 * PostgreSQL): deleted when the test JVM exits, so repeated runs do not fill the machine's /tmp,
 * yet a failing test can still read its service's log while it runs.
 */
public final class Scratch {

  private static final Set<Path> CREATED = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Scratch::deleteAll, "scratch-cleanup"));
  }

  private Scratch() {}

  /** A new directory in the default temporary directory, deleted with its content at exit. */
  public static Path directory(String prefix) throws IOException {
    return register(Files.createTempDirectory(prefix));
  }

  /** A new empty file in the default temporary directory, deleted at exit. */
  public static Path file(String prefix, String suffix) throws IOException {
    return register(Files.createTempFile(prefix, suffix));
  }

  /** Deletes {@code path} (a file, or a directory with its content) when the test JVM exits. */
  public static Path register(Path path) {
    CREATED.add(path);
    return path;
  }

  static void deleteAll() {
    for (Path path : CREATED) {
      try {
        delete(path);
      } catch (IOException | UncheckedIOException e) {
        // a process still writing there at exit; the machine's /tmp cleaning takes the rest
      }
    }
  }

  static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
