package io.omharness.salesforce;

import io.omharness.ui.Landmark;
import io.omharness.ui.Locator;
import io.omharness.ui.Ui;

import java.util.List;

/**
 * Setup > Installed Packages: a classic page in Setup's frame ({@link ClassicPageFrame}).
 */
public final class InstalledPackagesPage {
    private static final Locator PACKAGES_TABLE = Locator.css("installed packages table", "table.list");
    private static final String PACKAGE_NAME_COLUMN = "Package Name";

    private static Locator configureLink(String packageName) {
        return Locator.css("Configure link of " + packageName,
                "a.actionLink[title=\"Configure - " + packageName.replace("\"", "\\\"") + "\"]");
    }

    private final Ui ui;
    private final ClassicPageFrame frame;

    public InstalledPackagesPage(Ui ui) {
        this.ui = ui;
        this.frame = new ClassicPageFrame(ui, "Installed Packages", PACKAGES_TABLE);
    }

    /** What the page shows in Setup's frame: the packages table and the package's row (look at them with {@link #look}). */
    public static List<Landmark> landmarks(String packageName) {
        return Landmark.all(PACKAGES_TABLE, Locator.text(packageName).within(PACKAGES_TABLE));
    }

    /** Runs a read-only look inside the page's frame. */
    public <T> T look(java.util.function.Supplier<T> look) {
        return frame.look(look);
    }

    public List<String> packageNames() {
        return frame.run(() -> ui.column(PACKAGES_TABLE, PACKAGE_NAME_COLUMN));
    }

    /** Clicks the package's Configure link; its settings page replaces this one. */
    public void configure(String packageName) {
        frame.run(() -> ui.click(configureLink(packageName)));
    }

    /**
     * Opens the package's settings: its Configure link, or, for the newer packaging whose row has none,
     * the App Launcher app GC External Routing Integration. Then {@link ExternalRoutingSettings#shown}.
     */
    public void openSettings(String packageName) {
        boolean configurable = frame.run(() -> {
            ui.find(Locator.text(packageName).within(PACKAGES_TABLE));
            return ui.isShown(configureLink(packageName));
        });
        if (configurable) {
            configure(packageName);
        } else {
            new AppLauncher(ui).openApp(ExternalRoutingAppPage.APP_NAME);
        }
    }
}
