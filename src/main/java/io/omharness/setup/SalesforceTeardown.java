package io.omharness.setup;

import io.omharness.config.OrgSettings;
import io.omharness.salesforce.InstalledPackagesPage;
import io.omharness.salesforce.ExternalRoutingSettings;
import io.omharness.salesforce.SalesforceLogin;
import io.omharness.salesforce.SetupPage;
import io.omharness.salesforce.api.SalesforceApi;
import io.omharness.target.OrgAccess;
import io.omharness.ui.Ui;

import java.time.Duration;

/**
 * Makes Salesforce forget a run's queue and integration the way an admin would: Retrieve Options again
 * once they are gone from Genesys Cloud (the package copies what exists and drops what does not). The
 * records named for the run are counted through the API before and after.
 */
public final class SalesforceTeardown {
    private final OrgSettings.Salesforce settings;
    private final OrgAccess.Salesforce access;
    private final SalesforceApi api;

    public SalesforceTeardown(OrgSettings.Salesforce settings, OrgAccess.Salesforce access) {
        this.settings = settings;
        this.access = access;
        this.api = new SalesforceApi(access, settings.apiVersion());
    }

    /** Records of the package's two objects whose name starts with the prefix. */
    public int recordsNamed(String prefix) {
        String like = prefix.replace("'", "\\'") + "%";
        return api.query("SELECT Id FROM " + settings.queueObject() + " WHERE Name LIKE '" + like + "'").totalSize()
                + api.query("SELECT Id FROM " + settings.entityObject() + " WHERE Name LIKE '" + like + "'").totalSize();
    }

    /** Logs in, opens the package's settings and presses Retrieve Options; returns the package's message. */
    public String retrieveOptions(Ui ui, Duration retrievalTimeout) {
        new SalesforceLogin(ui, access).logIn(() -> {
            throw new IllegalStateException("Salesforce asks to verify your identity: log in once by hand in this "
                    + "browser profile's org, or run teardown where the org trusts this machine");
        });
        SetupPage setup = new SetupPage(ui, access);
        setup.open();
        setup.openFromQuickFind("Installed Packages");
        new InstalledPackagesPage(ui).openSettings(settings.packageName());
        return ExternalRoutingSettings.shown(ui, retrievalTimeout).retrieveOptions();
    }
}
