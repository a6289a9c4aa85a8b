package io.omharness.browser;

import io.omharness.config.BrowserSettings;
import io.omharness.genesys.GenesysLogin;
import io.omharness.target.OrgAccess;
import io.omharness.control.TwinControl;
import io.omharness.control.TenantOptions;
import io.omharness.twin.SandboxServer;
import io.omharness.twin.TenantSettings;
import io.omharness.ui.Locator;
import io.omharness.ui.Ui;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.remote.RemoteWebDriver;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** BrowserFactory with harness.browser.gridUrl set: the session runs on a Selenium Grid node, and the twin's login works through it. */
class SeleniumGridBrowserTest {
    private static LocalGrid grid;
    private static SandboxServer sandbox;
    private static BrowserSession browser;

    @BeforeAll
    static void start() {
        long started = System.nanoTime();
        grid = LocalGrid.start(Duration.ofSeconds(30));
        long ready = System.nanoTime();
        sandbox = SandboxServer.start(41, 0, TenantSettings::new);
        BrowserSettings onGrid = new BrowserSettings("chromium", true, 1440, 900,
                Optional.empty(), Optional.empty(), Optional.of(grid.url()));
        long opening = System.nanoTime();
        browser = new BrowserFactory(onGrid, DriverResolver.forThisMachine()).open("grid");
        System.out.printf("Selenium Grid ready in %d ms; remote session started in %d ms%n",
                (ready - started) / 1_000_000, (System.nanoTime() - opening) / 1_000_000);
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            try {
                if (sandbox != null) {
                    sandbox.close();
                }
            } finally {
                if (grid != null) {
                    grid.close();
                }
            }
        }
    }

    @Test
    void aRemoteSessionOnTheGridLogsInToTheGenesysTwin() {
        assertThat(browser.driver()).isInstanceOf(RemoteWebDriver.class).isNotInstanceOf(ChromeDriver.class);
        String sessionId = ((RemoteWebDriver) browser.driver()).getSessionId().toString();
        assertThat(grid.busySessions()).containsExactly(sessionId);

        OrgAccess.Genesys genesys = new TwinControl(sandbox.urls().genesys()).createTenant().genesys();
        Ui ui = new Ui(browser.driver(), Duration.ofSeconds(10), Duration.ofMillis(50));
        GenesysLogin login = new GenesysLogin(ui, genesys);
        login.logIn();

        assertThat(ui.find(Locator.heading("Admin")).isDisplayed()).isTrue();
        assertThat(login.isLoggedIn()).isTrue();
        assertThat(grid.busySessions()).containsExactly(sessionId);
    }
}
