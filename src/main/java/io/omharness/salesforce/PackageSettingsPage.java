package io.omharness.salesforce;

import io.omharness.ui.Locator;
import io.omharness.ui.Ui;
import org.openqa.selenium.WebDriverException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * "Managed Package Settings" of Genesys Cloud CX for Salesforce External Routing: a Visualforce page in
 * Setup's iframe (behind force-aloha-page's shadow root). Each method enters the frame and leaves it.
 */
public final class PackageSettingsPage {
    private static final Locator SETTINGS_FRAME = Locator.css("package settings frame", "iframe[name^=vfFrameId]");
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

    public PackageSettingsPage(Ui ui) {
        this(ui, Duration.ofSeconds(60));
    }

    /** @param retrievalTimeout how long Retrieve Options may take (retries after 429s included) */
    public PackageSettingsPage(Ui ui, Duration retrievalTimeout) {
        this.ui = ui;
        this.retrievalUi = ui.withTimeout(retrievalTimeout);
    }

    /** Clicks Retrieve Options and waits for the success notification; returns its text. */
    public String retrieveOptions() {
        return inFrame(() -> {
            settled();
            ui.click(RETRIEVE_OPTIONS);
            if (retrievalUi.firstShown(RETRIEVE_SUCCESS, ERROR_BANNER) == 1) {
                throw new IllegalStateException("Retrieve Options failed: " + ui.text(ERROR_BANNER));
            }
            return ui.text(RETRIEVE_SUCCESS);
        });
    }

    /** Clicks Retrieve Options expecting it to fail; returns the error banner's text. */
    public String retrieveOptionsExpectingError() {
        return inFrame(() -> {
            settled();
            ui.click(RETRIEVE_OPTIONS);
            if (retrievalUi.firstShown(ERROR_BANNER, RETRIEVE_SUCCESS) == 1) {
                throw new IllegalStateException("Retrieve Options succeeded: " + ui.text(RETRIEVE_SUCCESS));
            }
            return ui.text(ERROR_BANNER);
        });
    }

    /** The rows of the "Retrieved Options" table. */
    public List<RetrievedOption> retrievedOptions() {
        return inFrame(() -> {
            List<String> names = ui.column(RETRIEVED_OPTIONS, "Name");
            List<String> ids = ui.column(RETRIEVED_OPTIONS, "Genesys Cloud Id");
            List<String> types = ui.column(RETRIEVED_OPTIONS, "Type");
            List<RetrievedOption> out = new ArrayList<>();
            for (int i = 0; i < Math.min(names.size(), Math.min(ids.size(), types.size())); i++) {
                out.add(new RetrievedOption(names.get(i), ids.get(i), types.get(i)));
            }
            return out;
        });
    }

    /**
     * Saves "Configure Genesys Cloud OAuth Settings".
     * @param baseUrlOrRegion an API base URL (https://…) or a region such as "eu-west-1"
     */
    public void saveOAuthSettings(String baseUrlOrRegion, String clientId, CharSequence secret) {
        inFrame(() -> {
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

    private <T> T inFrame(Supplier<T> action) {
        // Configure replaces the Installed Packages page: wait until the frame holds the settings page
        // and the page has loaded its settings (the form renders late and pushes Retrieve Options down,
        // so a click before that lands where the button was).
        ui.await("the Managed Package Settings page in its frame", d -> {
            try {
                ui.leaveFrames();
                ui.enterFrame(SETTINGS_FRAME);
                return ui.isShown(TITLE) && ui.isShown(CLIENT_ID) ? true : null;
            } catch (WebDriverException notYet) {
                return null;
            }
        });
        try {
            return action.get();
        } finally {
            ui.leaveFrames();
        }
    }
}
