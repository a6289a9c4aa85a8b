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
    private static final Locator LEGACY_ADMIN = Locator.link("Admin");
    private static final Locator ORCHESTRATION = Locator.button("Orchestration");
    private static final Locator ROUTING = Locator.button("Routing");
    private static final Locator IT_AND_INTEGRATIONS = Locator.button("IT and Integrations");
    private static final Locator QUEUES = Locator.link("Queues");
    private static final Locator PLATFORMS = Locator.link("Platforms");
    private static final Locator MESSAGE_PLATFORMS = Locator.link("Message Platforms");
    private static final Locator MESSAGE_ROUTING = Locator.link("Message Routing");
    private static final Locator ARCHITECT = Locator.link("Architect");
    private static final Locator LOGIN_FORM = Locator.field("Email Address");

    private final Ui ui;
    private final String appsUrl;

    public AdminNavigation(Ui ui, String appsUrl) {
        this.ui = ui;
        this.appsUrl = appsUrl;
    }

    public void openQueues() {
        go(new Locator[] {QUEUES}, new Locator[] {ORCHESTRATION, ROUTING, QUEUES});
        ui.find(Locator.heading("Queues"));
    }

    public void openPlatforms() {
        go(new Locator[] {PLATFORMS}, new Locator[] {IT_AND_INTEGRATIONS, MESSAGE_PLATFORMS});
        ui.find(Locator.heading("Platforms"));
    }

    public void openMessageRouting() {
        go(new Locator[] {MESSAGE_ROUTING}, new Locator[] {ORCHESTRATION, ROUTING, MESSAGE_ROUTING});
        ui.find(Locator.heading("Message Routing"));
    }

    /** Opens Architect, which comes up in a new window; switches to it and returns its handle. */
    public String openArchitect() {
        boolean newMenu = showsNewMenu();
        if (newMenu) {
            ui.click(NEW_MENU);
            ui.click(ORCHESTRATION);
        } else {
            openAdminHome();
        }
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
