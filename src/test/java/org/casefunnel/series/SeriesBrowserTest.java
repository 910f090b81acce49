package org.casefunnel.series;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.casefunnel.support.HeadlessChromium;
import org.casefunnel.support.HeadlessChromium.Run;
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
    HeadlessChromium chromium = HeadlessChromium.find();
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
        chromium.run(
            "--screenshot=" + shot, "--window-size=1200,900", "--virtual-time-budget=5000", chart);
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(shot).exists();
    assertThat(HeadlessChromium.inkShare(shot, Set.of(0xffffff)))
        .as("share of non-background pixels")
        .isGreaterThan(0.01);

    // embedded as the funnel page embeds it: the page reports the loaded image's size
    Path page = ARTIFACTS.resolve("embed-series.html").toAbsolutePath();
    Files.writeString(
        page,
        "<!DOCTYPE html><html><head><link rel=\"icon\" href=\"data:,\"><title>pending</title>"
            + "</head><body><img id=\"series\" src=\""
            + chart
            + "\" alt=\"series chart\" onload=\"document.title='loaded '+this.naturalWidth+'x'"
            + "+this.naturalHeight\" onerror=\"document.title='failed'\"></body></html>");
    Run embed = chromium.run("--virtual-time-budget=5000", "--dump-dom", page.toUri().toString());
    assertThat(embed.stdout()).containsPattern("<title>loaded 760x\\d+</title>");
  }
}
