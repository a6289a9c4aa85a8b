package io.omharness.salesforce;

import io.omharness.ui.Locator;
import io.omharness.ui.Ui;

/** Lightning's App Launcher (the waffle in the navigation bar): finds an app by its name and opens it. */
public final class AppLauncher {
    private static final Locator OPEN = Locator.button("App Launcher");
    private static final Locator LAUNCHER = Locator.dialog("App Launcher");
    private static final Locator SEARCH = Locator.field("Search apps and items...").within(LAUNCHER);

    private final Ui ui;

    public AppLauncher(Ui ui) {
        this.ui = ui;
    }

    /** Opens the App Launcher, searches for the app and opens it; waits for its page heading. */
    public void openApp(String name) {
        ui.clickUntilShown(OPEN, LAUNCHER);
        ui.fill(SEARCH, name);
        ui.click(Locator.link(name).within(LAUNCHER));
        ui.find(Locator.heading(name));
    }
}
