package io.omharness.speed;

import io.omharness.fixture.TwinFixture;
import io.omharness.browser.BrowserSession;
import io.omharness.browser.Screenshot;
import io.omharness.genesys.AdminNavigation;
import io.omharness.genesys.GenesysLogin;
import io.omharness.genesys.MessageRoutingPage;
import io.omharness.genesys.PlatformsPage;
import io.omharness.genesys.QueuesPage;
import io.omharness.genesys.architect.ArchitectPage;
import io.omharness.genesys.architect.FlowEditor;
import io.omharness.target.OrgAccess;
import io.omharness.control.TwinControl;
import io.omharness.control.TenantOptions;
import io.omharness.salesforce.InstalledPackagesPage;
import io.omharness.salesforce.PackageSettingsPage;
import io.omharness.salesforce.RetrievedOption;
import io.omharness.salesforce.SalesforceLogin;
import io.omharness.salesforce.SetupPage;
import io.omharness.ui.Ui;
import org.openqa.selenium.WebDriver;

import java.time.Duration;
import java.util.List;

/**
 * The whole guide (features/03_whole_guide.feature, its UI steps) driven through OUR page objects:
 * the same calls, in the same order, that GenesysSteps, SalesforceSteps and Sessions make, without
 * Cucumber, with the harness's default timeouts (ui 15 s, poll 50 ms, publish and sync 60 s). Screenshots
 * are taken where the step definitions take them. Every page-object call is timed with the WebDriver
 * commands it issued.
 */
final class SeleniumGuideReplay {
    static final String PACKAGE = "Genesys Cloud CX for Salesforce External Routing";
    private static final Duration UI_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SYNC_TIMEOUT = Duration.ofSeconds(60);

    private SeleniumGuideReplay() {
    }

    /** A browser the way the harness makes one (BrowserFactory, headless Chromium), its commands counted. */
    static Counted startBrowser(TwinFixture twin, String name) {
        BrowserSession session = twin.openBrowser(name);
        return new Counted(session, CommandCounter.install(session.driver()));
    }

    record Counted(BrowserSession session, CommandCounter counter) {
        WebDriver driver() {
            return session.driver();
        }
    }

    /** Runs the guide on the tenant; names are {@code <prefix>-queue} etc. Returns the options Salesforce listed. */
    static List<RetrievedOption> run(Counted browser, OrgAccess access, TwinControl control, String myUserName,
                                     String prefix, Timeline t) {
        WebDriver driver = browser.driver();
        Ui ui = new Ui(driver, UI_TIMEOUT, POLL);
        String queueName = prefix + "-queue";
        String flowName = prefix + "-flow";
        String platformName = prefix + "-platform";
        AdminNavigation admin = new AdminNavigation(ui, access.genesys().appsUrl());

        t.phase("Genesys login");
        // Given I am logged in to Genesys Cloud CX as an admin
        t.step("GenesysLogin.logIn", () -> new GenesysLogin(ui, access.genesys()).logIn());

        t.phase("Queue + member");
        // When I create a new queue and add my user as a member
        t.step("AdminNavigation.openQueues", admin::openQueues);
        QueuesPage queues = new QueuesPage(ui);
        t.step("QueuesPage.createQueue", () -> queues.createQueue(queueName));
        t.step("QueuesPage.openQueue", () -> queues.openQueue(queueName));
        t.step("QueuesPage.openMembersTab", queues::openMembersTab);
        t.step("QueuesPage.addMember", () -> queues.addMember(myUserName));
        shot(driver, t);

        t.phase("Flow");
        // And I find Architect in Genesys Cloud CX Admin and navigate to it
        String adminWindow = t.time("WebDriver.getWindowHandle", driver::getWindowHandle);
        String architectWindow = t.time("AdminNavigation.openArchitect", admin::openArchitect);
        ArchitectPage architect = new ArchitectPage(ui, PUBLISH_TIMEOUT);
        // And from the list of flows I select Inbound Message
        t.step("ArchitectPage.openFlowType", () -> architect.openFlowType("Inbound Message"));
        shot(driver, t);
        // And I click Add to create a new flow and give it a descriptive name
        FlowEditor editor = t.time("ArchitectPage.addFlow",
                () -> architect.addFlow(flowName, "Routes Salesforce messages to " + queueName));
        shot(driver, t);
        // And in the Initial State I drag a Transfer to ACD option under the start point
        t.step("FlowEditor.dragTransferToAcdUnderStart", editor::dragTransferToAcdUnderStart);
        List<String> actions = t.time("FlowEditor.actionNames", editor::actionNames);
        check(actions.contains("Transfer to ACD"), "actions under Start: " + actions);
        // And I choose my queue from the drop down list
        t.step("FlowEditor.chooseQueue", () -> editor.chooseQueue(queueName));
        shot(driver, t);
        // And I press publish
        t.step("FlowEditor.publish", editor::publish);
        shot(driver, t);

        t.phase("Platform");
        // And I navigate back to the Genesys Cloud CX Admin page and find Platforms under the Message container
        t.step("Ui.closeWindowAndSwitchTo", () -> ui.closeWindowAndSwitchTo(architectWindow, adminWindow));
        t.step("AdminNavigation.openPlatforms", admin::openPlatforms);
        PlatformsPage platforms = new PlatformsPage(ui);
        // And I click to create a new integration and choose Open Messaging as the type
        t.step("PlatformsPage.startOpenMessagingPlatform", platforms::startOpenMessagingPlatform);
        shot(driver, t);
        // And I give it a descriptive name, the webhook URL "https://whatever.com" and a secret token, and press save
        t.step("PlatformsPage.fillAndSave", () -> platforms.fillAndSave(platformName, "https://whatever.com",
                "benchmark-signing-token-0123456789"));
        shot(driver, t);
        // (both replays wait for Active here: the brief's flow; the step definitions leave it to the route dialog)
        t.step("PlatformsPage.waitUntilActive", () -> platforms.waitUntilActive(platformName));

        t.phase("Route");
        // And I navigate back to the Genesys Cloud CX Admin console and search for Message Routing
        t.step("AdminNavigation.searchForMessageRouting", admin::searchForMessageRouting);
        MessageRoutingPage routing = new MessageRoutingPage(ui);
        // And I open up Message Routing and click to create a new message route
        t.step("MessageRoutingPage.startNewRoute", routing::startNewRoute);
        // And for the Flow option I choose my message flow and for the address the platform I created
        t.step("MessageRoutingPage.chooseFlowAndAddressAndSave", () -> routing.chooseFlowAndAddressAndSave(flowName, platformName));
        shot(driver, t);

        t.phase("Salesforce login");
        // And I am logged in to Salesforce
        String tenant = access.sandboxTenantId().orElseThrow();
        t.step("SalesforceLogin.logIn", () -> new SalesforceLogin(ui, access.salesforce()).logIn(() -> control.verificationCode(tenant)));
        SetupPage setup = new SetupPage(ui, access.salesforce());
        t.phase("Configure");
        // And I click on Setup
        t.step("SetupPage.open", setup::open);
        shot(driver, t);
        // And I search for Installed Packages
        t.step("SetupPage.openFromQuickFind", () -> setup.openFromQuickFind("Installed Packages"));
        shot(driver, t);
        // And I locate the "Genesys Cloud CX for Salesforce External Routing" package and click Configure
        t.step("InstalledPackagesPage.configure", () -> new InstalledPackagesPage(ui).configure(PACKAGE));
        shot(driver, t);
        t.phase("Retrieve");
        // And I press Retrieve Options
        PackageSettingsPage settings = new PackageSettingsPage(ui, SYNC_TIMEOUT);
        String notice = t.time("PackageSettingsPage.retrieveOptions", settings::retrieveOptions);
        check(notice.startsWith("Options retrieved:"), notice);
        shot(driver, t);
        // Then Salesforce lists my queue and my Open Messaging integration among the retrieved options
        t.phase("Check");
        List<RetrievedOption> options = t.time("PackageSettingsPage.retrievedOptions", settings::retrievedOptions);
        List<String> names = options.stream().map(RetrievedOption::name).toList();
        check(names.contains(queueName) && names.contains(platformName), "retrieved options " + names);
        return options;
    }

    /** As World.screenshot does (the picture is taken; attaching it to a report is not timed here). */
    private static void shot(WebDriver driver, Timeline t) {
        if (!t.screenshots()) {
            return;
        }
        t.step("screenshot", () -> Screenshot.of(driver));
    }

    static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("Unexpected: " + what);
        }
    }
}
