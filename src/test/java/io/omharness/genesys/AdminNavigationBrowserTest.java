package io.omharness.genesys;

import io.omharness.fixture.TwinFixture;
import io.omharness.control.TenantOptions;
import io.omharness.ui.Locator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** Every admin page is reachable through the legacy Admin menu and through the new Menu. */
class AdminNavigationBrowserTest {
    private static TwinFixture twin;
    private static AdminNavigation navigation;

    @BeforeAll
    static void logIn() {
        twin = TwinFixture.withBrowser("admin-navigation", 13, TenantOptions.defaults());
        new GenesysLogin(twin.ui(), twin.genesys()).logIn();
        navigation = new AdminNavigation(twin.ui(), twin.genesys().appsUrl());
    }

    @AfterAll
    static void quit() {
        twin.close();
    }

    @Test
    void legacyAdminMenuReachesEveryPage() {
        useNavigation("legacy");
        assertThat(navigation.showsNewMenu()).isFalse();
        twin.shot("admin-home-legacy");
        visitEveryPage();
    }

    @Test
    void newMenuReachesEveryPage() {
        useNavigation("new");
        assertThat(navigation.showsNewMenu()).isTrue();
        twin.ui().click(Locator.button("Menu"));
        twin.ui().click(Locator.button("Orchestration"));
        twin.ui().click(Locator.button("Routing"));
        twin.shot("admin-home-new-menu");
        twin.ui().click(Locator.button("Menu"));
        visitEveryPage();
    }

    private void visitEveryPage() {
        navigation.openQueues();
        assertThat(twin.ui().currentUrl()).endsWith("/directory/#/admin/routing/queues");
        navigation.openPlatforms();
        assertThat(twin.ui().currentUrl()).endsWith("/directory/#/admin/messaging/platforms");
        navigation.openMessageRouting();
        assertThat(twin.ui().currentUrl()).endsWith("/directory/#/admin/routing/message-routing");

        String admin = twin.driver().getWindowHandle();
        String architect = navigation.openArchitect();
        assertThat(architect).isNotEqualTo(admin);
        twin.ui().waitForUrl("/architect/#/inboundshortmessage/flows");
        twin.driver().close();
        twin.driver().switchTo().window(admin);
    }

    private static void useNavigation(String style) {
        twin.settings(TenantOptions.defaults().navigation(style));
        twin.ui().open("about:blank");
        twin.ui().open(twin.genesys().appsUrl() + "/directory/#/admin");
    }
}
