package io.omharness.salesforce;

import io.omharness.target.OrgAccess;
import io.omharness.ui.Landmark;
import io.omharness.ui.Locator;
import io.omharness.ui.Ui;

import java.util.List;

/** Lightning Setup (on its own origin): opened from the gear menu, navigated with Quick Find. */
public final class SetupPage {
    private static final String SETUP_HOME = "/lightning/setup/SetupOneHome/home";
    private static final Locator SETUP_GEAR = Locator.button("Setup");
    private static final Locator SETUP_MENU_ITEM = Locator.menuItem("Setup");
    private static final Locator QUICK_FIND = Locator.css("Quick Find", "input[placeholder='Quick Find']");
    private static final Locator SETUP_TREE = Locator.role("navigation", "Setup Tree");
    private static final Locator SETUP_LINKS = Locator.anyOf("link").within(SETUP_TREE);
    private static final Locator QUICK_FIND_HIGHLIGHT = Locator.css("Quick Find highlight", "mark");

    private final Ui ui;
    private final OrgAccess.Salesforce access;

    public SetupPage(Ui ui, OrgAccess.Salesforce access) {
        this.ui = ui;
        this.access = access;
    }

    /** Where Lightning offers Setup (the gear menu {@link #open} uses). */
    public static List<Landmark> entryLandmarks() {
        return Landmark.all(SETUP_GEAR);
    }

    /** What Setup's home shows: Quick Find and the Setup tree. */
    public static List<Landmark> landmarks() {
        return Landmark.all(QUICK_FIND, SETUP_TREE);
    }

    /**
     * Opens Setup the way an admin does (gear > Setup), which Lightning opens in a new tab: this
     * browser continues in that tab (the pool closes extra tabs when the browser is returned).
     * From elsewhere, by its URL.
     */
    public void open() {
        if (ui.isShown(SETUP_GEAR)) {
            ui.click(SETUP_GEAR);
            ui.switchToNewWindow(() -> ui.click(SETUP_MENU_ITEM));
        } else {
            ui.open(access.setupUrl() + SETUP_HOME);
        }
        ui.find(QUICK_FIND);
        ui.all(SETUP_LINKS, 1);
    }

    /** Types into Quick Find and returns the Setup pages the filtered tree offers. */
    public List<String> quickFind(String text) {
        ui.fill(QUICK_FIND, text);
        ui.find(QUICK_FIND_HIGHLIGHT.within(SETUP_TREE));
        return ui.names(SETUP_LINKS);
    }

    /** The text Quick Find highlights in the tree (each &lt;mark&gt;). */
    public List<String> highlights() {
        return ui.names(QUICK_FIND_HIGHLIGHT.within(SETUP_TREE));
    }

    /** Finds the Setup page with Quick Find and opens it, e.g. "Installed Packages". */
    public void openFromQuickFind(String page) {
        quickFind(page);
        ui.click(Locator.link(page).within(SETUP_TREE));
        ui.find(Locator.heading(page));
    }
}
