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

    @Test
    void adminSearchBoxFiltersTheAdminPageToMessageRouting() {
        useNavigation("legacy");
        twin.ui().click(Locator.link("Admin").within(Locator.role("navigation", "Main")));
        twin.ui().fill(Locator.field("Search Admin"), "message rout");
        twin.ui().waitUntilGone(Locator.link("Queues"));
        assertThat(twin.ui().names(Locator.anyOf("link").within(Locator.anyOf("main"))))
                .contains("Message Routing").doesNotContain("Platforms", "Architect");
        twin.shot("admin-search-legacy");
        twin.ui().fill(Locator.field("Search Admin"), "no such page");
        assertThat(twin.ui().text(Locator.anyOf("status"))).isEqualTo("No admin pages match \"no such page\"");
    }

    @Test
    void newMenuSearchListsMatchesWithTheirPaths() {
        useNavigation("new");
        twin.ui().click(Locator.button("Menu"));
        twin.ui().fill(Locator.field("Search menu"), "routing");
        Locator results = Locator.role("list", "Search results");
        twin.ui().find(Locator.link("Call Routing").within(results));
        assertThat(twin.ui().names(Locator.anyOf("link").within(results)))
                .containsExactly("Message Routing", "Queues", "Call Routing");
        assertThat(twin.ui().text(results)).contains("Orchestration > Routing");
        twin.shot("menu-search-new");
        twin.ui().fill(Locator.field("Search menu"), "platform");
        assertThat(twin.ui().text(Locator.link("Platform Integrations").within(results))).isEqualTo("Platform Integrations");
        twin.ui().click(Locator.button("Menu"));
    }

    private void visitEveryPage() {
        navigation.openQueues();
        assertThat(twin.ui().currentUrl()).endsWith("/directory/#/admin/routing/queues");
        navigation.openPlatforms();
        assertThat(twin.ui().currentUrl()).endsWith("/directory/#/admin/messaging/platforms");
        navigation.openMessageRouting();
        assertThat(twin.ui().currentUrl()).endsWith("/directory/#/admin/routing/message-routing");
        navigation.openQueues();
        navigation.searchForMessageRouting();
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
