package org.casefunnel.support;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) as a separate operating-system
 * process, for tests that must kill it, restart it or run two of it.
 */
public final class ServiceProcess implements AutoCloseable {

  private final Path log;
  private final List<String> command;
  private final Map<String, String> env;
  private final int port;
  private Process process;

  public ServiceProcess(Map<String, String> env, List<String> systemProperties) throws IOException {
    this.port = freePort();
    this.env = env;
    this.log = Scratch.file("casefunnel-service", ".log");
    Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException("Run the package phase first: " + jar + " is missing");
    }
    command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-Dquarkus.http.port=" + port);
    command.addAll(systemProperties);
    command.add("-jar");
    command.add(jar.toString());
  }

  /** Starts the process and waits until it answers readiness checks. */
  public ServiceProcess start(Duration timeout) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().putAll(env);
    process = pb.start();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Service exited on start; log:\n" + Files.readString(log));
      }
      if (status("/q/health/ready") == 200) {
        return this;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(
        "Service not ready in " + timeout + "; log:\n" + Files.readString(log));
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed on the way out. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  public String baseUri() {
    return "http://localhost:" + port;
  }

  public int port() {
    return port;
  }

  public String log() throws IOException {
    return Files.readString(log);
  }

  private int status(String path) {
    try {
      HttpURLConnection c =
          (HttpURLConnection) URI.create(baseUri() + path).toURL().openConnection();
      c.setConnectTimeout(500);
      c.setReadTimeout(2000);
      return c.getResponseCode();
    } catch (IOException e) {
      return -1;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      process.waitFor();
    }
  }
}
