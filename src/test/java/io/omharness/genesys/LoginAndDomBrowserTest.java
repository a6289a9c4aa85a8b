package io.omharness.genesys;

import io.omharness.twin.SandboxServer;
import io.omharness.twin.TenantSettings;
import io.omharness.target.OrgAccess;
import io.omharness.control.TwinControl;
import io.omharness.control.TenantOptions;
import io.omharness.ui.Locator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Login once per browser, session expiry back to the login page, and DOM ids that change per seed and render. */
class LoginAndDomBrowserTest {
    private static final Locator EMAIL = Locator.field("Email Address");
    private static TwinFixture twin;

    @BeforeAll
    static void start() {
        twin = TwinFixture.start(14, TenantOptions.defaults());
    }

    @AfterAll
    static void quit() {
        twin.close();
    }

    @Test
    void logsInOnceAndThenOnlyChecksTheCurrentPage() {
        GenesysLogin login = new GenesysLogin(twin.ui, twin.genesys);
        twin.ui.open(twin.genesys.loginUrl());
        twin.ui.find(EMAIL);
        twin.shot("login");
        assertThat(login.isLoggedIn()).isFalse();

        login.logIn();
        assertThat(login.isLoggedIn()).isTrue();
        twin.ui.open(twin.genesys.appsUrl() + "/directory/#/");
        twin.ui.find(Locator.link("Architect"));
        twin.shot("splash");

        login.logIn();
        assertThat(twin.ui.currentUrl()).endsWith("/directory/#/");
    }

    @Test
    void anExpiredSessionSendsThePersonBackToLogin() {
        OrgAccess.Genesys shortLived = twin.control.createTenant(TenantOptions.defaults().sessionLifetime(java.time.Duration.ofSeconds(5))).genesys();
        twin.forgetSession();
        new GenesysLogin(twin.ui, shortLived).logIn();
        new AdminNavigation(twin.ui, shortLived.appsUrl()).openQueues();
        // the page stays as it is while the session runs out (asked of the API the page itself uses)
        twin.ui.await("the session to expire", d -> Long.valueOf(401).equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("var x = new XMLHttpRequest(); x.open('GET', '/api/v2/users/me', false); x.send(); return x.status;"))
                ? true : null);

        twin.ui.click(Locator.link("Platforms"));

        twin.ui.waitForUrl("/login/#/authenticate-adv/org/" + shortLived.org());
        assertThat(twin.ui.find(EMAIL).isDisplayed()).isTrue();
    }

    @Test
    void elementIdsAndClassesDifferBetweenDomSeedsAndEmberIdsBetweenRenders() {
        try (SandboxServer other = SandboxServer.start(99, 0, TenantSettings::new)) {
            String otherLogin = new TwinControl(other.urls().genesys()).createTenant().genesys().loginUrl();
            List<String> here = idAndClassOfEmailField(twin.genesys.loginUrl());
            List<String> there = idAndClassOfEmailField(otherLogin);
            assertThat(here.get(0)).isNotEqualTo(there.get(0));
            assertThat(here.get(1)).isNotEqualTo(there.get(1));
        }
        twin.ui.open(twin.genesys.loginUrl());
        String button = twin.ui.find(Locator.button("Log In")).getAttribute("id");
        twin.browser.driver().navigate().refresh();
        assertThat(twin.ui.find(Locator.button("Log In")).getAttribute("id")).matches("ember\\d+").isNotEqualTo(button);
    }

    private static List<String> idAndClassOfEmailField(String loginUrl) {
        twin.forgetSession();
        twin.ui.open(loginUrl);
        WebElement email = twin.ui.find(EMAIL);
        return List.of(email.getAttribute("id"), email.getAttribute("class"));
    }
}
