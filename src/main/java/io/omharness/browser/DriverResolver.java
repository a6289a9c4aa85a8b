package io.omharness.browser;

import io.omharness.config.BrowserSettings;
import io.omharness.config.ConfigProblem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds the browser and driver for a local session: configured paths first, then what is on this
 * machine, and only then WebDriverManager. Offline, WebDriverManager throws, so it must never be
 * chosen when a local driver exists.
 */
public final class DriverResolver {
    private static final List<String> CHROME_BINARIES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
    private static final List<String> CHROME_DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    private static final List<String> FIREFOX_BINARIES = List.of("/usr/bin/firefox", "/usr/bin/firefox-esr");
    private static final List<String> FIREFOX_DRIVERS = List.of("/usr/bin/geckodriver", "/usr/local/bin/geckodriver");

    private final Predicate<Path> executable;
    private final String pathVariable;

    public DriverResolver(Predicate<Path> executable, String pathVariable) {
        this.executable = executable;
        this.pathVariable = pathVariable == null ? "" : pathVariable;
    }

    public static DriverResolver forThisMachine() {
        return new DriverResolver(Files::isExecutable, System.getenv("PATH"));
    }

    public DriverResolution resolve(BrowserSettings settings) {
        if (settings.driver().isPresent()) {
            Path driver = settings.driver().get();
            if (!executable.test(driver)) {
                throw new ConfigProblem("harness.browser.driver points to " + driver
                        + ", which is not an executable file. Fix: correct the path or leave it empty to search this machine.");
            }
            return new DriverResolution(DriverResolution.Source.CONFIG, settings.binary(), Optional.of(driver));
        }
        boolean firefox = settings.isFirefox();
        Optional<Path> driver = firstExecutable(firefox ? FIREFOX_DRIVERS : CHROME_DRIVERS,
                firefox ? "geckodriver" : "chromedriver");
        Optional<Path> binary = settings.binary().or(() -> firstExecutable(firefox ? FIREFOX_BINARIES : CHROME_BINARIES,
                firefox ? "firefox" : "chromium"));
        if (driver.isPresent()) {
            return new DriverResolution(DriverResolution.Source.MACHINE, binary, driver);
        }
        return new DriverResolution(DriverResolution.Source.WEBDRIVERMANAGER, binary, Optional.empty());
    }

    private Optional<Path> firstExecutable(List<String> wellKnown, String onPath) {
        Stream<Path> candidates = Stream.concat(wellKnown.stream().map(Path::of),
                Stream.of(pathVariable.split(":")).filter(d -> !d.isBlank()).map(d -> Path.of(d, onPath)));
        return candidates.filter(executable).findFirst();
    }
}
