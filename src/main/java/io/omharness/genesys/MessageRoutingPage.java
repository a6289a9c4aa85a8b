package io.omharness.genesys;

import io.omharness.ui.Dialog;
import io.omharness.ui.Locator;
import io.omharness.ui.Ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Admin > Routing > Message Routing: inbound message flows mapped to inbound addresses. */
public final class MessageRoutingPage {
    private static final Locator ADD = Locator.button("Add");
    private static final Locator FILTER = Locator.field("Filter by flow name");
    private static final Locator ROUTE_LIST = Locator.role("table", "Message routes");
    private static final Locator NO_ROUTES = Locator.text("No message routes yet.").containing();
    private static final Locator NO_MATCHES = Locator.text("No routes match the filter.");
    private static final Locator FLOW_NAMES = Locator.anyOf("rowheader").within(ROUTE_LIST);

    private final Ui ui;
    private final Dialog addDialog;

    public MessageRoutingPage(Ui ui) {
        this.ui = ui;
        this.addDialog = new Dialog(ui, "Add Message Route");
    }

    /** Add > picks the flow and the inbound address > Save. */
    public void addRoute(String flowName, String addressName) {
        startNewRoute();
        chooseFlowAndAddressAndSave(flowName, addressName);
    }

    /** Add (top right): the Add Message Route dialog is open. */
    public void startNewRoute() {
        ui.click(ADD);
        addDialog.waitUntilOpen();
    }

    /** Chooses the inbound message flow and the address in the open dialog, saves, and waits for it to close. */
    public void chooseFlowAndAddressAndSave(String flowName, String addressName) {
        addDialog.choose("Inbound Message Flow", flowName);
        addDialog.choose("Inbound Address", addressName);
        addDialog.submit("Save");
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
