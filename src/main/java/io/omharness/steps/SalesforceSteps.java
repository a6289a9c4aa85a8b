package io.omharness.steps;

import io.cucumber.java.en.And;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.omharness.config.OrgSettings;
import io.omharness.salesforce.InstalledPackagesPage;
import io.omharness.salesforce.ExternalRoutingSettings;
import io.omharness.salesforce.RetrievedOption;
import io.omharness.salesforce.SetupPage;
import io.omharness.salesforce.api.SalesforceApi;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The guide's section "Syncing your Changes over to Salesforce", and its checks. */
public class SalesforceSteps {
    private final World world;
    private final GuideObjects built;
    private final Arrange arrange;

    public SalesforceSteps(World world, GuideObjects built, Arrange arrange) {
        this.world = world;
        this.built = built;
        this.arrange = arrange;
    }

    @Given("I am logged in to Salesforce")
    public void loggedInToSalesforce() {
        Sessions.salesforceLogin(world);
    }

    @When("I click on Setup")
    public void clickSetup() {
        Sessions.resumingSalesforce(world, () -> { }, () -> setup().open());
        world.screenshot("1. Salesforce Setup");
    }

    @And("I search for Installed Packages")
    public void searchInstalledPackages() {
        Sessions.resumingSalesforce(world, () -> setup().open(), () -> setup().openFromQuickFind("Installed Packages"));
        world.screenshot("2. Installed Packages");
    }

    @And("I locate the {string} package and click Configure")
    public void configurePackage(String packageName) {
        Sessions.resumingSalesforce(world, this::toInstalledPackages, () -> new InstalledPackagesPage(world.ui()).openSettings(packageName));
        world.screenshot("3. Package settings");
    }

    @And("I press Retrieve Options")
    public void retrieveOptions() {
        Sessions.resumingSalesforce(world, this::toPackageSettings, () -> built.lastMessage(settings().retrieveOptions()));
        world.screenshot("4. Options retrieved");
    }

    @And("I press Retrieve Options, which fails")
    public void retrieveOptionsFails() {
        built.lastMessage(settings().retrieveOptionsExpectingError());
        world.screenshot("4. Retrieve Options failed");
    }

    @And("the package's Genesys Cloud OAuth client secret is wrong")
    public void wrongClientSecret() {
        var genesys = world.access().genesys();
        settings().saveOAuthSettings(genesys.apiUrl(), genesys.clientId(), "wrong-secret-" + world.config().runId());
        world.onCleanup(() -> settings().saveOAuthSettings(genesys.apiUrl(), genesys.clientId(), genesys.clientSecret().reveal()));
    }

    @And("my queue is deleted in Genesys Cloud")
    public void deleteQueueInGenesys() {
        arrange.api().deleteQueue(built.queueId());
        arrange.api().awaitQueueGone(built.queueName());
    }

    @Then("Salesforce lists my queue and my Open Messaging integration among the retrieved options")
    public void listsQueueAndIntegration() {
        List<RetrievedOption> options = settings().retrievedOptions();
        String queueId = arrange.api().findQueue(built.queueName()).orElseThrow().getId();
        String integrationId = arrange.api().findOpenMessaging(built.platformName()).orElseThrow().getId();
        assertThat(options).as("retrieved options on the package settings page (after: %s)", built.lastMessage())
                .extracting(RetrievedOption::name, RetrievedOption::genesysId)
                .contains(org.assertj.core.groups.Tuple.tuple(built.queueName(), queueId),
                        org.assertj.core.groups.Tuple.tuple(built.platformName(), integrationId));
    }

    @Then("Salesforce no longer lists my queue among the retrieved options")
    public void queueGone() {
        assertThat(settings().retrievedOptions()).as("retrieved options after the queue was deleted")
                .extracting(RetrievedOption::name).doesNotContain(built.queueName());
    }

    @And("Salesforce still lists my Open Messaging integration once")
    public void integrationOnce() {
        assertThat(settings().retrievedOptions()).as("retrieved options named %s", built.platformName())
                .filteredOn(o -> o.name().equals(built.platformName())).hasSize(1);
    }

    @And("the Salesforce API returns the same records")
    public void apiReturnsSameRecords() {
        OrgSettings.Salesforce sf = world.config().orgs().salesforce();
        SalesforceApi api = Sessions.salesforceApi(world);
        assertThat(api.query("SELECT Name, " + sf.genesysIdField() + " FROM " + sf.queueObject()
                + " WHERE Name = '" + built.queueName() + "'").values(sf.genesysIdField()))
                .as("%s records named %s", sf.queueObject(), built.queueName())
                .containsExactly(arrange.api().findQueue(built.queueName()).orElseThrow().getId());
        assertThat(api.query("SELECT Name, " + sf.genesysIdField() + " FROM " + sf.entityObject()
                + " WHERE Name = '" + built.platformName() + "'").values(sf.genesysIdField()))
                .as("%s records named %s", sf.entityObject(), built.platformName())
                .containsExactly(arrange.api().findOpenMessaging(built.platformName()).orElseThrow().getId());
    }

    @Then("the package shows an error that Genesys Cloud rejected the OAuth client")
    public void oauthError() {
        assertThat(built.lastMessage()).as("the package's message after Retrieve Options").containsIgnoringCase("401");
    }

    private void toInstalledPackages() {
        setup().open();
        setup().openFromQuickFind("Installed Packages");
    }

    private void toPackageSettings() {
        toInstalledPackages();
        new InstalledPackagesPage(world.ui()).openSettings(world.config().orgs().salesforce().packageName());
    }

    private SetupPage setup() {
        return new SetupPage(world.ui(), world.access().salesforce());
    }

    /** The package's settings as this org shows them: Managed Package Settings or the App Launcher app. */
    private ExternalRoutingSettings settings() {
        return ExternalRoutingSettings.shown(world.ui(), world.config().timeouts().sync());
    }
}
