package io.omharness.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Configure > Retrieve Options copies exactly the Genesys tenant's queues and integrations, and follows changes. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SalesforceRetrieveBrowserTest {
    private static TwinFixture twin;
    private static OrgAccess access;
    private static GenesysHttp genesys;
    private static SalesforceApi salesforce;
    private static Ui ui;

    @BeforeAll
    static void start() {
        twin = TwinFixture.withBrowser("salesforce-retrieve", 7, TenantOptions.defaults().alohaShadow("native"));
        access = twin.access();
        genesys = twin.api();
        salesforce = new SalesforceApi(access.salesforce(), "v60.0");
        ui = twin.ui();
        // the frontdoor opens the UI with the API's session (no login form)
        ui.open(salesforce.frontdoorUrl("/lightning/setup/ImportedPackage/home"));
        new InstalledPackagesPage(ui).configure(SalesforceObjects.PACKAGE_NAME);
    }

    @Test
    @Order(0)
    void theClassicFrameSitsBehindANativeShadowRootOnThisTenant() {
        new PackageSettingsPage(ui).retrievedOptions();
        // native shadow: no XPath or document query reaches the iframe; the toolkit crosses the root by itself
        Object fromDocument = twin.script("return document.querySelector('iframe[name^=vfFrameId]');");
        assertThat(fromDocument).isNull();
        assertThat(twin.driver().findElement(org.openqa.selenium.By.tagName("force-aloha-page")).getShadowRoot()
                .findElement(org.openqa.selenium.By.cssSelector("iframe[name^=vfFrameId]")).getAttribute("title"))
                .isEqualTo("Installed Packages");
    }

    @AfterAll
    static void stop() {
        if (twin != null) twin.close();
    }

    @Test
    @Order(1)
    void retrieveOptionsCopiesExactlyTheGenesysQueuesAndIntegrations() {
        genesys.createQueue("OMH Messaging Queue");
        Map<String, String> queues = genesys.queues();
        Map<String, String> integrations = genesys.integrations();
        PackageSettingsPage settings = new PackageSettingsPage(ui);

        String notice = settings.retrieveOptions();

        assertThat(notice).isEqualTo("Options retrieved: " + queues.size() + " queues, " + integrations.size()
                + (integrations.size() == 1 ? " messaging integration." : " messaging integrations."));
        List<RetrievedOption> rows = settings.retrievedOptions();
        assertThat(rows).filteredOn(r -> r.type().equals(SalesforceObjects.TYPE_QUEUE))
                .extracting(RetrievedOption::genesysId).containsExactlyInAnyOrderElementsOf(queues.keySet());
        assertThat(rows).filteredOn(r -> r.type().equals(SalesforceObjects.TYPE_OPEN_MESSAGING))
                .extracting(RetrievedOption::name).containsExactlyInAnyOrderElementsOf(integrations.values());
        assertThat(rows).extracting(RetrievedOption::name).contains("OMH Messaging Queue", "Support");
        twin.shot("08-package-settings-after");
    }

    @Test
    @Order(2)
    void theQueryApiReturnsTheSameRecords() {
        SalesforceApi.QueryResult result = salesforce.query("SELECT Name, gcxr__Genesys_Id__c FROM gcxr__Genesys_Cloud_Queue__c ORDER BY Name");
        assertThat(result.done()).isTrue();
        assertThat(result.values("gcxr__Genesys_Id__c")).containsExactlyInAnyOrderElementsOf(genesys.queues().keySet());
        JsonNode first = result.records().get(0);
        assertThat(first.path("attributes").path("type").asText()).isEqualTo("gcxr__Genesys_Cloud_Queue__c");
        assertThat(salesforce.query("SELECT Id FROM gcxr__Genesys_Cloud_Queue__c WHERE Name = 'OMH Messaging Queue'").totalSize()).isEqualTo(1);
        assertThat(salesforce.query("SELECT Name FROM gcxr__Genesys_Cloud_Entity__c").values("Name"))
                .containsExactlyInAnyOrderElementsOf(genesys.integrations().values());
    }

    @Test
    @Order(3)
    void aSecondRetrieveFollowsChangesWithoutDuplicates() {
        Map<String, String> before = genesys.queues();
        String renamed = idOf(before, "OMH Messaging Queue");
        genesys.renameQueue(renamed, "OMH Messaging Queue 2");
        genesys.deleteQueue(idOf(before, "Billing"));
        genesys.createQueue("OMH Overflow");

        new PackageSettingsPage(ui).retrieveOptions();

        Map<String, String> after = genesys.queues();
        List<RetrievedOption> queues = new ArrayList<>(new PackageSettingsPage(ui).retrievedOptions());
        queues.removeIf(r -> !r.type().equals(SalesforceObjects.TYPE_QUEUE));
        assertThat(queues).extracting(RetrievedOption::name).containsExactlyInAnyOrderElementsOf(after.values())
                .doesNotContain("Billing", "OMH Messaging Queue").doesNotHaveDuplicates();
        assertThat(salesforce.query("SELECT Name FROM gcxr__Genesys_Cloud_Queue__c WHERE gcxr__Genesys_Id__c = '" + renamed + "'")
                .values("Name")).containsExactly("OMH Messaging Queue 2");
    }

    @Test
    @Order(4)
    void aWrongSecretGivesThePackagesErrorMessage() {
        PackageSettingsPage settings = new PackageSettingsPage(ui);
        settings.saveOAuthSettings(access.genesys().apiUrl(), access.genesys().clientId(), "not-the-right-secret");
        String error = settings.retrieveOptionsExpectingError();
        assertThat(error).startsWith("Retrieve Options failed: Genesys Cloud rejected the OAuth client credentials (401).");
        assertThat(twin.driver().getPageSource()).doesNotContain(access.genesys().clientSecret().reveal());
        twin.shot("09-package-settings-error");
        settings.saveOAuthSettings(access.genesys().apiUrl(), access.genesys().clientId(), access.genesys().clientSecret().reveal());
        assertThat(settings.retrieveOptions()).startsWith("Options retrieved:");
    }

    @Test
    @Order(5)
    void theListViewShowsTheRetrievedQueues() {
        ui.open(access.salesforce().loginUrl() + "lightning/o/"
                + SalesforceObjects.namespaced(SalesforceObjects.DEFAULT_NAMESPACE, SalesforceObjects.QUEUE_OBJECT) + "/list");
        assertThat(ui.column(Locator.role("table", "Genesys Cloud Queues"), "Name"))
                .containsExactlyInAnyOrderElementsOf(genesys.queues().values());
        twin.shot("10-list-view");
    }

    private static String idOf(Map<String, String> byId, String name) {
        return byId.entrySet().stream().filter(e -> e.getValue().equals(name)).findFirst().orElseThrow().getKey();
    }
}
