package io.omharness.genesys;

import io.omharness.ui.Locator;
import io.omharness.ui.Ui;

/**
 * Reaches admin pages the way a person does, through whichever navigation the org shows: the
 * legacy Admin menu (Admin > Contact Center > Queues …) or the new Menu (Menu > Orchestration >
 * Routing > Queues …).
 */
public final class AdminNavigation {
    private static final Locator NEW_MENU = Locator.button("Menu");
    private static final Locator LEGACY_ADMIN = Locator.link("Admin").within(Locator.role("navigation", "Main"));
    // the new Menu's panel: groups that expand, and links
    private static final Locator MENU = Locator.role("navigation", "Menu");
    private static final Locator ORCHESTRATION = Locator.button("Orchestration").within(MENU);
    private static final Locator ROUTING = Locator.button("Routing").within(MENU);
    private static final Locator IT_AND_INTEGRATIONS = Locator.button("IT and Integrations").within(MENU);
    private static final Locator MENU_QUEUES = Locator.link("Queues").within(MENU);
    private static final Locator MENU_MESSAGE_PLATFORMS = Locator.link("Message Platforms").within(MENU);
    private static final Locator MENU_MESSAGE_ROUTING = Locator.link("Message Routing").within(MENU);
    private static final Locator MENU_ARCHITECT = Locator.link("Architect").within(MENU);
    // the legacy Admin home: a card per group of links
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

    public void openQueues() {
        go(new Locator[] {QUEUES}, new Locator[] {ORCHESTRATION, ROUTING, MENU_QUEUES});
        ui.find(Locator.heading("Queues"));
    }

    public void openPlatforms() {
        go(new Locator[] {PLATFORMS}, new Locator[] {IT_AND_INTEGRATIONS, MENU_MESSAGE_PLATFORMS});
        ui.find(Locator.heading("Platforms"));
    }

    public void openMessageRouting() {
        go(new Locator[] {MESSAGE_ROUTING}, new Locator[] {ORCHESTRATION, ROUTING, MENU_MESSAGE_ROUTING});
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

    private void go(Locator[] legacyPath, Locator[] newMenuPath) {
        if (showsNewMenu()) {
            ui.click(NEW_MENU);
            clickAll(newMenuPath);
        } else {
            openAdminHome();
            clickAll(legacyPath);
        }
    }

    private void openAdminHome() {
        ui.click(LEGACY_ADMIN); // the next click waits for its link on the Admin page
    }

    private void clickAll(Locator[] path) {
        for (Locator step : path) {
            ui.click(step);
        }
    }
}
