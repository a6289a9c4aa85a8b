package io.omharness.genesys.architect;

import io.omharness.ui.Locator;
import io.omharness.ui.Ui;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One flow open in Architect's editor: Toolbox on the left, the Initial State task in the
 * Workspace, the Properties panel on the right, the Validation pane below. Actions are placed by
 * dragging them with the mouse, as a person does.
 */
public final class FlowEditor {
    private static final Locator TOOLBOX = Locator.role("region", "Toolbox");
    private static final Locator TRANSFER_CATEGORY = Locator.button("Transfer").within(TOOLBOX);
    private static final Locator TRANSFER_TO_ACD_TOOL = Locator.role("listitem", "Transfer to ACD").within(TOOLBOX);
    private static final Locator WORKSPACE = Locator.role("region", "Workspace");
    private static final Locator DROP_UNDER_START = Locator.role("region", "Drop action under Start").within(WORKSPACE);
    private static final Locator ACTIONS = Locator.anyOf("listitem").within(Locator.role("list", "Initial State actions"));
    private static final Locator PROPERTIES = Locator.role("region", "Properties");
    private static final Locator QUEUE = Locator.field("Queue").within(PROPERTIES);
    private static final Locator QUEUE_OPTIONS = Locator.role("listbox", "Queues").within(PROPERTIES);
    private static final Locator TOOLBAR = Locator.role("toolbar", "Flow actions");
    private static final Locator SAVE = Locator.button("Save").within(TOOLBAR);
    private static final Locator VALIDATE = Locator.button("Validate").within(TOOLBAR);
    private static final Locator PUBLISH = Locator.button("Publish").within(TOOLBAR);
    private static final Locator CHECK_IN = Locator.button("Check In").within(TOOLBAR);
    private static final Locator EDIT = Locator.button("Edit").within(TOOLBAR);
    private static final Locator ALL_SAVED = Locator.text("All changes saved");
    private static final Locator STATUS = Locator.role("status", "Flow status");
    private static final Locator PUBLISHED = Locator.text("Published").within(STATUS);
    private static final Locator VALIDATION = Locator.role("region", "Validation");
    private static final Locator VALIDATION_DONE = Locator.text("Validation found").containing().within(VALIDATION);
    private static final Locator PUBLISH_FAILED = Locator.text("Publish failed").containing().within(VALIDATION);
    private static final Locator LOCK_NOTICE = Locator.text("This flow is checked out by").containing();
    private static final Locator VALIDATION_MESSAGES = Locator.anyOf("alert").within(VALIDATION);
    /** Shown once the editor has loaded the flow. */
    private static final Locator OPEN = Locator.heading("Initial State").within(WORKSPACE);

    private final Ui ui;
    private final Duration publishTimeout;

    FlowEditor(Ui ui, Duration publishTimeout) {
        this.ui = ui;
        this.publishTimeout = publishTimeout;
    }

    FlowEditor waitUntilOpen() {
        ui.find(OPEN);
        ui.find(TOOLBAR);
        return this;
    }

    /** Expands Transfer in the Toolbox and drags Transfer to ACD under the Initial State's Start. */
    public void dragTransferToAcdUnderStart() {
        if (!ui.isShown(TRANSFER_TO_ACD_TOOL)) {
            ui.click(TRANSFER_CATEGORY);
        }
        ui.drag(TRANSFER_TO_ACD_TOOL, DROP_UNDER_START);
        ui.find(QUEUE);
    }

    /** Names of the actions in the Initial State, top to bottom. */
    public List<String> actionNames() {
        ui.find(OPEN);
        return ui.names(ACTIONS);
    }

    /**
     * Searches the Queue picker of the selected Transfer to ACD and picks the queue. The picker lists
     * all queues on focus and again for the typed search: a click that lands while the second answer
     * replaces the list picks nothing, so it clicks again until the action shows the queue.
     */
    public void chooseQueue(String queueName) {
        ui.fill(QUEUE, queueName);
        ui.clickUntilShown(Locator.option(queueName).within(QUEUE_OPTIONS), Locator.text("Queue: " + queueName).within(WORKSPACE));
    }

    public void save() {
        ui.click(SAVE);
        ui.find(ALL_SAVED);
    }

    /** Validates the flow; returns the errors and warnings the Validation pane lists. */
    public List<String> validate() {
        ui.click(VALIDATE);
        ui.find(VALIDATION_DONE);
        return ui.names(VALIDATION_MESSAGES);
    }

    /** Publishes and waits (up to the publish timeout) until the flow shows Published. */
    public void publish() {
        ui.click(PUBLISH);
        if (ui.withTimeout(publishTimeout).firstShown(PUBLISHED, PUBLISH_FAILED) == 1) {
            throw new IllegalStateException("Architect did not publish the flow: " + ui.names(VALIDATION_MESSAGES));
        }
    }

    /** Presses Publish on a flow with errors; returns the Validation pane's messages. */
    public List<String> publishExpectingErrors() {
        ui.click(PUBLISH);
        ui.withTimeout(publishTimeout).find(PUBLISH_FAILED);
        return ui.names(VALIDATION_MESSAGES);
    }

    /** The flow's status as shown: "Not published", "Validating…", "Publishing…" or "Published". */
    public String status() {
        return ui.text(STATUS);
    }

    /** The notice shown when someone else has the flow checked out (the editor is then read-only). */
    public Optional<String> lockNotice() {
        return ui.isShown(LOCK_NOTICE) ? Optional.of(ui.text(LOCK_NOTICE)) : Optional.empty();
    }

    /** Saves and checks the flow in (releasing the lock); the editor turns read-only. */
    public void checkIn() {
        ui.click(CHECK_IN);
        ui.find(EDIT);
    }
}
