package io.omharness.speed;

import io.omharness.control.TenantOptions;
import io.omharness.fixture.TwinFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;

/**
 * What one WebDriver command costs on this machine, on the twin's login page: ChromeDriver's element
 * click against one W3C Actions command (move, press, release), sendKeys of 1 and 30 characters against
 * Actions keys, a script, an async script, a screenshot; with the harness's Chromium flags and with
 * Playwright's extra ones. This is what made Ui click through Actions (14-48 ms against 250-450 ms at
 * load 8-20) and keep sendKeys (Actions typing costs about 11 ms per character, no better for names).
 * Run: {@code mvn -o -B -Pbenchmark test -Dtest=CommandCostProbe}. It also times a finder.js lookup and the three
 * ways to take a screenshot (WebDriver PNG, DevTools PNG, DevTools JPEG).
 */
@Tag("benchmark")
class CommandCostProbe {
    @Test
    void probe() throws Exception {
        try (TwinFixture twin = TwinFixture.withoutBrowser(1L, TenantOptions.defaults())) {
            String url = twin.access().genesys().loginUrl();
            for (int round = 0; round < 1; round++) {
                for (boolean bidi : new boolean[] {true, false}) {
                    for (boolean pwFlags : new boolean[] {false, true}) {
                        measure(url, bidi, PageLoadStrategy.NORMAL, pwFlags);
                    }
                }
            }
        }
    }

    private static void measure(String url, boolean bidi, PageLoadStrategy strategy, boolean pwFlags) throws Exception {
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1440,900",
                "--user-data-dir=" + Files.createTempDirectory("probe"));
        o.setPageLoadStrategy(strategy);
        if (pwFlags) {
            o.addArguments("--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows",
                    "--disable-renderer-backgrounding", "--disable-ipc-flooding-protection", "--allow-pre-commit-input",
                    "--disable-features=PaintHolding,Translate", "--disable-hang-monitor", "--disable-extensions",
                    "--disable-back-forward-cache", "--hide-scrollbars", "--mute-audio");
        }
        if (bidi) {
            o.setCapability("webSocketUrl", true);
        }
        ChromeDriverService svc = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        WebDriver d = new ChromeDriver(svc, o);
        try {
            long t0 = System.nanoTime();
            d.get(url);
            long get = System.nanoTime() - t0;
            WebElement field = d.findElement(By.cssSelector("input[type=email], input[name=email]"));
            int n = 20;
            t0 = System.nanoTime();
            for (int i = 0; i < n; i++) field.click();
            long click = (System.nanoTime() - t0) / n;
            t0 = System.nanoTime();
            org.openqa.selenium.interactions.PointerInput mouse = new org.openqa.selenium.interactions.PointerInput(
                    org.openqa.selenium.interactions.PointerInput.Kind.MOUSE, "mouse");
            for (int i = 0; i < n; i++) {
                ((org.openqa.selenium.interactions.Interactive) d).perform(java.util.List.of(new org.openqa.selenium.interactions.Sequence(mouse, 0)
                        .addAction(mouse.createPointerMove(java.time.Duration.ZERO, org.openqa.selenium.interactions.PointerInput.Origin.fromElement(field), 0, 0))
                        .addAction(mouse.createPointerDown(0)).addAction(mouse.createPointerUp(0))));
            }
            long actClick = (System.nanoTime() - t0) / n;
            t0 = System.nanoTime();
            for (int i = 0; i < n; i++) ((JavascriptExecutor) d).executeScript("return 1");
            long script = (System.nanoTime() - t0) / n;
            t0 = System.nanoTime();
            for (int i = 0; i < n; i++) ((JavascriptExecutor) d).executeAsyncScript("arguments[0](1)");
            long async = (System.nanoTime() - t0) / n;
            String finder = "var request = arguments[0], done = arguments[arguments.length - 1];\n"
                    + io.omharness.ui.Scripts.load(io.omharness.ui.Ui.class, "finder.js");
            java.util.Map<String, Object> request = java.util.Map.of("mode", "one", "waitMs", 0, "signInPages", java.util.List.of(),
                    "spec", java.util.Map.of("label", "Email Address", "exact", true));
            t0 = System.nanoTime();
            for (int i = 0; i < n; i++) ((JavascriptExecutor) d).executeAsyncScript(finder, request);
            long find = (System.nanoTime() - t0) / n;
            System.out.println("[probe] finder.js lookup " + find / 1_000_000 + " ms");
            t0 = System.nanoTime();
            for (int i = 0; i < n; i++) field.sendKeys("a");
            long keys = (System.nanoTime() - t0) / n;
            t0 = System.nanoTime();
            for (int i = 0; i < 5; i++) field.sendKeys("abcdefghijklmnopqrstuvwxyz0123");
            long keys30 = (System.nanoTime() - t0) / 5;
            t0 = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                ((JavascriptExecutor) d).executeScript("arguments[0].focus()", field);
                new org.openqa.selenium.interactions.Actions(d).keyDown(org.openqa.selenium.Keys.CONTROL).sendKeys("a")
                        .keyUp(org.openqa.selenium.Keys.CONTROL).sendKeys(org.openqa.selenium.Keys.DELETE)
                        .sendKeys("abcdefghijklmnopqrstuvwxyz0123").perform();
            }
            long actKeys30 = (System.nanoTime() - t0) / 5;
            System.out.println("[probe] value after actions typing: " + field.getDomProperty("value") + " act-keys30 " + actKeys30 / 1_000_000 + " ms");
            t0 = System.nanoTime();
            for (int i = 0; i < 5; i++) ((org.openqa.selenium.TakesScreenshot) d).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            long shot = (System.nanoTime() - t0) / 5;
            t0 = System.nanoTime();
            for (int i = 0; i < 5; i++) ((org.openqa.selenium.chromium.HasCdp) d).executeCdpCommand("Page.captureScreenshot", java.util.Map.of("format", "png"));
            long cdpPng = (System.nanoTime() - t0) / 5;
            t0 = System.nanoTime();
            for (int i = 0; i < 5; i++) ((org.openqa.selenium.chromium.HasCdp) d).executeCdpCommand("Page.captureScreenshot", java.util.Map.of("format", "jpeg", "quality", 85));
            System.out.println("[probe] screenshot: WebDriver PNG " + shot / 1_000_000 + " ms, DevTools PNG " + cdpPng / 1_000_000
                    + " ms, DevTools JPEG 85 " + (System.nanoTime() - t0) / 5 / 1_000_000 + " ms");
            System.out.printf("[probe] pw=%-5s bidi=%-5s %-6s get %4d ms click %4d ms act-click %4d ms keys30 %4d ms script %4d ms async %4d ms keys %4d ms shot %4d ms  load %s%n",
                    pwFlags, bidi, strategy, get / 1_000_000, click / 1_000_000, actClick / 1_000_000, keys30 / 1_000_000, script / 1_000_000, async / 1_000_000, keys / 1_000_000,
                    shot / 1_000_000, Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
        } finally {
            d.quit();
        }
    }
}
