package io.omharness.speed;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;

/**
 * What starting a browser costs: the session (chromedriver and Chromium with a new profile), the first
 * page, and Chromium's CPU for both, with the harness's flags, without WebDriver BiDi, and with
 * Playwright's extra switches. Run: {@code mvn -o -B -Pbenchmark test -Dtest=StartCostProbe}.
 */
@Tag("benchmark")
class StartCostProbe {
    @Test
    void probe() throws Exception {
        for (int round = 0; round < 4; round++) {
            for (String variant : new String[] {"harness", "no-bidi", "playwright-switches"}) {
                ChromeOptions o = new ChromeOptions();
                o.setBinary("/usr/bin/chromium");
                o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1440,900",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--no-default-browser-check", "--disable-quic", "--disable-features=Translate",
                        "--user-data-dir=" + Files.createTempDirectory("probe"));
                o.setCapability("webSocketUrl", !variant.equals("no-bidi"));
                if (variant.equals("playwright-switches")) {
                    o.addArguments("--disable-field-trial-config", "--disable-breakpad", "--disable-component-extensions-with-background-pages",
                            "--disable-extensions", "--disable-features=OptimizationHints,MediaRouter,DialMediaRouteProvider,LensOverlay",
                            "--metrics-recording-only", "--mute-audio", "--disable-default-apps");
                }
                double cpu0 = ProcessCpu.seconds("chromium");
                long t0 = System.nanoTime();
                ChromeDriver d = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), o);
                long session = (System.nanoTime() - t0) / 1_000_000;
                try {
                    d.get("data:text/html,<h1>first page</h1>");
                    long first = (System.nanoTime() - t0) / 1_000_000;
                    System.out.printf("START %-20s session %5d ms, first page %5d ms, Chromium CPU %.2f s%n",
                            variant, session, first, ProcessCpu.seconds("chromium") - cpu0);
                } finally {
                    d.quit();
                }
            }
        }
    }
}
