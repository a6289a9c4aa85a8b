package io.omharness.salesforce;

import io.omharness.ui.Landmark;
import io.omharness.ui.Locator;
import io.omharness.ui.Ui;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The External Routing package's OAuth settings and Retrieve Options, wherever the org shows them: the
 * Managed Package Settings page that Configure opens ({@link PackageSettingsPage}), or the newer
 * packaging's App Launcher app GC External Routing Integration ({@link ExternalRoutingAppPage}).
 */
public interface ExternalRoutingSettings {

    /** Clicks Retrieve Options and waits for the success notification; returns its text. */
    String retrieveOptions();

    /** Clicks Retrieve Options expecting it to fail; returns the error's text. */
    String retrieveOptionsExpectingError();

    /** The rows of the "Retrieved Options" table. */
    List<RetrievedOption> retrievedOptions();

    /**
     * Saves "Configure Genesys Cloud OAuth Settings".
     * @param baseUrlOrRegion an API base URL (https://…) or a region such as "eu-west-1"
     */
    void saveOAuthSettings(String baseUrlOrRegion, String clientId, CharSequence secret);

    /** What this UI of the settings shows: the OAuth settings, Retrieve Options and its table (look with {@link #look}). */
    List<Landmark> landmarks();

    /** Runs a read-only look where the settings are (inside Setup's frame for the classic page). */
    default <T> T look(Supplier<T> look) {
        return look.get();
    }

    /** The settings this browser shows now (after Configure or after opening the app), whichever UI it is. */
    static ExternalRoutingSettings shown(Ui ui, Duration retrievalTimeout) {
        int which = ui.firstShown(Locator.css("force-aloha-page", "force-aloha-page"),
                Locator.heading(ExternalRoutingAppPage.APP_NAME));
        return which == 0 ? new PackageSettingsPage(ui, retrievalTimeout) : new ExternalRoutingAppPage(ui, retrievalTimeout);
    }
}
