package io.omharness.ui;

import io.omharness.control.TenantOptions;
import io.omharness.fixture.TwinFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page that goes away while Ui asks it about the last click (a click whose page redirects to the login
 * page when the session has ended, as LoginAndDomBrowserTest's expired session does): the question is
 * asked again in the new page instead of failing the step.
 */
class NavigationRaceBrowserTest {
    private static TwinFixture twin;

    @BeforeAll
    static void open() {
        twin = TwinFixture.withBrowser("navigation-race", 41, TenantOptions.defaults());
    }

    @AfterAll
    static void quit() {
        twin.close();
    }

    @Test
    void aPageThatNavigatesWhileTheLastClickIsCheckedIsAskedAgainInTheNextPage() {
        twin.ui().open(twin.genesys().loginUrl());
        twin.script("document.body.innerHTML = '<main><button type=\"button\">Stay</button></main>';");
        twin.ui().click(Locator.button("Stay")); // leaves its press to be checked by the next command
        // The check starts in this page, which then navigates before answering: deterministic, where the
        // real race depends on timing.
        twin.script("""
                var to = arguments[0];
                var name = Object.getOwnPropertyNames(window).find(function (k) { return k.indexOf('__omhFinder') === 0; });
                window[name] = function () { setTimeout(function () { location.replace(to); }, 100); };""", twin.genesys().appsUrl() + "/gc-assets/genesys.css?redirected");

        twin.ui().waitForUrl("redirected");

        assertThat(twin.driver().getCurrentUrl()).endsWith("/gc-assets/genesys.css?redirected");
    }
}
