package io.omharness.browser;

import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * One browser and what it remembers between scenarios (who is logged in where, the sandbox
 * tenant it belongs to). Borrowed from the {@link BrowserPool} by one scenario at a time.
 */
public final class BrowserSession implements AutoCloseable {
    private final String name;
    private final WebDriver driver;
    private final Path profileDir;
    private final Map<Class<?>, Object> memory = new ConcurrentHashMap<>();
    private String homeWindow;

    BrowserSession(String name, WebDriver driver, Path profileDir) {
        this.name = name;
        this.driver = driver;
        this.profileDir = profileDir;
        this.homeWindow = driver.getWindowHandle();
    }

    public String name() {
        return name;
    }

    public WebDriver driver() {
        return driver;
    }

    /** State that outlives one scenario but belongs to this browser (e.g. a login). */
    @SuppressWarnings("unchecked")
    public <T> T remember(Class<T> type, java.util.function.Supplier<T> create) {
        return (T) memory.computeIfAbsent(type, t -> create.get());
    }

    public <T> java.util.Optional<T> recall(Class<T> type) {
        return java.util.Optional.ofNullable(type.cast(memory.get(type)));
    }

    /** Closes extra windows and dialogs so the next scenario starts from one clean window. */
    void resetUiState() {
        try {
            driver.switchTo().alert().dismiss();
        } catch (NoAlertPresentException ignored) {
            // nothing open
        }
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(homeWindow)) {
                driver.switchTo().window(handle).close();
            }
        }
        driver.switchTo().window(homeWindow);
        driver.switchTo().defaultContent();
    }

    /** Quits the browser and deletes its profile directory (tests that open their own browser call this). */
    @Override
    public void close() {
        quit();
    }

    void quit() {
        try {
            driver.quit();
        } catch (WebDriverException ignored) {
            // already gone
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profileDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp dir: best effort
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
