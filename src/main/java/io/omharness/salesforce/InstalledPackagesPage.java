package io.omharness.salesforce;

import io.omharness.ui.Locator;
import io.omharness.ui.Ui;

import java.util.List;
import java.util.function.Supplier;

/**
 * Setup > Installed Packages: a classic page that Lightning shows in an iframe behind force-aloha-page's
 * shadow root. Every method enters that frame and leaves it again.
 */
public final class InstalledPackagesPage {
    private static final Locator CLASSIC_FRAME = Locator.css("Installed Packages frame", "iframe[name^=vfFrameId]");
    private static final Locator PACKAGES_TABLE = Locator.css("installed packages table", "table.list");
    private static final String PACKAGE_NAME_COLUMN = "Package Name";

    private static Locator configureLink(String packageName) {
        return Locator.css("Configure link of " + packageName,
                "a.actionLink[title=\"Configure - " + packageName.replace("\"", "\\\"") + "\"]");
    }

    private final Ui ui;

    public InstalledPackagesPage(Ui ui) {
        this.ui = ui;
    }

    public List<String> packageNames() {
        return inFrame(() -> ui.column(PACKAGES_TABLE, PACKAGE_NAME_COLUMN));
    }

    /** Clicks the package's Configure link; its settings page replaces this one. */
    public void configure(String packageName) {
        inFrame(() -> {
            ui.click(configureLink(packageName));
            return null;
        });
    }

    private <T> T inFrame(Supplier<T> action) {
        ui.leaveFrames();
        ui.enterFrame(CLASSIC_FRAME);
        try {
            ui.find(PACKAGES_TABLE);
            return action.get();
        } finally {
            ui.leaveFrames();
        }
    }
}
