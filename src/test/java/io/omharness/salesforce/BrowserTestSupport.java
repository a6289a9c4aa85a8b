package io.omharness.salesforce;

import io.omharness.browser.BrowserFactory;
import io.omharness.browser.BrowserSession;
import io.omharness.browser.DriverResolver;
import io.omharness.config.BrowserSettings;
import io.omharness.ui.Ui;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** One headless browser per test class, and screenshots into -Dsalesforce.shots=<dir> when asked. */
final class BrowserTestSupport {
    private BrowserTestSupport() {
    }

    static BrowserSession openBrowser(String name) {
        BrowserSettings settings = new BrowserSettings("chrome", true, 1440, 900, Optional.empty(), Optional.empty(), Optional.empty());
        return new BrowserFactory(settings, DriverResolver.forThisMachine()).open(name);
    }

    static Ui ui(BrowserSession browser) {
        return new Ui(browser.driver(), Duration.ofSeconds(10), Duration.ofMillis(50));
    }

    static void shot(BrowserSession browser, String name) {
        String dir = System.getProperty("salesforce.shots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Path target = Path.of(dir);
            Files.createDirectories(target);
            Files.write(target.resolve(name + ".png"), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
