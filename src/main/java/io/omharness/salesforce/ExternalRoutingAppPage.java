package io.omharness.salesforce;

import io.omharness.ui.Landmark;
import io.omharness.ui.Locator;
import io.omharness.ui.Ui;

import java.time.Duration;
import java.util.List;

/**
 * GC External Routing Integration: the newer packaging's App Launcher app with the package's settings
 * (sections Getting Started, Configure Genesys Cloud OAuth Settings, External Routing Settings), a
 * Lightning page of base components on the app's origin.
 */
public final class ExternalRoutingAppPage implements ExternalRoutingSettings {
    static final String APP_NAME = "GC External Routing Integration";
    private static final Locator OAUTH = Locator.role("region", "Configure Genesys Cloud OAuth Settings");
    private static final Locator ROUTING = Locator.role("region", "External Routing Settings");
    private static final Locator REGION = Locator.field("Genesys Cloud Region").within(OAUTH);
    private static final Locator BASE_URL = Locator.field("Base URL").within(OAUTH);
    // required fields: lightning-input puts the "*" (abbr "required") inside the label, so the name is "*Client ID"
    private static final Locator CLIENT_ID = Locator.field("Client ID").containing().within(OAUTH);
    private static final Locator CLIENT_SECRET = Locator.field("Client Secret").containing().within(OAUTH);
    private static final Locator SAVE = Locator.button("Save").within(OAUTH);
    private static final Locator SAVED = Locator.text("Your Genesys Cloud OAuth settings were saved.").within(OAUTH);
    private static final Locator SAVE_ERROR = Locator.anyOf("alert").within(OAUTH);
    private static final Locator RETRIEVE_OPTIONS = Locator.button("Retrieve Options").within(ROUTING);
    private static final Locator RETRIEVE_SUCCESS = Locator.text("Options retrieved:").containing().within(ROUTING);
    private static final Locator RETRIEVE_ERROR = Locator.anyOf("alert").within(ROUTING);
    private static final Locator RETRIEVED_OPTIONS = Locator.role("table", "Retrieved Options").within(ROUTING);
    private static final String CUSTOM_REGION = "Custom (base URL)";

    private final Ui ui;
    private final Ui retrievalUi;

    public ExternalRoutingAppPage(Ui ui, Duration retrievalTimeout) {
        this.ui = ui;
        this.retrievalUi = ui.withTimeout(retrievalTimeout);
        ui.find(Locator.heading(APP_NAME));
    }

    @Override
    public List<Landmark> landmarks() {
        return Landmark.all(Locator.heading(APP_NAME), OAUTH, REGION, BASE_URL, CLIENT_ID, CLIENT_SECRET, SAVE, ROUTING,
                RETRIEVE_OPTIONS, RETRIEVED_OPTIONS);
    }

    @Override
    public String retrieveOptions() {
        settled();
        ui.click(RETRIEVE_OPTIONS);
        if (retrievalUi.firstShown(RETRIEVE_SUCCESS, RETRIEVE_ERROR) == 1) {
            throw new IllegalStateException("Retrieve Options failed: " + ui.text(RETRIEVE_ERROR));
        }
        return ui.text(RETRIEVE_SUCCESS);
    }

    @Override
    public String retrieveOptionsExpectingError() {
        settled();
        ui.click(RETRIEVE_OPTIONS);
        if (retrievalUi.firstShown(RETRIEVE_ERROR, RETRIEVE_SUCCESS) == 1) {
            throw new IllegalStateException("Retrieve Options succeeded: " + ui.text(RETRIEVE_SUCCESS));
        }
        return ui.text(RETRIEVE_ERROR);
    }

    @Override
    public List<RetrievedOption> retrievedOptions() {
        return ExternalRoutingSettings.readRetrievedOptions(ui, RETRIEVED_OPTIONS);
    }

    @Override
    public void saveOAuthSettings(String baseUrlOrRegion, String clientId, CharSequence secret) {
        boolean url = baseUrlOrRegion.startsWith("http");
        ui.select(REGION, url ? CUSTOM_REGION : baseUrlOrRegion + " (");
        if (url) {
            ui.fill(BASE_URL, baseUrlOrRegion);
        }
        ui.fill(CLIENT_ID, clientId);
        ui.fill(CLIENT_SECRET, secret);
        ui.click(SAVE);
        if (ui.firstShown(SAVED, SAVE_ERROR) == 1) {
            throw new IllegalStateException("The OAuth settings were not saved: " + ui.text(SAVE_ERROR));
        }
    }

    /** The page loads its settings and table after it shows; Retrieve Options is enabled once they are there. */
    private void settled() {
        ui.find(RETRIEVED_OPTIONS);
    }
}
