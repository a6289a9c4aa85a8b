package io.omharness.salesforce;

import io.omharness.control.TenantOptions;
import io.omharness.fixture.TwinFixture;
import io.omharness.salesforce.api.SalesforceApi;
import io.omharness.target.OrgAccess;
import io.omharness.twin.salesforce.model.SalesforceObjects;
import io.omharness.ui.Locator;
import io.omharness.ui.Ui;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lightning's toasts (top centre, a shadow root, a "Close" button, 3.2 s on screen) lie over the Setup
 * header in a narrow window: the toolkit closes the toast and the click reaches the link under it.
 */
class SalesforceToastBrowserTest {
    private static final Locator OBJECT_MANAGER = Locator.link("Object Manager");
    private static TwinFixture twin;
    private static OrgAccess access;
    private static Ui ui;

    @BeforeAll
    static void start() {
        twin = TwinFixture.withBrowser("salesforce-toast", 8, TenantOptions.defaults());
        access = twin.access();
        twin.driver().manage().window().setSize(new Dimension(760, 900));
        ui = twin.ui();
        ui.open(new SalesforceApi(access.salesforce(), "v60.0").frontdoorUrl("/lightning/setup/ImportedPackage/home"));
        new InstalledPackagesPage(ui).configure(SalesforceObjects.PACKAGE_NAME);
    }

    @AfterAll
    static void stop() {
        if (twin != null) twin.close();
    }

    @Test
    void theSavedToastOverTheSetupHeaderIsClosedAndTheClickGoesThrough() {
        new PackageSettingsPage(ui).saveOAuthSettings(access.genesys().apiUrl(), access.genesys().clientId(),
                access.genesys().clientSecret().reveal());
        WebElement toast = ui.find(Locator.role("status", "Your Genesys Cloud OAuth settings were saved.").containing());
        WebElement target = ui.find(OBJECT_MANAGER);
        assertThat(coveredBy(target)).as("what lies on Object Manager's centre").isEqualTo("LIGHTNING-TOAST");
        // remembered in sessionStorage: the click on the link loads another page
        js("arguments[0].querySelector('button[aria-label=Close]').addEventListener('click',"
                + " function () { sessionStorage.setItem('toastClosed', 'yes'); });", toast);

        ui.click(OBJECT_MANAGER);

        ui.waitForUrl("/lightning/setup/ObjectManager/home");
        assertThat(js("return sessionStorage.getItem('toastClosed');")).as("the toast was closed by its Close button").isEqualTo("yes");
    }

    private static String coveredBy(WebElement el) {
        return (String) js("var r = arguments[0].getBoundingClientRect();"
                + "return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2).tagName;", el);
    }

    private static Object js(String script, Object... args) {
        return twin.script(script, args);
    }
}
