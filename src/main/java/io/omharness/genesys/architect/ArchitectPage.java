package io.omharness.genesys.architect;

import io.omharness.ui.Dialog;
import io.omharness.ui.Landmark;
import io.omharness.ui.Locator;
import io.omharness.ui.Ui;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Genesys Architect's flow lists and its Create Flow dialog (Architect runs in its own window; the
 * caller switches to it first). Lists load behind a spinner and re-render; new flows may take a
 * moment to be listed, so finding one refreshes the list until it shows.
 */
public final class ArchitectPage {
    private static final Locator FLOWS_MENU = Locator.button("Flows");
    private static final Locator ADD = Locator.button("Add");
    private static final Locator REFRESH = Locator.button("Refresh");
    private static final Locator SEARCH = Locator.field("Search flows");
    private static final Locator LOADING = Locator.role("progressbar", "Loading flows");
    private static final Locator FLOW_TABLE = Locator.role("table", "Flows");
    private static final Locator FLOW_NAMES = Locator.anyOf("link").within(FLOW_TABLE);
    private static final Locator NO_FLOWS = Locator.text("No flows found").within(FLOW_TABLE);

    private final Ui ui;
    private final Dialog createFlow;
    private final Duration publishTimeout;

    public ArchitectPage(Ui ui, Duration publishTimeout) {
        this.ui = ui;
        this.createFlow = new Dialog(ui, "Create Flow");
        this.publishTimeout = publishTimeout;
    }

    /** Opens Architect directly (it also works outside the admin app's window). */
    public ArchitectPage open(String appsUrl) {
        ui.open(appsUrl + "/architect/");
        ui.find(FLOWS_MENU);
        return this;
    }

    /** What Architect's home shows: the Flows menu {@link #openFlowType} opens. */
    public static List<Landmark> landmarks() {
        return Landmark.all(FLOWS_MENU);
    }

    /** What a flow type's list shows (after {@link #openFlowType}). */
    public static List<Landmark> flowListLandmarks(String typeName) {
        return Landmark.all(Locator.heading(typeName), ADD, SEARCH, REFRESH, FLOW_TABLE);
    }

    /** Add: the Create Flow dialog opens (leave it with {@link #cancelCreateFlow}). */
    public void startCreateFlow() {
        ui.click(ADD);
        createFlow.waitUntilOpen();
    }

    /** What the Create Flow dialog shows: what {@link #addFlow} fills and presses. */
    public List<Landmark> createFlowLandmarks() {
        return Landmark.all(createFlow.locator(), createFlow.field("Name"), createFlow.field("Description"),
                createFlow.button("Create Flow"), createFlow.button("Cancel"));
    }

    /** Flows > the type (e.g. "Inbound Message"), then waits for its list. */
    public void openFlowType(String typeName) {
        ui.click(FLOWS_MENU);
        ui.click(Locator.menuItem(typeName));
        ui.find(Locator.heading(typeName));
        waitForList();
    }

    /** Creates the flow and returns its editor, open and checked out; fails with the dialog's error. */
    public FlowEditor addFlow(String name, String description) {
        fillCreateFlow(name, description);
        createFlow.submit("Create Flow");
        return new FlowEditor(ui, publishTimeout).waitUntilOpen();
    }

    /** Submits the Create Flow dialog expecting it to refuse; returns its error (the dialog stays open). */
    public String tryAddFlow(String name, String description) {
        fillCreateFlow(name, description);
        return createFlow.submitExpectingErrors("Create Flow");
    }

    public void cancelCreateFlow() {
        createFlow.cancel();
    }

    /** Types into "Search flows" and returns the names listed once the list shows only matches. */
    public List<String> searchFlow(String name) {
        ui.fill(SEARCH, name);
        String wanted = name.toLowerCase(Locale.ROOT);
        return ui.await("the flow list filtered by '" + name + "'", d -> {
            if (ui.isShown(LOADING)) {
                return null;
            }
            List<String> names = ui.names(FLOW_NAMES);
            boolean filtered = names.stream().allMatch(n -> n.toLowerCase(Locale.ROOT).contains(wanted));
            return filtered && (!names.isEmpty() || ui.isShown(NO_FLOWS)) ? names : null;
        });
    }

    /** Finds the flow (refreshing until it is listed) and opens it in the editor. */
    public FlowEditor openFlow(String name) {
        searchFlow(name);
        Locator flow = Locator.link(name).within(FLOW_TABLE);
        ui.await("flow '" + name + "' to be listed", d -> {
            if (ui.isShown(flow)) {
                return true;
            }
            if (!ui.isShown(LOADING)) {
                ui.click(REFRESH);
            }
            return null;
        });
        ui.click(flow);
        return new FlowEditor(ui, publishTimeout).waitUntilOpen();
    }

    /** Names of the flows listed now (after the list has loaded). */
    public List<String> flowNames() {
        waitForList();
        return ui.names(FLOW_NAMES);
    }

    private void fillCreateFlow(String name, String description) {
        ui.click(ADD);
        createFlow.fill("Name", name);
        createFlow.fill("Description", description);
    }

    private void waitForList() {
        ui.find(FLOW_TABLE);
        ui.waitUntilGone(LOADING);
    }
}
