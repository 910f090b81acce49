package org.casefunnel.support;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Debian's headless Chromium for the browser tests: found once, run once per call with a fresh
 * profile and the flags that keep it off the network and the GPU, so a run is the same on a
 * developer's machine and in CI.
 */
public final class HeadlessChromium {

  /** Flags every run takes before its own: no sandbox, GPU, QUIC, first-run or background work. */
  static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  private final String executable;

  private HeadlessChromium(String executable) {
    this.executable = executable;
  }

  /** What one run printed, and how it ended. */
  public record Run(int exitCode, String stdout, String stderr) {}

  /** CHROMIUM, else chromium or chromium-browser on the PATH, else null (the test is skipped). */
  public static HeadlessChromium find() {
    String configured = System.getenv("CHROMIUM");
    if (configured != null && new File(configured).canExecute()) {
      return new HeadlessChromium(configured);
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        File f = new File(dir, name);
        if (f.canExecute()) {
          return new HeadlessChromium(f.getAbsolutePath());
        }
      }
    }
    return null;
  }

  /**
   * Runs Chromium with the common flags, a new --user-data-dir, then {@code args}; 90 s at most.
   */
  public Run run(String... args) throws IOException, InterruptedException {
    Path profile = Scratch.directory("casefunnel-chromium");
    List<String> cmd = new ArrayList<>();
    cmd.add(executable);
    cmd.addAll(FLAGS);
    cmd.add("--user-data-dir=" + profile);
    cmd.addAll(List.of(args));
    Path out = Scratch.file("chromium", ".out");
    Path err = Scratch.file("chromium", ".err");
    Process p =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("Chromium did not finish in 90 s: " + cmd);
    }
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** Share of a screenshot's pixels that are none of the {@code background} colours (RGB). */
  public static double inkShare(Path png, Set<Integer> background) throws IOException {
    BufferedImage img = ImageIO.read(png.toFile());
    long ink = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if (!background.contains(img.getRGB(x, y) & 0xffffff)) {
          ink++;
        }
      }
    }
    return (double) ink / ((long) img.getWidth() * img.getHeight());
  }
}
