package org.casefunnel.series;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The series chart in a real browser: headless Chromium renders series.svg from the test service,
 * alone and in a plain {@code <img>}, and leaves screenshots in target/browser. Skipped only when
 * Chromium is not installed (CI installs it, see .ci/run); unlike pages/BrowserIT it needs no
 * packaged service.
 */
@QuarkusTest
class SeriesBrowserTest {

  private static final Path ARTIFACTS = Path.of("target", "browser");

  @TestHTTPResource("/")
  URL base;

  @BeforeEach
  void imported() {
    SeriesDocuments.ensureImported(
        SeriesDocuments.threeSnapshots(SeriesResourceTest.FUNNEL, SeriesChartTest.TITLE));
  }

  @Test
  void seriesChartRendersInChromiumAloneAndInAnImgElement() throws Exception {
    String chromium = chromium();
    assumeTrue(chromium != null, "Chromium is not installed; the browser check is skipped");
    Files.createDirectories(ARTIFACTS);
    String chart = base.toString().replaceAll("/$", "") + SeriesResourceTest.API + "/series.svg";

    // the SVG itself beside the screenshot, for a look at any size
    Files.writeString(
        ARTIFACTS.resolve("series.svg"),
        given().get(SeriesResourceTest.API + "/series.svg").asString());
    Path shot = ARTIFACTS.resolve("series.png").toAbsolutePath();
    Files.deleteIfExists(shot);
    Run run =
        run(
            chromium,
            "--screenshot=" + shot,
            "--window-size=1200,900",
            "--virtual-time-budget=5000",
            chart);
    assertThat(run.exitCode).as(run.stderr).isZero();
    assertThat(shot).exists();
    assertThat(inkShare(shot)).as("share of non-background pixels").isGreaterThan(0.01);

    // embedded as the funnel page embeds it: the page reports the loaded image's size
    Path page = ARTIFACTS.resolve("embed-series.html").toAbsolutePath();
    Files.writeString(
        page,
        "<!DOCTYPE html><html><head><link rel=\"icon\" href=\"data:,\"><title>pending</title>"
            + "</head><body><img id=\"series\" src=\""
            + chart
            + "\" alt=\"series chart\" onload=\"document.title='loaded '+this.naturalWidth+'x'"
            + "+this.naturalHeight\" onerror=\"document.title='failed'\"></body></html>");
    Run embed = run(chromium, "--virtual-time-budget=5000", "--dump-dom", page.toUri().toString());
    assertThat(embed.stdout).containsPattern("<title>loaded 760x\\d+</title>");
  }

  /** Share of pixels that are not white. */
  private static double inkShare(Path png) throws Exception {
    BufferedImage img = ImageIO.read(png.toFile());
    long ink = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
          ink++;
        }
      }
    }
    return (double) ink / ((long) img.getWidth() * img.getHeight());
  }

  private record Run(int exitCode, String stdout, String stderr) {}

  private static Run run(String chromium, String... args) throws Exception {
    Path profile = Files.createTempDirectory("casefunnel-chromium");
    List<String> cmd = new ArrayList<>();
    cmd.add(chromium);
    cmd.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("chromium", ".out");
    Path err = Files.createTempFile("chromium", ".err");
    Process p =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("Chromium did not finish in 90 s: " + cmd);
    }
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** CHROMIUM, else chromium or chromium-browser on the PATH, else null. */
  private static String chromium() {
    String configured = System.getenv("CHROMIUM");
    if (configured != null && new File(configured).canExecute()) {
      return configured;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        File f = new File(dir, name);
        if (f.canExecute()) {
          return f.getAbsolutePath();
        }
      }
    }
    return null;
  }
}
