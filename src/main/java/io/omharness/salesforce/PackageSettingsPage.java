package io.omharness.salesforce;

import io.omharness.ui.Landmark;
import io.omharness.ui.Locator;
import io.omharness.ui.Ui;

import java.time.Duration;
import java.util.List;

/**
 * "Managed Package Settings" of Genesys Cloud CX for Salesforce External Routing: a Visualforce page in
 * Setup's frame ({@link ClassicPageFrame}).
 */
public final class PackageSettingsPage implements ExternalRoutingSettings {
    private static final Locator TITLE = Locator.heading("Managed Package Settings");
    private static final Locator REGION = Locator.field("Genesys Cloud Region");
    private static final Locator BASE_URL = Locator.field("Base URL");
    private static final Locator CLIENT_ID = Locator.field("Client ID");
    private static final Locator CLIENT_SECRET = Locator.field("Client Secret");
    private static final Locator SAVE = Locator.button("Save");
    private static final Locator SAVED = Locator.text("Your Genesys Cloud OAuth settings were saved.");
    private static final Locator RETRIEVE_OPTIONS = Locator.button("Retrieve Options");
    private static final Locator RETRIEVE_SUCCESS = Locator.text("Options retrieved:").containing();
    private static final Locator ERROR_BANNER = Locator.css("error banner", "#errorDesc");
    private static final Locator RETRIEVED_OPTIONS = Locator.role("table", "Retrieved Options");
    private static final String CUSTOM_REGION = "Custom (base URL)";

    private final Ui ui;
    private final Ui retrievalUi;
    private final ClassicPageFrame frame;

    public PackageSettingsPage(Ui ui) {
        this(ui, Duration.ofSeconds(60));
    }

    /** @param retrievalTimeout how long Retrieve Options may take (retries after 429s included) */
    public PackageSettingsPage(Ui ui, Duration retrievalTimeout) {
        this.ui = ui;
        this.retrievalUi = ui.withTimeout(retrievalTimeout);
        // Configure replaces Installed Packages with this page; it has loaded once its settings show
        this.frame = new ClassicPageFrame(ui, "Managed Package Settings", TITLE, CLIENT_ID);
    }

    @Override
    public List<Landmark> landmarks() {
        return Landmark.all(TITLE, REGION, BASE_URL, CLIENT_ID, CLIENT_SECRET, SAVE, RETRIEVE_OPTIONS, RETRIEVED_OPTIONS);
    }

    @Override
    public <T> T look(java.util.function.Supplier<T> look) {
        return frame.look(look);
    }

    /** Clicks Retrieve Options and waits for the success notification; returns its text. */
    @Override
    public String retrieveOptions() {
        return frame.run(() -> {
            settled();
            ui.click(RETRIEVE_OPTIONS);
            if (retrievalUi.firstShown(RETRIEVE_SUCCESS, ERROR_BANNER) == 1) {
                throw new IllegalStateException("Retrieve Options failed: " + ui.text(ERROR_BANNER));
            }
            return ui.text(RETRIEVE_SUCCESS);
        });
    }

    /** Clicks Retrieve Options expecting it to fail; returns the error banner's text. */
    @Override
    public String retrieveOptionsExpectingError() {
        return frame.run(() -> {
            settled();
            ui.click(RETRIEVE_OPTIONS);
            if (retrievalUi.firstShown(ERROR_BANNER, RETRIEVE_SUCCESS) == 1) {
                throw new IllegalStateException("Retrieve Options succeeded: " + ui.text(RETRIEVE_SUCCESS));
            }
            return ui.text(ERROR_BANNER);
        });
    }

    /** The rows of the "Retrieved Options" table. */
    @Override
    public List<RetrievedOption> retrievedOptions() {
        return frame.run(() -> ExternalRoutingSettings.readRetrievedOptions(ui, RETRIEVED_OPTIONS));
    }

    /**
     * Saves "Configure Genesys Cloud OAuth Settings".
     * @param baseUrlOrRegion an API base URL (https://…) or a region such as "eu-west-1"
     */
    @Override
    public void saveOAuthSettings(String baseUrlOrRegion, String clientId, CharSequence secret) {
        frame.run(() -> {
            boolean url = baseUrlOrRegion.startsWith("http");
            ui.select(REGION, url ? CUSTOM_REGION : baseUrlOrRegion + " (");
            if (url) {
                ui.fill(BASE_URL, baseUrlOrRegion);
            }
            ui.fill(CLIENT_ID, clientId);
            ui.fill(CLIENT_SECRET, secret);
            ui.click(SAVE);
            ui.find(SAVED);
            return null;
        });
    }

    /**
     * The page renders its settings and the Retrieved Options table a moment after it shows, which
     * pushes Retrieve Options down the page: a click in that moment lands where the button was and
     * is lost (seen in about one run in three). Wait until the table is there, as a person would.
     */
    private void settled() {
        ui.find(RETRIEVED_OPTIONS);
    }
}
