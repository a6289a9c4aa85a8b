package io.omharness.report;

import io.omharness.browser.BrowserSession;
import io.omharness.browser.ConsoleLog;
import io.omharness.browser.Screenshot;
import io.omharness.config.Redactor;
import io.omharness.ui.Scripts;
import io.qameta.allure.Allure;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Attaches evidence to the current Allure step: screenshots, and on failure the page itself. */
public final class Evidence {
    private static final String DEEP_HTML = Scripts.load(Evidence.class, "deep-html.js");

    private Evidence() {
    }

    /** A screenshot of the browser now. Secret fields are password inputs, so nothing secret shows. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Screenshot shot = Screenshot.of(driver);
            Allure.addAttachment(name, shot.mimeType(), new ByteArrayInputStream(shot.bytes()), shot.extension());
        } catch (WebDriverException e) {
            Allure.addAttachment(name + " (no screenshot)", "text/plain", e.getMessage());
        }
    }

    /** Everything that helps diagnose a failed scenario: screenshot, URL, page source, console log (BiDi). */
    public static void failure(BrowserSession browser) {
        WebDriver driver = browser.driver();
        screenshot(driver, "Screenshot at failure");
        attachText("URL at failure", () -> driver.getCurrentUrl(), "text/uri-list", "txt");
        attachText("Page source at failure", () -> pageSource(driver), "text/html", "html");
        attachText("Browser console log", () -> String.join("\n", browser.recall(ConsoleLog.class)
                .map(ConsoleLog::lines).orElse(List.of("(no console log for this browser)"))), "text/plain", "txt");
    }

    /** The DOM as rendered, including open shadow roots and same-origin iframes (where the real trouble hides). */
    private static String pageSource(WebDriver driver) {
        driver.switchTo().defaultContent();
        Object html = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(DEEP_HTML);
        return html == null ? driver.getPageSource() : html.toString();
    }

    private static void attachText(String name, java.util.function.Supplier<String> text, String type, String ext) {
        String value;
        try {
            value = text.get();
        } catch (RuntimeException e) {
            value = "(unavailable: " + e.getClass().getSimpleName() + ")";
        }
        Allure.addAttachment(name, type, new ByteArrayInputStream(Redactor.redact(value).getBytes(StandardCharsets.UTF_8)), ext);
    }
}
