package io.omharness.speed;

import io.omharness.control.TenantOptions;
import io.omharness.fixture.TwinFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * What a DevTools screenshot costs, in wall time and in Chromium's CPU (all its processes, from /proc),
 * by format, quality, scale and optimizeForSpeed, on the twin's login page with the page changed before
 * each shot (as evidence is taken after a step). Run: {@code mvn -o -B -Pbenchmark test -Dtest=ShotCostProbe}.
 */
@Tag("benchmark")
class ShotCostProbe {
    @Test
    void probe() throws Exception {
        try (TwinFixture twin = TwinFixture.withoutBrowser(1L, TenantOptions.defaults())) {
            String url = twin.access().genesys().loginUrl();
            ChromeOptions o = new ChromeOptions();
            o.setBinary("/usr/bin/chromium");
            o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1440,900",
                    "--user-data-dir=" + Files.createTempDirectory("probe"));
            ChromeDriver d = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), o);
            try {
                d.get(url);
                Map<String, Map<String, Object>> variants = new java.util.LinkedHashMap<>();
                variants.put("jpeg85", Map.of("format", "jpeg", "quality", 85));
                variants.put("jpeg85-fast", Map.of("format", "jpeg", "quality", 85, "optimizeForSpeed", true));
                variants.put("jpeg60", Map.of("format", "jpeg", "quality", 60));
                variants.put("jpeg85-half", Map.of("format", "jpeg", "quality", 85, "clip", Map.of("x", 0, "y", 0, "width", 1440, "height", 900, "scale", 0.5)));
                variants.put("webp85", Map.of("format", "webp", "quality", 85));
                variants.put("png-fast", Map.of("format", "png", "optimizeForSpeed", true));
                for (int round = 0; round < 3; round++) {
                    for (var v : variants.entrySet()) {
                        int n = 15;
                        double c0 = ProcessCpu.seconds("chromium");
                        long t0 = System.nanoTime();
                        int size = 0;
                        for (int i = 0; i < n; i++) {
                            ((org.openqa.selenium.JavascriptExecutor) d).executeScript("document.body.style.background = arguments[0]", i % 2 == 0 ? "#fff" : "#fefefe");
                            Map<String, Object> r = d.executeCdpCommand("Page.captureScreenshot", new HashMap<>(v.getValue()));
                            size = ((String) r.get("data")).length() * 3 / 4;
                        }
                        double ms = (System.nanoTime() - t0) / 1e6 / n;
                        double cpu = (ProcessCpu.seconds("chromium") - c0) * 1000 / n;
                        System.out.printf("SHOT %-12s %6.1f ms wall  %6.1f ms chromium CPU  %7d bytes%n", v.getKey(), ms, cpu, size);
                    }
                }
            } finally {
                d.quit();
            }
        }
    }
}
