package org.casefunnel.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * A private PostgreSQL server in a throw-away directory on loopback, that a test may stop and start
 * (started by {@code .ci/postgres.sh}, as the postgres user when the tests run as root).
 */
public final class LocalPostgres implements AutoCloseable {

  private final Path dir;
  private final int port;

  public LocalPostgres() throws IOException {
    // /tmp rather than target/: the postgres user must be able to reach the directory
    this.dir = Scratch.register(Files.createTempDirectory(Path.of("/tmp"), "casefunnel-pg"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    try (ServerSocket s = new ServerSocket(0)) {
      this.port = s.getLocalPort();
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  /** Starts the server (creating it on the first call) and returns once it accepts connections. */
  public void start() throws IOException, InterruptedException {
    run("start", dir.toString(), Integer.toString(port));
  }

  /** Stops the server (fast shutdown: open connections are cut). */
  public void stop() throws IOException, InterruptedException {
    run("stop", dir.toString());
  }

  private static void run(String... args) throws IOException, InterruptedException {
    String[] command = new String[args.length + 2];
    command[0] = "bash";
    command[1] = Path.of(".ci", "postgres.sh").toString();
    System.arraycopy(args, 0, command, 2, args.length);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("postgres.sh " + args[0] + " timed out");
    }
    String out = new String(p.getInputStream().readAllBytes());
    if (p.exitValue() != 0) {
      throw new IllegalStateException("postgres.sh " + args[0] + " failed: " + out);
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    stop();
  }
}
