package io.omharness.salesforce;

import io.omharness.browser.BrowserPool;
import io.omharness.browser.BrowserSession;
import io.omharness.control.TenantOptions;
import io.omharness.fixture.TwinFixture;
import io.omharness.target.OrgAccess;
import io.omharness.twin.salesforce.model.SalesforceObjects;
import io.omharness.ui.Locator;
import io.omharness.ui.Ui;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchShadowRootException;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Login with identity verification, Setup in a new tab on its own origin, Quick Find, synthetic shadow
 * (most of Lightning: children in the light DOM) and the classic iframe in force-aloha-page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SalesforceSetupBrowserTest {
    private static TwinFixture twin;
    private static OrgAccess access;
    private static Ui ui;

    @BeforeAll
    static void start() {
        twin = TwinFixture.withBrowser("salesforce-setup", 42, TenantOptions.defaults().identityVerification(true));
        access = twin.access();
        ui = twin.ui();
    }

    @AfterAll
    static void stop() {
        if (twin != null) twin.close();
    }

    @Test
    @Order(1)
    void wrongPasswordShowsTheLoginError() {
        ui.open(access.salesforce().loginUrl());
        twin.shot("01-login");
        ui.fill(Locator.css("username", "#username"), access.salesforce().username());
        ui.fill(Locator.css("password", "#password"), "not-the-password");
        ui.click(Locator.css("log in", "#Login"));
        assertThat(ui.text(Locator.css("login error", "#error"))).contains("Please check your username and password");
    }

    @Test
    @Order(2)
    void logsInThroughIdentityVerification() {
                SalesforceLogin login = new SalesforceLogin(ui, access.salesforce());
        login.logIn(() -> {
            assertThat(login.asksToVerifyIdentity()).isTrue();
            assertThat(ui.text(Locator.heading("Verify Your Identity"))).isEqualTo("Verify Your Identity");
            twin.shot("02-verify-identity");
            return twin.control().verificationCode(twin.tenantId());
        });
        assertThat(ui.currentUrl()).startsWith(access.salesforce().loginUrl()).contains("/lightning/page/home");
        ui.find(Locator.heading("Genesys Cloud Routing Options"));
        twin.shot("03-app-home");
    }

    @Test
    @Order(3)
    void setupOpensInANewTabOnItsOwnOriginWithItsOwnSession() {
        String appTab = twin.driver().getWindowHandle();
        new SetupPage(ui, access.salesforce()).open();
        assertThat(twin.driver().getWindowHandles()).as("the app's tab and Setup's").hasSize(2).contains(appTab);
        assertThat(twin.driver().getWindowHandle()).as("the page object continues in Setup's tab").isNotEqualTo(appTab);
        assertThat(ui.currentUrl()).startsWith(access.salesforce().setupUrl() + "/lightning/setup/SetupOneHome/home");
        assertThat(access.salesforce().setupUrl()).isNotEqualTo(access.salesforce().loginUrl().replaceAll("/$", ""));
        ui.find(Locator.heading("Most Recently Used"));
        // synthetic shadow: lightning-button's <button> is its light-DOM child, the host has no shadow root
        WebElement button = ui.find(Locator.button("Get Started"));
        WebElement host = button.findElement(By.xpath(".."));
        assertThat(host.getTagName()).isEqualTo("lightning-button");
        assertThatThrownBy(host::getShadowRoot).isInstanceOf(NoSuchShadowRootException.class);
        twin.shot("04-setup-home");
    }

    @Test
    @Order(4)
    void quickFindHighlightsMatches() {
        SetupPage setup = new SetupPage(ui, access.salesforce());
        List<String> pages = setup.quickFind("install");
        assertThat(pages).contains("Installed Packages").doesNotContain("Users", "Apex Classes");
        assertThat(setup.highlights()).contains("Install");
        twin.shot("05-quick-find");
        setup.openFromQuickFind("Installed Packages");
        assertThat(ui.currentUrl()).contains("/lightning/setup/ImportedPackage/home");
    }

    @Test
    @Order(5)
    void installedPackagesAreReadThroughForceAlohaPagesIframe() {
        List<String> names = new InstalledPackagesPage(ui).packageNames();
        assertThat(names).contains(SalesforceObjects.PACKAGE_NAME, "Genesys Cloud for Salesforce", "Salesforce Connected Apps");
        // synthetic shadow (the default): the iframe is force-aloha-page's light-DOM child, even for XPath
        WebElement frame = twin.driver().findElement(By.xpath("//force-aloha-page//iframe[starts-with(@name, 'vfFrameId')]"));
        assertThat(frame.getAttribute("title")).isEqualTo("Installed Packages");
        assertThatThrownBy(() -> twin.driver().findElement(By.tagName("force-aloha-page")).getShadowRoot())
                .isInstanceOf(NoSuchShadowRootException.class);
        twin.shot("06-installed-packages");
    }

    @Test
    @Order(6)
    void configureOpensManagedPackageSettings() {
        new InstalledPackagesPage(ui).configure(SalesforceObjects.PACKAGE_NAME);
        new PackageSettingsPage(ui).retrievedOptions();
        assertThat(ui.currentUrl()).contains("/lightning/setup/ImportedPackage/page?address=");
        twin.shot("07-package-settings-before");
    }

    @Test
    @Order(7)
    void aBrowserGivenBackToThePoolKeepsOnlyItsFirstTab() {
        assertThat(twin.driver().getWindowHandles()).hasSize(2);
        BrowserPool pool = new BrowserPool(1, name -> twin.browser());
        BrowserSession borrowed = pool.borrow(Duration.ofSeconds(1));
        pool.giveBack(borrowed);
        assertThat(twin.driver().getWindowHandles()).hasSize(1);
        assertThat(ui.currentUrl()).contains("/lightning/page/home");
        assertThat(pool.borrow(Duration.ofSeconds(1))).isSameAs(borrowed);
    }
}
