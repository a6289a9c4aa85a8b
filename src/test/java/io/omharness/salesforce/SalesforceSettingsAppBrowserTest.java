package io.omharness.salesforce;

import io.omharness.control.TenantOptions;
import io.omharness.fixture.GenesysHttp;
import io.omharness.fixture.TwinFixture;
import io.omharness.salesforce.api.SalesforceApi;
import io.omharness.target.OrgAccess;
import io.omharness.twin.salesforce.model.SalesforceObjects;
import io.omharness.ui.Locator;
import io.omharness.ui.Ui;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newer packaging: no Configure link, the settings in the App Launcher app GC External Routing
 * Integration, and the package's objects under another namespace. The same page-object calls as for
 * Managed Package Settings find the app, save OAuth settings and retrieve options.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SalesforceSettingsAppBrowserTest {
    private static final Duration RETRIEVAL = Duration.ofSeconds(30);
    private static TwinFixture twin;
    private static OrgAccess access;
    private static GenesysHttp genesys;
    private static SalesforceApi salesforce;
    private static Ui ui;

    @BeforeAll
    static void start() {
        twin = TwinFixture.withBrowser("salesforce-settings-app", 11,
                TenantOptions.defaults().salesforceSettingsUi("app").salesforceNamespace("gcext"));
        access = twin.access();
        genesys = twin.api();
        salesforce = new SalesforceApi(access.salesforce(), "v60.0");
        ui = twin.ui();
        ui.open(salesforce.frontdoorUrl("/lightning/setup/ImportedPackage/home"));
    }

    @AfterAll
    static void stop() {
        if (twin != null) twin.close();
    }

    @Test
    @Order(1)
    void thePackageHasNoConfigureLinkSoItsSettingsOpenFromTheAppLauncher() {
        InstalledPackagesPage packages = new InstalledPackagesPage(ui);
        assertThat(packages.packageNames()).contains(SalesforceObjects.PACKAGE_NAME);
        twin.shot("01-installed-packages-no-configure");

        packages.openSettings(SalesforceObjects.PACKAGE_NAME);

        assertThat(ExternalRoutingSettings.shown(ui, RETRIEVAL)).isInstanceOf(ExternalRoutingAppPage.class);
        assertThat(ui.currentUrl()).startsWith(access.salesforce().loginUrl()).contains("/lightning/n/gcext__");
        ui.find(Locator.heading("Getting Started"));
        twin.shot("02-app");
    }

    @Test
    @Order(2)
    void retrieveOptionsInTheAppCopiesTheGenesysQueuesAndIntegrations() {
        genesys.createQueue("OMH App Queue");
        Map<String, String> queues = genesys.queues();
        ExternalRoutingSettings settings = ExternalRoutingSettings.shown(ui, RETRIEVAL);

        assertThat(settings.retrieveOptions()).startsWith("Options retrieved:");

        assertThat(settings.retrievedOptions()).extracting(RetrievedOption::genesysId)
                .containsAll(queues.keySet()).containsAll(genesys.integrations().keySet());
        assertThat(salesforce.query("SELECT Name, gcext__Genesys_Id__c FROM gcext__Genesys_Cloud_Queue__c")
                .values("gcext__Genesys_Id__c")).containsExactlyInAnyOrderElementsOf(queues.keySet());
        twin.shot("03-app-retrieved");
    }

    @Test
    @Order(3)
    void aWrongClientSecretSavedInTheAppMakesRetrieveOptionsFail() {
        ExternalRoutingSettings settings = ExternalRoutingSettings.shown(ui, RETRIEVAL);
        settings.saveOAuthSettings(access.genesys().apiUrl(), access.genesys().clientId(), "not-the-secret");

        assertThat(settings.retrieveOptionsExpectingError()).contains("401");
        twin.shot("04-app-error");

        settings.saveOAuthSettings(access.genesys().apiUrl(), access.genesys().clientId(), access.genesys().clientSecret().reveal());
        assertThat(settings.retrieveOptions()).startsWith("Options retrieved:");
    }
}
