package io.omharness.browser;

import io.github.bonigarcia.wdm.WebDriverManager;
import io.omharness.config.BrowserSettings;
import org.openqa.selenium.Capabilities;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.firefox.FirefoxDriver;
import org.openqa.selenium.firefox.FirefoxOptions;
import org.openqa.selenium.firefox.GeckoDriverService;
import org.openqa.selenium.remote.RemoteWebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;

/** Builds one WebDriver from config: local Chromium/Chrome or Firefox, or a remote session on a Grid. */
public final class BrowserFactory {
    // Selenium warns on every session that it has no CDP bindings for this Chromium; the harness uses none.
    // java.util.logging keeps loggers weakly: the level holds only while this reference does.
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM_LOG.setLevel(Level.SEVERE);
    }

    private final BrowserSettings settings;
    private final DriverResolver resolver;
    private volatile String browserVersion = "";

    public BrowserFactory(BrowserSettings settings, DriverResolver resolver) {
        this.settings = settings;
        this.resolver = resolver;
    }

    /** A new browser with a fresh profile directory (deleted when the session quits). */
    public BrowserSession open(String sessionName) {
        Path profile = tempProfile();
        WebDriver driver = null;
        try {
            try {
                driver = settings.gridUrl().isPresent() ? remote(settings.gridUrl().get()) : local(profile);
            } catch (org.openqa.selenium.SessionNotCreatedException e) {
                throw new org.openqa.selenium.SessionNotCreatedException(whyNoSession(e), e);
            }
            if (!settings.headless() || settings.gridUrl().isPresent() || settings.isFirefox()) {
                driver.manage().window().setSize(new Dimension(settings.windowWidth(), settings.windowHeight()));
            }
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            if (driver instanceof org.openqa.selenium.HasCapabilities withCaps) {
                browserVersion = withCaps.getCapabilities().getBrowserVersion();
            }
            BrowserSession session = new BrowserSession(sessionName, driver, profile);
            ConsoleLog console = ConsoleLog.listenTo(driver);
            session.remember(ConsoleLog.class, () -> console);
            return session;
        } catch (RuntimeException startFailed) {
            // a browser that did not start leaves neither a process nor a profile directory behind
            if (driver != null) {
                try {
                    driver.quit();
                } catch (RuntimeException ignored) {
                    // it is being discarded
                }
            }
            deleteTree(profile);
            throw startFailed;
        }
    }

    private WebDriver remote(java.net.URL grid) {
        try {
            return settings.isFirefox() ? new RemoteWebDriver(grid, capabilities(null)) : new GridChromium(grid, capabilities(null));
        } catch (org.openqa.selenium.SessionNotCreatedException e) {
            throw e;
        } catch (org.openqa.selenium.WebDriverException e) {
            throw new org.openqa.selenium.SessionNotCreatedException("Could not start a session on the Selenium Grid at "
                    + grid + " (harness.browser.gridUrl): " + e.getClass().getSimpleName()
                    + (e.getCause() != null ? " caused by " + e.getCause() : ""), e);
        }
    }

    private static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp dir: best effort
        }
    }

    /** The likely cause, first: a headed browser with no display, or a browser and driver that differ. */
    private String whyNoSession(org.openqa.selenium.SessionNotCreatedException e) {
        String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        boolean noDisplay = !settings.headless() && settings.gridUrl().isEmpty()
                && System.getenv().getOrDefault("DISPLAY", "").isBlank() && System.getenv().getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        if (noDisplay || first.contains("Missing X server") || first.contains("DISPLAY")) {
            return "The browser could not open a window: a headed browser needs a display and this machine has none. "
                    + "Run headless (harness.browser.headless=true, no --headed), or under xvfb-run. (" + first + ")";
        }
        return "The browser did not start: " + first + " Check that Chromium and chromedriver come from the same source "
                + "and version (Debian: apt-get install -y chromium chromium-driver).";
    }

    /** The version of the last browser started (empty before the first). */
    public String browserVersion() {
        return browserVersion;
    }

    public String describe() {
        return settings.gridUrl().map(u -> settings.name() + " on Selenium Grid " + u)
                .orElseGet(() -> settings.name() + (settings.headless() ? " (headless)" : " (headed)"));
    }

    private WebDriver local(Path profile) {
        DriverResolution found = resolver.resolve(settings);
        if (found.source() == DriverResolution.Source.WEBDRIVERMANAGER) {
            WebDriverManager manager = settings.isFirefox() ? WebDriverManager.firefoxdriver() : WebDriverManager.chromedriver();
            manager.setup();
        }
        if (settings.isFirefox()) {
            FirefoxOptions options = (FirefoxOptions) capabilities(profile);
            found.binary().ifPresent(b -> options.setBinary(b));
            GeckoDriverService.Builder service = new GeckoDriverService.Builder();
            found.driver().ifPresent(d -> service.usingDriverExecutable(d.toFile()));
            return new FirefoxDriver(service.build(), options);
        }
        ChromeOptions options = (ChromeOptions) capabilities(profile);
        found.binary().ifPresent(b -> options.setBinary(b.toFile()));
        ChromeDriverService.Builder builder = new ChromeDriverService.Builder();
        found.driver().ifPresent(d -> builder.usingDriverExecutable(d.toFile()));
        ChromeDriverService service = builder.build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driverProcess(service).ifPresent(pid -> BrowserLeftovers.recordDriver(profile, pid));
        return driver;
    }

    private Capabilities capabilities(Path profile) {
        if (settings.isFirefox()) {
            FirefoxOptions options = new FirefoxOptions();
            if (settings.headless()) {
                options.addArguments("-headless");
            }
            options.setCapability("webSocketUrl", profile != null);
            return options;
        }
        ChromeOptions options = new ChromeOptions();
        if (settings.headless()) {
            options.addArguments("--headless=new");
        }
        options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--disable-quic", "--disable-features=Translate",
                "--window-size=" + settings.windowWidth() + "," + settings.windowHeight());
        if (profile != null) {
            options.addArguments("--user-data-dir=" + profile);
            options.setCapability("webSocketUrl", true); // WebDriver BiDi, for the console log (ConsoleLog)
        }
        return options;
    }

    /** The chromedriver this JVM started for the service (found by its port among our child processes). */
    private static java.util.Optional<Long> driverProcess(ChromeDriverService service) {
        String port = "--port=" + service.getUrl().getPort();
        return ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().orElse("").contains(port)).map(ProcessHandle::pid).findFirst();
    }

    private static Path tempProfile() {
        try {
            return BrowserLeftovers.inTempDir().newProfile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
