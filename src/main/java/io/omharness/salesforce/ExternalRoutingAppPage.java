package io.omharness.salesforce;

import io.omharness.ui.Landmark;
import io.omharness.ui.Locator;
import io.omharness.ui.Ui;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

    private final SettingsForm form;

    public ExternalRoutingAppPage(Ui ui, Duration retrievalTimeout) {
        this.form = new SettingsForm(ui, ui.withTimeout(retrievalTimeout), new SettingsForm.Fields(REGION, BASE_URL,
                CLIENT_ID, CLIENT_SECRET, SAVE, SAVED, Optional.of(SAVE_ERROR), RETRIEVE_OPTIONS, RETRIEVE_SUCCESS,
                RETRIEVE_ERROR, RETRIEVED_OPTIONS));
        ui.find(Locator.heading(APP_NAME));
    }

    @Override
    public List<Landmark> landmarks() {
        return Landmark.all(Locator.heading(APP_NAME), OAUTH, REGION, BASE_URL, CLIENT_ID, CLIENT_SECRET, SAVE, ROUTING,
                RETRIEVE_OPTIONS, RETRIEVED_OPTIONS);
    }

    @Override
    public String retrieveOptions() {
        return form.retrieveOptions();
    }

    @Override
    public String retrieveOptionsExpectingError() {
        return form.retrieveOptionsExpectingError();
    }

    @Override
    public List<RetrievedOption> retrievedOptions() {
        return form.retrievedOptions();
    }

    @Override
    public void saveOAuthSettings(String baseUrlOrRegion, String clientId, CharSequence secret) {
        form.saveOAuthSettings(baseUrlOrRegion, clientId, secret);
    }
}
