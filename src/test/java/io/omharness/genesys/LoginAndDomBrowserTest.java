package io.omharness.genesys;

import io.omharness.fixture.TwinFixture;
import io.omharness.target.OrgAccess;
import io.omharness.control.TenantOptions;
import io.omharness.poll.Poll;
import io.omharness.ui.Locator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Login once per browser, session expiry back to the login page, and DOM ids that change per seed and render. */
class LoginAndDomBrowserTest {
    private static final Locator EMAIL = Locator.field("Email Address");
    private static final Duration SHORT_SESSION = Duration.ofSeconds(6);
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
        OrgAccess.Genesys shortLived = twin.control().createTenant(TenantOptions.defaults().sessionLifetime(SHORT_SESSION)).genesys();
        twin.forgetSession();
        new GenesysLogin(twin.ui(), shortLived).logIn();
        new AdminNavigation(twin.ui(), shortLived.appsUrl()).openQueues();
        String cookie = "gcx_session=" + twin.driver().manage().getCookieNamed("gcx_session").getValue();
        // long enough to log in on a busy machine; then wait for the twin to say it ended, not for a time
        Poll.until("the session to expire", SHORT_SESSION.plusSeconds(10), () -> !sessionActive(cookie));

        twin.ui().click(Locator.link("Platforms"));

        twin.ui().waitForUrl("/login/#/authenticate-adv/org/" + shortLived.org());
        assertThat(twin.ui().find(EMAIL).isDisplayed()).isTrue();
    }

    private static boolean sessionActive(String cookie) {
        try {
            twin.control().uiSession(cookie);
            return true;
        } catch (IllegalStateException answered) {
            if (answered.getMessage().contains("answered 401")) {
                return false;
            }
            throw answered;
        }
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
