package io.omharness.speed;

import io.omharness.control.TenantOptions;
import io.omharness.fixture.TwinFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.util.Map;

/**
 * What one WebDriver script command costs against the same call sent as a raw DevTools command through
 * ChromeDriver (no element references, no ChromeDriver wrapper), in wall time and in the CPU of Chromium
 * and of chromedriver, on the twin's login page. Run: {@code mvn -o -B -Pbenchmark test -Dtest=LookCostProbe}.
 */
@Tag("benchmark")
class LookCostProbe {
    private interface Call {
        void run() throws Exception;
    }

    @Test
    void probe() throws Exception {
        try (TwinFixture twin = TwinFixture.withoutBrowser(1L, TenantOptions.defaults())) {
            ChromeOptions o = new ChromeOptions();
            o.setBinary("/usr/bin/chromium");
            o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1440,900",
                    "--user-data-dir=" + Files.createTempDirectory("probe"));
            o.setCapability("webSocketUrl", true);
            ChromeDriver d = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), o);
            try {
                d.get(twin.access().genesys().loginUrl());
                JavascriptExecutor js = d;
                Map<String, Call> calls = new java.util.LinkedHashMap<>();
                calls.put("executeScript", () -> js.executeScript("return 1"));
                calls.put("executeAsyncScript", () -> js.executeAsyncScript("arguments[0](1)"));
                calls.put("cdp Runtime.evaluate", () -> d.executeCdpCommand("Runtime.evaluate", Map.of("expression", "1", "returnByValue", true)));
                calls.put("cdp evaluate awaitPromise", () -> d.executeCdpCommand("Runtime.evaluate", Map.of("expression",
                        "new Promise(r => setTimeout(() => r(1), 0))", "awaitPromise", true, "returnByValue", true)));
                for (int round = 0; round < 3; round++) {
                    for (var c : calls.entrySet()) {
                        int n = 100;
                        double b0 = ProcessCpu.seconds("chromium"), d0 = ProcessCpu.seconds("chromedriver");
                        long t0 = System.nanoTime();
                        for (int i = 0; i < n; i++) c.getValue().run();
                        double ms = (System.nanoTime() - t0) / 1e6 / n;
                        System.out.printf("LOOK %-26s %6.2f ms wall  Chromium %5.2f ms CPU  chromedriver %5.2f ms CPU%n", c.getKey(), ms,
                                (ProcessCpu.seconds("chromium") - b0) * 1000 / n, (ProcessCpu.seconds("chromedriver") - d0) * 1000 / n);
                    }
                }
            } finally {
                d.quit();
            }
        }
    }
}
