package io.omharness.config;

import java.nio.file.Path;
import java.util.Optional;

/** How to start browsers: local Chrome/Chromium or Firefox, or a remote session on a Selenium Grid. */
public record BrowserSettings(
        String name,
        boolean headless,
        int windowWidth,
        int windowHeight,
        Optional<Path> binary,
        Optional<Path> driver,
        Optional<java.net.URL> gridUrl) {

    public boolean isFirefox() {
        return "firefox".equals(name);
    }
}
