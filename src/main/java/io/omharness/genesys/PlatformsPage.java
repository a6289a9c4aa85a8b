package io.omharness.genesys;

import io.omharness.ui.Landmark;
import io.omharness.ui.Locator;
import io.omharness.ui.Ui;

import java.util.List;

/** Admin > Message > Platforms: the platform list and the Open Messaging form. */
public final class PlatformsPage {
    private static final Locator ADD_PLATFORM = Locator.button("Add Platform");
    private static final Locator OPEN_MESSAGING_TILE = Locator.role("group", "Open Messaging");
    private static final Locator ADD_OPEN_MESSAGING = Locator.button("Add").within(OPEN_MESSAGING_TILE);
    private static final Locator NAME = Locator.field("Name");
    private static final Locator WEBHOOK_URL = Locator.field("Outbound Notification Webhook URL");
    private static final Locator SECRET_TOKEN = Locator.field("Outbound Notification Webhook Signature Secret Token");
    private static final Locator SAVE = Locator.button("Save");
    private static final Locator CANCEL = Locator.button("Cancel");
    private static final Locator FIELD_ERRORS = Locator.anyOf("alert");
    private static final Locator PLATFORM_LIST = Locator.role("table", "Platforms");

    private final Ui ui;

    public PlatformsPage(Ui ui) {
        this.ui = ui;
    }

    /** What the platform list shows. */
    public static List<Landmark> landmarks() {
        return Landmark.all(Locator.heading("Platforms"), ADD_PLATFORM, PLATFORM_LIST);
    }

    /** What the Open Messaging form shows ({@link #startOpenMessagingPlatform}; leave it with {@link #cancelForm}). */
    public static List<Landmark> formLandmarks() {
        return Landmark.all(NAME, WEBHOOK_URL, SECRET_TOKEN, SAVE, CANCEL);
    }

    /**
     * Add Platform > Open Messaging > Add, fills the form and saves. Returns once the list shows the
     * new platform, or the form shows inline errors (read them with {@link #fieldErrors()}).
     */
    public void addOpenMessagingPlatform(String name, String webhookUrl, CharSequence token) {
        startOpenMessagingPlatform();
        fillAndSave(name, webhookUrl, token);
    }

    /** Add Platform, then Add on the Open Messaging tile: the empty form is showing. */
    public void startOpenMessagingPlatform() {
        ui.click(ADD_PLATFORM);
        ui.click(ADD_OPEN_MESSAGING);
        ui.find(NAME);
    }

    /** Fills the Open Messaging form and saves; returns when the list shows it or the form shows errors. */
    public void fillAndSave(String name, String webhookUrl, CharSequence token) {
        ui.fill(NAME, name);
        ui.fill(WEBHOOK_URL, webhookUrl);
        ui.fill(SECRET_TOKEN, token);
        ui.click(SAVE);
        ui.firstShown(platformRow(name), FIELD_ERRORS.first()); // any error means the form refused
    }

    /** Leaves the Open Messaging form without saving. */
    public void cancelForm() {
        ui.click(CANCEL);
        ui.waitUntilGone(NAME);
    }

    /** Texts of the form's inline field errors (empty when there are none). */
    public List<String> fieldErrors() {
        return ui.names(FIELD_ERRORS);
    }

    /** The status the list shows for the platform, e.g. "Initiated…" or "Active". */
    public String statusOf(String name) {
        return ui.text(status(name));
    }

    /** Creation is asynchronous: waits until the list shows the platform as Active. */
    public void waitUntilActive(String name) {
        ui.waitForText(status(name), "Active");
    }

    private static Locator platformRow(String name) {
        return Locator.role("rowheader", name).within(PLATFORM_LIST);
    }

    private static Locator status(String name) {
        return Locator.anyOf("status").within(Locator.rowWith(name).within(PLATFORM_LIST));
    }
}
