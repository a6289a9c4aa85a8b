package io.omharness.genesys;

import io.omharness.fixture.TwinFixture;
import io.omharness.target.OrgAccess;
import io.omharness.control.TenantOptions;
import io.omharness.ui.Locator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Login once per browser, session expiry back to the login page, and DOM ids that change per seed and render. */
class LoginAndDomBrowserTest {
    private static final Locator EMAIL = Locator.field("Email Address");
    private static TwinFixture twin;

    @BeforeAll
    static void start() {
        twin = TwinFixture.withBrowser("login-and-dom", 14, TenantOptions.defaults());
    }

    @AfterAll
    static void quit() {
        twin.close();
    }

    @Test
    void logsInOnceAndThenOnlyChecksTheCurrentPage() {
        GenesysLogin login = new GenesysLogin(twin.ui(), twin.genesys());
        twin.ui().open(twin.genesys().loginUrl());
        twin.ui().find(EMAIL);
        twin.shot("login");
        assertThat(login.isLoggedIn()).isFalse();

        login.logIn();
        assertThat(login.isLoggedIn()).isTrue();
        twin.ui().open(twin.genesys().appsUrl() + "/directory/#/");
        twin.ui().find(Locator.link("Architect"));
        twin.shot("splash");

        login.logIn();
        assertThat(twin.ui().currentUrl()).endsWith("/directory/#/");
    }

    @Test
    void anExpiredSessionSendsThePersonBackToLogin() {
        OrgAccess.Genesys shortLived = twin.control().createTenant(TenantOptions.defaults().sessionLifetime(java.time.Duration.ofSeconds(2))).genesys();
        twin.forgetSession();
        new GenesysLogin(twin.ui(), shortLived).logIn();
        AdminNavigation navigation = new AdminNavigation(twin.ui(), shortLived.appsUrl());
        navigation.openQueues();
        new QueuesPage(twin.ui()).createQueue("Outlived");
        twin.ui().waitUntilGone(Locator.role("status", "Queue created")); // 2.5 s on screen: longer than the session

        twin.ui().click(Locator.link("Platforms"));

        twin.ui().waitForUrl("/login/#/authenticate-adv/org/" + shortLived.org());
        assertThat(twin.ui().find(EMAIL).isDisplayed()).isTrue();
    }

    @Test
    void elementIdsAndClassesDifferBetweenDomSeedsAndEmberIdsBetweenRenders() {
        try (TwinFixture other = TwinFixture.withoutBrowser(99, TenantOptions.defaults())) {
            String otherLogin = other.genesys().loginUrl();
            List<String> here = idAndClassOfEmailField(twin.genesys().loginUrl());
            List<String> there = idAndClassOfEmailField(otherLogin);
            assertThat(here.get(0)).isNotEqualTo(there.get(0));
            assertThat(here.get(1)).isNotEqualTo(there.get(1));
        }
        twin.ui().open(twin.genesys().loginUrl());
        String button = twin.ui().find(Locator.button("Log In")).getAttribute("id");
        twin.driver().navigate().refresh();
        assertThat(twin.ui().find(Locator.button("Log In")).getAttribute("id")).matches("ember\\d+").isNotEqualTo(button);
    }

    private static List<String> idAndClassOfEmailField(String loginUrl) {
        twin.forgetSession();
        twin.ui().open(loginUrl);
        WebElement email = twin.ui().find(EMAIL);
        return List.of(email.getAttribute("id"), email.getAttribute("class"));
    }
}
