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
    // Selenium warns when it has no CDP bindings for this Chromium; the harness does not use CDP. Held in a
    // field: java.util.logging keeps loggers weakly, and a collected logger forgets its level.
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
        WebDriver driver;
        try {
            driver = settings.gridUrl().isPresent()
                    ? new RemoteWebDriver(settings.gridUrl().get(), capabilities(null))
                    : local(profile);
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
        ChromeDriverService.Builder service = new ChromeDriverService.Builder();
        found.driver().ifPresent(d -> service.usingDriverExecutable(d.toFile()));
        return new ChromeDriver(service.build(), options);
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

    private static Path tempProfile() {
        try {
            return Files.createTempDirectory("omh-browser-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
