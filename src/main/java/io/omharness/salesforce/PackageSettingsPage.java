package io.omharness.salesforce;

import io.omharness.ui.Landmark;
import io.omharness.ui.Locator;
import io.omharness.ui.Ui;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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

    private final SettingsForm form;
    private final ClassicPageFrame frame;

    public PackageSettingsPage(Ui ui) {
        this(ui, Duration.ofSeconds(60));
    }

    /** @param retrievalTimeout how long Retrieve Options may take (retries after 429s included) */
    public PackageSettingsPage(Ui ui, Duration retrievalTimeout) {
        this.form = new SettingsForm(ui, ui.withTimeout(retrievalTimeout), new SettingsForm.Fields(REGION, BASE_URL,
                CLIENT_ID, CLIENT_SECRET, SAVE, SAVED, Optional.empty(), RETRIEVE_OPTIONS, RETRIEVE_SUCCESS, ERROR_BANNER,
                RETRIEVED_OPTIONS));
        // Configure replaces Installed Packages with this page; it has loaded once its settings show
        this.frame = new ClassicPageFrame(ui, "Managed Package Settings", TITLE, CLIENT_ID);
    }

    @Override
    public List<Landmark> landmarks() {
        return Landmark.all(TITLE, REGION, BASE_URL, CLIENT_ID, CLIENT_SECRET, SAVE, RETRIEVE_OPTIONS, RETRIEVED_OPTIONS);
    }

    @Override
    public <T> T look(Supplier<T> look) {
        return frame.look(look);
    }

    @Override
    public String retrieveOptions() {
        return frame.run(form::retrieveOptions);
    }

    @Override
    public String retrieveOptionsExpectingError() {
        return frame.run(form::retrieveOptionsExpectingError);
    }

    @Override
    public List<RetrievedOption> retrievedOptions() {
        return frame.run(form::retrievedOptions);
    }

    @Override
    public void saveOAuthSettings(String baseUrlOrRegion, String clientId, CharSequence secret) {
        frame.run(() -> {
            form.saveOAuthSettings(baseUrlOrRegion, clientId, secret);
            return null;
        });
    }
}
