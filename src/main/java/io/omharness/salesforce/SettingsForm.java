package io.omharness.salesforce;

import io.omharness.ui.Locator;
import io.omharness.ui.Ui;

import java.util.List;
import java.util.Optional;

/**
 * What both UIs of the package's settings do alike: the OAuth settings with their Save, and Retrieve
 * Options with its outcome and its table. Each UI gives its own locators.
 */
record SettingsForm(Ui ui, Ui retrievalUi, Fields fields) {
    private static final String CUSTOM_REGION = "Custom (base URL)";

    /** @param saveError what shows when Save is refused, where the page shows it apart from Retrieve Options' errors */
    record Fields(Locator region, Locator baseUrl, Locator clientId, Locator clientSecret, Locator save, Locator saved,
                  Optional<Locator> saveError, Locator retrieveOptions, Locator retrieved, Locator retrieveError,
                  Locator retrievedOptions) {
    }

    String retrieveOptions() {
        return retrieve(fields.retrieved(), fields.retrieveError(), "failed");
    }

    String retrieveOptionsExpectingError() {
        return retrieve(fields.retrieveError(), fields.retrieved(), "succeeded");
    }

    /** Presses Retrieve Options; returns the text of the outcome expected, or throws with the other one's. */
    private String retrieve(Locator expected, Locator otherwise, String otherOutcome) {
        settled();
        ui.click(fields.retrieveOptions());
        if (retrievalUi.firstShown(expected, otherwise) == 1) {
            throw new IllegalStateException("Retrieve Options " + otherOutcome + ": " + ui.text(otherwise));
        }
        return ui.text(expected);
    }

    List<RetrievedOption> retrievedOptions() {
        return ui.columns(fields.retrievedOptions(), "Name", "Genesys Cloud Id", "Type").stream()
                .map(row -> new RetrievedOption(row.get(0), row.get(1), row.get(2))).toList();
    }

    /** @param baseUrlOrRegion an API base URL (https://…) or a region such as "eu-west-1" */
    void saveOAuthSettings(String baseUrlOrRegion, String clientId, CharSequence secret) {
        boolean url = baseUrlOrRegion.startsWith("http");
        ui.select(fields.region(), url ? CUSTOM_REGION : baseUrlOrRegion + " (");
        if (url) {
            ui.fill(fields.baseUrl(), baseUrlOrRegion);
        }
        ui.fill(fields.clientId(), clientId);
        ui.fill(fields.clientSecret(), secret);
        ui.click(fields.save());
        if (fields.saveError().isEmpty()) {
            ui.find(fields.saved());
        } else if (ui.firstShown(fields.saved(), fields.saveError().get()) == 1) {
            throw new IllegalStateException("The OAuth settings were not saved: " + ui.text(fields.saveError().get()));
        }
    }

    /**
     * The page renders its settings and the Retrieved Options table a moment after it shows, which
     * pushes Retrieve Options down the page: a click in that moment lands where the button was and
     * is lost (seen in about one run in three). Wait until the table is there, as a person would.
     */
    private void settled() {
        ui.find(fields.retrievedOptions());
    }
}
