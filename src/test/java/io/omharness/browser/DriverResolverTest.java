package io.omharness.browser;

import io.omharness.config.BrowserSettings;
import io.omharness.config.ConfigProblem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The order: configured paths, then this machine, then WebDriverManager. No browser is started. */
class DriverResolverTest {

    private static BrowserSettings chrome(String binary, String driver) {
        return new BrowserSettings("chrome", true, 1440, 900, Optional.ofNullable(binary).map(Path::of),
                Optional.ofNullable(driver).map(Path::of), Optional.empty());
    }

    private static DriverResolver machineWith(String path, String... executables) {
        Set<Path> present = Set.of(java.util.Arrays.stream(executables).map(Path::of).toArray(Path[]::new));
        return new DriverResolver(present::contains, path);
    }

    @Test
    void configuredPathsWinOverTheMachine() {
        DriverResolution r = machineWith("", "/opt/cd", "/usr/bin/chromedriver", "/usr/bin/chromium")
                .resolve(chrome("/opt/chrome", "/opt/cd"));
        assertThat(r.source()).isEqualTo(DriverResolution.Source.CONFIG);
        assertThat(r.driver()).contains(Path.of("/opt/cd"));
        assertThat(r.binary()).contains(Path.of("/opt/chrome"));
    }

    @Test
    void debianPackagesAreFoundWithoutTheNetwork() {
        DriverResolution r = machineWith("", "/usr/bin/chromedriver", "/usr/bin/chromium").resolve(chrome(null, null));
        assertThat(r.source()).isEqualTo(DriverResolution.Source.MACHINE);
        assertThat(r.driver()).contains(Path.of("/usr/bin/chromedriver"));
        assertThat(r.binary()).contains(Path.of("/usr/bin/chromium"));
    }

    @Test
    void aDriverOnThePathIsUsed() {
        DriverResolution r = machineWith("/opt/tools:/usr/local/bin", "/usr/local/bin/chromedriver")
                .resolve(chrome(null, null));
        assertThat(r.source()).isEqualTo(DriverResolution.Source.MACHINE);
        assertThat(r.driver()).contains(Path.of("/usr/local/bin/chromedriver"));
    }

    @Test
    void webDriverManagerOnlyWhenNoLocalDriverExists() {
        DriverResolution r = machineWith("/usr/bin", "/usr/bin/chromium").resolve(chrome(null, null));
        assertThat(r.source()).isEqualTo(DriverResolution.Source.WEBDRIVERMANAGER);
        assertThat(r.binary()).contains(Path.of("/usr/bin/chromium"));
    }

    @Test
    void aConfiguredDriverThatDoesNotExistIsABadConfigValue() {
        assertThatThrownBy(() -> machineWith("").resolve(chrome(null, "/nowhere/chromedriver")))
                .isInstanceOf(ConfigProblem.class)
                .hasMessageContaining("harness.browser.driver points to /nowhere/chromedriver");
    }

    @Test
    void firefoxLooksForGeckodriver() {
        BrowserSettings firefox = new BrowserSettings("firefox", true, 800, 600, Optional.empty(), Optional.empty(), Optional.empty());
        DriverResolution r = machineWith("", "/usr/bin/geckodriver", "/usr/bin/firefox-esr").resolve(firefox);
        assertThat(r.driver()).contains(Path.of("/usr/bin/geckodriver"));
        assertThat(r.binary()).contains(Path.of("/usr/bin/firefox-esr"));
    }
}
