package io.omharness.genesys;

import io.omharness.ui.Landmark;
import io.omharness.ui.Locator;
import io.omharness.ui.Ui;

import java.util.List;

/**
 * Reaches admin pages the way a person does, through whichever navigation the org shows: the legacy
 * Admin menu (Admin > Routing > Message Routing …, with the Admin page's search box) or the new Menu
 * (Menu > Orchestration > Routing > Message Routing …, with the menu's search). Where the new Menu's path
 * is not documented (Platforms) it goes through the menu's search, as the help suggests for unknown paths.
 */
public final class AdminNavigation {
    private static final Locator NEW_MENU = Locator.button("Menu");
    private static final Locator LEGACY_ADMIN = Locator.link("Admin").within(Locator.role("navigation", "Main"));
    // the new Menu's panel: a search box, groups that expand, and links
    private static final Locator MENU = Locator.role("navigation", "Menu");
    private static final Locator MENU_SEARCH = Locator.field("Search menu").within(MENU);
    private static final Locator ORCHESTRATION = Locator.button("Orchestration").within(MENU);
    private static final Locator ROUTING = Locator.button("Routing").within(MENU);
    private static final Locator MENU_QUEUES = Locator.link("Queues").within(MENU);
    private static final Locator MENU_MESSAGE_ROUTING = Locator.link("Message Routing").within(MENU);
    private static final Locator MENU_ARCHITECT = Locator.link("Architect").within(MENU);
    // names the new Menu may give Platforms (the real one is unconfirmed)
    private static final Locator[] MENU_PLATFORMS = {Locator.link("Platforms").within(MENU),
        Locator.link("Platform Integrations").within(MENU)};
    // the legacy Admin home: a search box and a card per group of links
    private static final Locator ADMIN_SEARCH = Locator.field("Search Admin");
    private static final Locator QUEUES = Locator.link("Queues").within(Locator.role("region", "Contact Center"));
    private static final Locator PLATFORMS = Locator.link("Platforms").within(Locator.role("region", "Message"));
    private static final Locator MESSAGE_ROUTING = Locator.link("Message Routing").within(Locator.role("region", "Routing"));
    private static final Locator ARCHITECT = Locator.link("Architect").within(Locator.role("region", "Architect"));
    private static final Locator LOGIN_FORM = Locator.field("Email Address");

    private final Ui ui;
    private final String appsUrl;

    public AdminNavigation(Ui ui, String appsUrl) {
        this.ui = ui;
        this.appsUrl = appsUrl;
    }

    /**
     * What the Admin page shows for the navigation this org has: the legacy Admin menu's search box and
     * the links this class follows, or the new Menu's button (its panel is checked by using it).
     */
    public List<Landmark> landmarks() {
        if (showsNewMenu()) {
            return Landmark.all(NEW_MENU);
        }
        return Landmark.all(LEGACY_ADMIN, ADMIN_SEARCH, QUEUES, PLATFORMS, MESSAGE_ROUTING, ARCHITECT);
    }

    public void openQueues() {
        if (showsNewMenu()) {
            openMenu(ORCHESTRATION, ROUTING, MENU_QUEUES);
        } else {
            openAdminHome();
            ui.click(QUEUES);
        }
        ui.find(Locator.heading("Queues"));
    }

    /** Admin > Message > Platforms; in the new Menu, whose path is unconfirmed, through its search. */
    public void openPlatforms() {
        if (showsNewMenu()) {
            searchMenu("Platform");
            ui.click(MENU_PLATFORMS[ui.firstShown(MENU_PLATFORMS)]);
        } else {
            openAdminHome();
            ui.click(PLATFORMS);
        }
        ui.find(Locator.heading("Platforms"));
    }

    /** Admin > Routing > Message Routing, or Menu > Orchestration > Routing > Message Routing. */
    public void openMessageRouting() {
        if (showsNewMenu()) {
            openMenu(ORCHESTRATION, ROUTING, MENU_MESSAGE_ROUTING);
        } else {
            openAdminHome();
            ui.click(MESSAGE_ROUTING);
        }
        ui.find(Locator.heading("Message Routing"));
    }

    /** The guide's "search for Message Routing": the Admin page's search box, or the new Menu's. */
    public void searchForMessageRouting() {
        if (showsNewMenu()) {
            searchMenu("Message Routing");
            ui.click(MENU_MESSAGE_ROUTING);
        } else {
            openAdminHome();
            ui.fill(ADMIN_SEARCH, "Message Routing");
            // the search filters the Admin page in place: click once the other groups are gone
            ui.waitUntilGone(QUEUES);
            ui.click(MESSAGE_ROUTING);
        }
        ui.find(Locator.heading("Message Routing"));
    }

    /** Opens Architect, which comes up in a new window; switches to it and returns its handle. */
    public String openArchitect() {
        if (showsNewMenu()) {
            ui.click(NEW_MENU);
            ui.click(ORCHESTRATION);
            return ui.switchToNewWindow(() -> ui.click(MENU_ARCHITECT));
        }
        openAdminHome();
        return ui.switchToNewWindow(() -> ui.click(ARCHITECT));
    }

    /**
     * True when the page offers the new Menu rather than the legacy Admin menu.
     * @throws SessionExpired when the app sends the browser to the login page instead
     */
    public boolean showsNewMenu() {
        if (!ui.currentUrl().startsWith(appsUrl + "/directory/")) {
            ui.open(appsUrl + "/directory/#/admin");
        }
        int shown = ui.firstShown(NEW_MENU, LEGACY_ADMIN, LOGIN_FORM);
        if (shown == 2) {
            throw new SessionExpired(ui.currentUrl());
        }
        return shown == 0;
    }

    private void openMenu(Locator... path) {
        ui.click(NEW_MENU);
        for (Locator step : path) {
            ui.click(step);
        }
    }

    private void searchMenu(String text) {
        ui.click(NEW_MENU);
        ui.fill(MENU_SEARCH, text);
    }

    private void openAdminHome() {
        ui.click(LEGACY_ADMIN); // the next action waits for its target on the Admin page
    }
}
