package io.omharness.genesys;

import io.omharness.ui.Landmark;
import io.omharness.ui.Locator;
import io.omharness.ui.Ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Admin > Routing > Message Routing: the list of inbound message flows mapped to inbound addresses,
 * and the Message Routing page that Add opens (its own page, not a dialog) to map a flow to an address.
 */
public final class MessageRoutingPage {
    private static final Locator ADD = Locator.button("Add");
    private static final Locator FILTER = Locator.field("Filter by flow name");
    private static final Locator ROUTE_LIST = Locator.role("table", "Message routes");
    private static final Locator NO_ROUTES = Locator.text("No message routes yet.").containing();
    private static final Locator NO_MATCHES = Locator.text("No routes match the filter.");
    private static final Locator FLOW_NAMES = Locator.anyOf("rowheader").within(ROUTE_LIST);
    // the Message Routing page
    private static final Locator FLOW = Locator.field("Inbound Message Flow");
    private static final Locator ADDRESS = Locator.field("Inbound Address");
    private static final Locator SAVE = Locator.button("Save");
    private static final Locator PAGE_ERRORS = Locator.anyOf("alert");
    private static final Locator CANCEL = Locator.button("Cancel");

    private final Ui ui;

    public MessageRoutingPage(Ui ui) {
        this.ui = ui;
    }

    /** What the list shows: Add, the filter, and the routes (or the message that there are none). */
    public static List<Landmark> landmarks() {
        List<Landmark> shown = new java.util.ArrayList<>(Landmark.all(Locator.heading("Message Routing"), ADD, FILTER));
        shown.add(Landmark.either(ROUTE_LIST, NO_ROUTES));
        return shown;
    }

    /** What the Message Routing page that Add opens shows ({@link #startNewRoute}; leave it with {@link #cancelNewRoute}). */
    public static List<Landmark> routeLandmarks() {
        return Landmark.all(FLOW, ADDRESS, SAVE, CANCEL);
    }

    /** Waits until the list has loaded: the routes table, or the message that there are none. */
    public void waitUntilListed() {
        ui.firstShown(ROUTE_LIST, NO_ROUTES);
    }

    /** Leaves the Message Routing page without saving: back to the list. */
    public void cancelNewRoute() {
        ui.click(CANCEL);
        ui.waitUntilGone(FLOW);
    }

    /** Add > picks the flow and the inbound address > Save. */
    public void addRoute(String flowName, String addressName) {
        startNewRoute();
        chooseFlowAndAddressAndSave(flowName, addressName);
    }

    /** Add (top right): the Message Routing page is open with its empty flow picker. */
    public void startNewRoute() {
        ui.clickUntilShown(ADD, FLOW);
    }

    /**
     * Chooses the inbound message flow and the address on the Message Routing page and saves; returns
     * once the list shows the route, or throws the page's error when it refuses.
     */
    public void chooseFlowAndAddressAndSave(String flowName, String addressName) {
        ui.choose(FLOW, flowName);
        ui.choose(ADDRESS, addressName);
        ui.click(SAVE);
        Locator routed = Locator.role("rowheader", flowName).within(Locator.rowWith(addressName).within(ROUTE_LIST));
        if (ui.firstShown(routed, PAGE_ERRORS.first()) == 1) {
            throw new IllegalStateException("Message Routing refused the route " + flowName + " > " + addressName
                    + ": " + String.join("; ", ui.names(PAGE_ERRORS)));
        }
    }

    /** The inbound message flow the list shows for the address, if it has a route. */
    public Optional<String> flowRoutedTo(String addressName) {
        if (ui.firstShown(ROUTE_LIST, NO_ROUTES, NO_MATCHES) != 0) {
            return Optional.empty();
        }
        Locator row = Locator.rowWith(addressName).within(ROUTE_LIST);
        return ui.isShown(row) ? Optional.of(ui.text(Locator.anyOf("rowheader").within(row))) : Optional.empty();
    }

    /** Filters the list by flow name; returns the flow names it then shows. */
    public List<String> filterByFlowName(String text) {
        ui.fill(FILTER, text);
        String wanted = text.toLowerCase(Locale.ROOT);
        return ui.await("the list to show only flows named like '" + text + "'", d -> {
            if (ui.isShown(NO_MATCHES)) {
                return List.<String>of();
            }
            List<String> names = ui.names(FLOW_NAMES);
            boolean filtered = names.stream().allMatch(n -> n.toLowerCase(Locale.ROOT).contains(wanted));
            return filtered && ui.isShown(ROUTE_LIST) ? names : null;
        });
    }
}
