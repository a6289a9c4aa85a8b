package io.omharness.browser;

import io.omharness.control.TenantOptions;
import io.omharness.fixture.TwinFixture;
import io.omharness.genesys.GenesysLogin;
import io.omharness.ui.Locator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.remote.RemoteWebDriver;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** BrowserFactory with harness.browser.gridUrl set: the session runs on a Selenium Grid node, and the twin's login works through it. */
class SeleniumGridBrowserTest {
    private static LocalGrid grid;
    private static TwinFixture twin;

    @BeforeAll
    static void start() {
        long started = System.nanoTime();
        grid = LocalGrid.standalone(1, Duration.ofSeconds(30));
        long ready = System.nanoTime();
        twin = TwinFixture.onGrid(grid.url(), "grid", 41, TenantOptions.defaults());
        System.out.printf("Selenium Grid ready in %d ms; twin and remote session started in %d ms%n",
                (ready - started) / 1_000_000, (System.nanoTime() - ready) / 1_000_000);
    }

    @AfterAll
    static void stop() {
        try {
            if (twin != null) {
                twin.close();
            }
        } finally {
            if (grid != null) {
                grid.close();
            }
        }
    }

    @Test
    void aRemoteSessionOnTheGridLogsInToTheGenesysTwin() {
        assertThat(twin.driver()).isInstanceOf(RemoteWebDriver.class).isNotInstanceOf(ChromeDriver.class);
        String sessionId = ((RemoteWebDriver) twin.driver()).getSessionId().toString();
        assertThat(grid.busySessions()).containsExactly(sessionId);

        GenesysLogin login = new GenesysLogin(twin.ui(), twin.genesys());
        login.logIn();

        assertThat(twin.ui().find(Locator.heading("Admin")).isDisplayed()).isTrue();
        assertThat(login.isLoggedIn()).isTrue();
        assertThat(grid.busySessions()).containsExactly(sessionId);
    }

    @Test
    void devToolsCommandsReachTheNodesChromium() {
        assertThat(twin.driver()).isInstanceOf(org.openqa.selenium.chromium.HasCdp.class);
        assertThat(Screenshot.of(twin.driver()).mimeType()).as("evidence through DevTools").isEqualTo("image/jpeg");

        twin.ui().open("data:text/html,<main><label>Scratch <input></label></main>");
        twin.ui().fill(Locator.field("Scratch"), "typed@example.com");
        assertThat(twin.script("return document.activeElement.value")).isEqualTo("typed@example.com");
    }
}
