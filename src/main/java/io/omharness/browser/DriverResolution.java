package io.omharness.browser;

import java.nio.file.Path;
import java.util.Optional;

/** Which browser binary and driver a local session uses, and how they were found. */
public record DriverResolution(Source source, Optional<Path> binary, Optional<Path> driver) {

    public enum Source {
        /** harness.browser.binary / harness.browser.driver */
        CONFIG,
        /** found on this machine (/usr/bin, PATH) */
        MACHINE,
        /** downloaded by WebDriverManager: online machines only */
        WEBDRIVERMANAGER
    }
}
