package org.casefunnel.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casefunnel.support.HeadlessChromium;
import org.casefunnel.support.HeadlessChromium.Run;
import org.casefunnel.support.ServiceProcess;
import org.casefunnel.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The overview in a real browser: Debian's headless Chromium against the packaged service. The
 * screenshots stay in target/browser as test artifacts. Skipped only when Chromium is not installed
 * (CI installs it).
 */
class BrowserIT {

  private static final Path ARTIFACTS = Path.of("target", "browser");
  private static ServiceProcess service;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void start() throws Exception {
    chromium = HeadlessChromium.find();
    assumeTrue(
        chromium != null,
        "Chromium is not installed (apt-get install chromium); the browser test is skipped");
    Files.createDirectories(ARTIFACTS);
    // a new database of the kind the service was built for (H2 file, or PostgreSQL)
    service =
        new ServiceProcess(TestDatabases.newServiceDatabase("browser"), List.of())
            .start(Duration.ofSeconds(240));
  }

  @AfterAll
  static void stop() throws Exception {
    if (service != null) {
      service.close();
    }
  }

  @Test
  void funnelPageShowsTheSeedNumbersAndQuotesWithoutConsoleMessages() throws Exception {
    String url = service.baseUri() + "/funnels/met-group-cse-review";
    Run run = chromium("--dump-dom", url);
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout())
        .contains("9,000", "2,200", "1,200", "2,000–3,000")
        .contains("Sir Mark Rowley")
        .contains("upon a further review of 2,200 of them, just 1,200 remained in scope.")
        .contains("maybe 2,000 or 3,000 cases")
        .contains("chart.svg");
    // the pages run no script, so any console line for them is the browser reporting a problem
    assertThat(consoleLines(run.stderr(), service.baseUri())).isEmpty();
  }

  @Test
  void overviewScreenshotShowsTheSeedFunnel() throws Exception {
    Run dom = chromium("--dump-dom", service.baseUri() + "/");
    assertThat(dom.stdout())
        .contains("Metropolitan Police review of historic group-based child sexual abuse cases");
    assertThat(consoleLines(dom.stderr(), service.baseUri())).isEmpty();

    Path shot = ARTIFACTS.resolve("overview.png").toAbsolutePath();
    Files.deleteIfExists(shot);
    Run run = chromium("--screenshot=" + shot, "--window-size=1280,900", service.baseUri() + "/");
    assertThat(run.exitCode()).isZero();
    assertThat(shot).exists();
    assertThat(inkShare(shot)).as("share of non-background pixels").isGreaterThan(0.005);

    Path funnelShot = ARTIFACTS.resolve("funnel.png").toAbsolutePath();
    chromium(
        "--screenshot=" + funnelShot,
        "--window-size=1280,1800",
        "--virtual-time-budget=5000",
        service.baseUri() + "/funnels/met-group-cse-review");
    assertThat(funnelShot).exists();
  }

  @Test
  void chartRendersInAnImgElement() throws Exception {
    String chart = service.baseUri() + "/api/funnels/met-group-cse-review/chart.svg";
    Path page = ARTIFACTS.resolve("embed-chart.html").toAbsolutePath();
    // the test page reports the image's rendered size in its title once it has loaded
    Files.writeString(
        page,
        "<!DOCTYPE html><html><head><link rel=\"icon\" href=\"data:,\"><title>pending</title>"
            + "</head><body><img id=\"chart\" src=\""
            + chart
            + "\" alt=\"funnel chart\" onload=\"document.title='loaded '+this.naturalWidth+'x'"
            + "+this.naturalHeight\" onerror=\"document.title='failed'\"></body></html>");
    Run run = chromium("--virtual-time-budget=5000", "--dump-dom", page.toUri().toString());
    assertThat(run.stdout()).containsPattern("<title>loaded 760x\\d+</title>");

    Path shot = ARTIFACTS.resolve("chart.png").toAbsolutePath();
    chromium("--screenshot=" + shot, "--window-size=800,700", "--virtual-time-budget=5000", chart);
    assertThat(shot).exists();
    assertThat(inkShare(shot)).isGreaterThan(0.01);
  }

  /** Console messages Chromium logged for pages of the service. */
  private static List<String> consoleLines(String stderr, String base) {
    return stderr.lines().filter(l -> l.contains(":CONSOLE") && l.contains(base)).toList();
  }

  /** Chromium with its log on stderr, where the console lines of the pages are read from. */
  private static Run chromium(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("--enable-logging=stderr", "--v=0"));
    all.addAll(List.of(args));
    return chromium.run(all.toArray(String[]::new));
  }

  /** Share of pixels that are not the page background (white, or the page's light grey). */
  private static double inkShare(Path png) throws IOException {
    return HeadlessChromium.inkShare(png, Set.of(0xffffff, 0xf7fafc));
  }
}
