package io.omharness.speed;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.omharness.target.OrgAccess;

import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The same whole guide as features/03_whole_guide.feature, written the idiomatic Playwright way:
 * role, label and text locators, auto-waiting actions and web-first assertions, frameLocator for
 * Setup's iframe (Playwright's locators pierce open shadow roots by themselves). Same timeouts as the
 * harness (15 s for the UI, 60 s for publish and Retrieve Options), screenshots at the same steps (when
 * the run takes them). Every locator is strict (Playwright's default); it waits only where the page
 * objects wait (a heading after a navigation, a dialog gone after Save, the row after a save), nothing more.
 *
 * <p>Asymmetries that remain, and which way they lean:
 * <ul>
 * <li>Playwright launches Chromium once and opens a fresh context per run (about 30 ms); the harness
 *     starts a new ChromeDriver session per run (as its pool does). Neither start is in the flow time;
 *     the page Playwright opens in the context is (newPage).</li>
 * <li>Genesys login: Playwright clicks Admin in the top navigation after Log In; the page objects open
 *     the Admin app by its stable URL (the same document, a hash change).</li>
 * <li>Both fill the same way (the text inserted in one DevTools call, Input.insertText); the harness
 *     checks the field's text in its next look and types key by key where insertion is not possible.
 *     Playwright clicks after its own actionability checks (visible, stable, enabled, receives events);
 *     the harness hit-tests in its finder script and checks the press in its next look.</li>
 * <li>Waiting: Playwright's auto-waits and web-first assertions check again after growing pauses
 *     (100, 250, 500, then every 1000 ms: retryWithProgressAndTimeouts in its frames.ts), so what shows
 *     after a second or more is seen up to a second late; the harness's waits poll inside the page
 *     every 50 ms. This is Playwright's own behaviour, not a wait the replay adds; it counts most where the
 *     server is slow (publish, Active, Retrieve Options).</li>
 * </ul>
 */
final class PlaywrightGuideReplay {
    private static final double UI_TIMEOUT_MS = 15_000;
    private static final double LONG_TIMEOUT_MS = 60_000;
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    private PlaywrightGuideReplay() {
    }

    /** Playwright with the Debian Chromium (nothing is downloaded). */
    static Playwright create() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true).setArgs(ARGS));
    }

    /** A fresh, isolated context (no cookies of an earlier run) with the harness's window size. */
    static BrowserContext newContext(Browser browser) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
        context.setDefaultTimeout(UI_TIMEOUT_MS);
        return context;
    }

    /** Runs the guide on the tenant in the context; returns the Retrieved Options rows (cell texts). */
    static List<List<String>> run(BrowserContext context, OrgAccess access, String myUserName, String prefix, Timeline t) {
        String queueName = prefix + "-queue";
        String flowName = prefix + "-flow";
        String platformName = prefix + "-platform";
        OrgAccess.Genesys genesys = access.genesys();
        Page page = t.time("newPage", context::newPage);

        t.phase("Genesys login");
        // Given I am logged in to Genesys Cloud CX as an admin
        t.step("login to Genesys", () -> {
            page.navigate(genesys.loginUrl());
            page.getByLabel("Email Address", new Page.GetByLabelOptions().setExact(true)).fill(genesys.email());
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(genesys.password().reveal());
            button(page, "Log In").click();
            adminMenu(page).click();
            assertThat(heading(page, "Admin")).isVisible(visible());
        });

        t.phase("Queue + member");
        // When I create a new queue and add my user as a member
        t.step("open Queues", () -> {
            link(page, "Queues").click();
            assertThat(heading(page, "Queues")).isVisible(visible());
        });
        t.step("create queue", () -> {
            button(page, "Create Queue").click();
            Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Create Queue"));
            dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Name").setExact(true)).fill(queueName);
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save").setExact(true)).click();
            assertThat(dialog).isHidden(hidden());
        });
        t.step("open queue", () -> {
            page.getByLabel("Search queues").fill(queueName);
            page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Queues"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(queueName).setExact(true)).click();
            assertThat(heading(page, queueName)).isVisible(visible());
        });
        t.step("open Members tab", () -> page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Members")).click());
        t.step("add member", () -> {
            button(page, "Add Member").click();
            page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Search by name")).fill(myUserName);
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(myUserName).setExact(true)).click();
            page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Add Member"))
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add").setExact(true)).click();
            assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Members"))
                    .getByRole(AriaRole.ROWHEADER, new Locator.GetByRoleOptions().setName(myUserName).setExact(true)))
                    .isVisible(visible());
        });
        shot(page, t);

        t.phase("Flow");
        // And I find Architect in Genesys Cloud CX Admin and navigate to it
        Page architect = t.time("open Architect (new window)", () -> {
            adminMenu(page).click();
            assertThat(heading(page, "Admin")).isVisible(visible());
            return context.waitForPage(() -> link(page, "Architect").click());
        });
        // And from the list of flows I select Inbound Message
        t.step("Flows > Inbound Message", () -> {
            button(architect, "Flows").click();
            architect.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Inbound Message")).click();
            assertThat(heading(architect, "Inbound Message")).isVisible(visible());
        });
        shot(architect, t);
        // And I click Add to create a new flow and give it a descriptive name
        Locator workspace = architect.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Workspace"));
        Locator toolbar = architect.getByRole(AriaRole.TOOLBAR, new Page.GetByRoleOptions().setName("Flow actions"));
        t.step("add flow", () -> {
            button(architect, "Add").click();
            Locator dialog = architect.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Create Flow"));
            dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Name").setExact(true)).fill(flowName);
            dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Description").setExact(true)).fill("Routes Salesforce messages to " + queueName);
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create Flow").setExact(true)).click();
            assertThat(workspace.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Initial State"))).isVisible(visible());
            assertThat(toolbar).isVisible(visible());
        });
        shot(architect, t);
        // And in the Initial State I drag a Transfer to ACD option under the start point
        Locator properties = architect.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Properties"));
        t.step("drag Transfer to ACD", () -> {
            Locator toolbox = architect.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Toolbox"));
            Locator tool = toolbox.getByRole(AriaRole.LISTITEM)
                    .filter(new Locator.FilterOptions().setHasText("Transfer to ACD"));
            if (!tool.isVisible()) {
                toolbox.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Transfer").setExact(true)).click();
            }
            tool.dragTo(workspace.getByRole(AriaRole.REGION, new Locator.GetByRoleOptions().setName("Drop action under Start")));
            assertThat(architect.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Initial State actions"))
                    .getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("Transfer to ACD"))).isVisible(visible());
        });
        // And I choose my queue from the drop down list
        t.step("choose queue", () -> {
            properties.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Queue").setExact(true)).fill(queueName);
            properties.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(queueName).setExact(true)).click();
            assertThat(workspace.getByText("Queue: " + queueName)).isVisible(visible());
        });
        shot(architect, t);
        // And I press publish
        t.step("publish", () -> {
            toolbar.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish").setExact(true)).click();
            assertThat(architect.getByRole(AriaRole.STATUS, new Page.GetByRoleOptions().setName("Flow status")))
                    .hasText("Published", new LocatorAssertions.HasTextOptions().setTimeout(LONG_TIMEOUT_MS));
        });
        shot(architect, t);

        t.phase("Platform");
        // And I navigate back to the Genesys Cloud CX Admin page and find Platforms under the Message container
        t.step("close Architect, open Platforms", () -> {
            architect.close();
            adminMenu(page).click();
            assertThat(heading(page, "Admin")).isVisible(visible());
            link(page, "Platforms").click();
            assertThat(heading(page, "Platforms")).isVisible(visible());
        });
        // And I click to create a new integration and choose Open Messaging as the type
        t.step("Add Platform > Open Messaging", () -> {
            button(page, "Add Platform").click();
            page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Open Messaging"))
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add").setExact(true)).click();
            assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Name").setExact(true))).isVisible(visible());
        });
        shot(page, t);
        // And I give it a descriptive name, the webhook URL "https://whatever.com" and a secret token, and press save
        Locator platformList = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Platforms"));
        t.step("fill and save Open Messaging", () -> {
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Name").setExact(true)).fill(platformName);
            page.getByLabel("Outbound Notification Webhook URL").fill("https://whatever.com");
            page.getByLabel("Outbound Notification Webhook Signature Secret Token").fill("benchmark-signing-token-0123456789");
            button(page, "Save").click();
            assertThat(platformList.getByRole(AriaRole.ROWHEADER, new Locator.GetByRoleOptions().setName(platformName).setExact(true)))
                    .isVisible(visible());
        });
        shot(page, t);
        t.step("wait until Active", () -> assertThat(platformList.getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText(platformName)).getByRole(AriaRole.STATUS))
                .containsText("Active", new LocatorAssertions.ContainsTextOptions().setTimeout(UI_TIMEOUT_MS)));

        t.phase("Route");
        // And I navigate back to the Genesys Cloud CX Admin console and search for Message Routing
        t.step("open Message Routing", () -> {
            adminMenu(page).click();
            assertThat(heading(page, "Admin")).isVisible(visible());
            page.getByLabel("Search Admin", new Page.GetByLabelOptions().setExact(true)).fill("Message Routing");
            assertThat(link(page, "Queues")).isHidden(hidden());
            link(page, "Message Routing").click();
            assertThat(heading(page, "Message Routing")).isVisible(visible());
        });
        // And I open up Message Routing and click to create a new message route
        // Add opens the Message Routing page (not a dialog): its flow picker shows
        Locator flowPicker = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Inbound Message Flow"));
        t.step("Add route", () -> {
            button(page, "Add").click();
            assertThat(flowPicker).isVisible(visible());
        });
        // And for the Flow option I choose my message flow and for the address the platform I created
        t.step("choose flow and address, save", () -> {
            flowPicker.click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(flowName).setExact(true)).click();
            page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Inbound Address")).click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(platformName).setExact(true)).click();
            button(page, "Save").click();
            assertThat(flowPicker).isHidden(hidden());
        });
        shot(page, t);

        t.phase("Salesforce login");
        // And I am logged in to Salesforce
        OrgAccess.Salesforce salesforce = access.salesforce();
        t.step("login to Salesforce", () -> {
            page.navigate(salesforce.loginUrl());
            page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(salesforce.username());
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(salesforce.password().reveal());
            button(page, "Log In").click();
            assertThat(button(page, "App Launcher")).isVisible(visible());
        });
        t.phase("Configure");
        // And I click on Setup
        // Setup opens in a new tab
        Page setup = t.time("Setup", () -> {
            button(page, "Setup").click();
            return page.context().waitForPage(() ->
                    page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Setup").setExact(true)).click());
        });
        Locator setupTree = setup.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Setup Tree"));
        t.step("Setup Tree", () -> assertThat(setupTree.getByRole(AriaRole.LINK).first()).isVisible(visible()));
        shot(setup, t);
        // And I search for Installed Packages
        t.step("Quick Find Installed Packages", () -> {
            setup.getByPlaceholder("Quick Find").fill("Installed Packages");
            setupTree.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Installed Packages").setExact(true)).click();
            assertThat(heading(setup, "Installed Packages")).isVisible(visible());
        });
        shot(setup, t);
        // And I locate the package and click Configure (the classic page sits in an iframe behind a shadow root)
        FrameLocator frame = setup.frameLocator("iframe[name^=vfFrameId]");
        t.step("Configure the package", () -> frame.getByTitle("Configure - " + SeleniumGuideReplay.PACKAGE,
                new FrameLocator.GetByTitleOptions().setExact(true)).click());
        shot(setup, t);
        t.phase("Retrieve");
        // And I press Retrieve Options
        t.step("Retrieve Options", () -> {
            assertThat(frame.getByRole(AriaRole.HEADING, new FrameLocator.GetByRoleOptions().setName("Managed Package Settings")))
                    .isVisible(visible());
            // as our page object does: the page is settled once its Retrieved Options table shows
            assertThat(frame.getByRole(AriaRole.TABLE, new FrameLocator.GetByRoleOptions().setName("Retrieved Options"))).isVisible(visible());
            frame.getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("Retrieve Options")).click();
            assertThat(frame.getByText("Options retrieved:")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(LONG_TIMEOUT_MS));
        });
        shot(setup, t);
        // Then Salesforce lists my queue and my Open Messaging integration among the retrieved options
        t.phase("Check");
        List<List<String>> rows = t.time("read Retrieved Options", () -> {
            Locator table = frame.getByRole(AriaRole.TABLE, new FrameLocator.GetByRoleOptions().setName("Retrieved Options"));
            assertThat(table.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(platformName))).isVisible(visible());
            return table.getByRole(AriaRole.ROW).allInnerTexts().stream()
                    .map(r -> Arrays.stream(r.split("\t")).map(String::trim).toList()).toList();
        });
        List<String> names = rows.stream().map(r -> r.get(0)).toList();
        SeleniumGuideReplay.check(names.contains(queueName) && names.contains(platformName), "retrieved options " + names);
        return rows;
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Admin in the top navigation (the splash also has an Admin tile). */
    private static Locator adminMenu(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Admin").setExact(true));
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static LocatorAssertions.IsVisibleOptions visible() {
        return new LocatorAssertions.IsVisibleOptions().setTimeout(UI_TIMEOUT_MS);
    }

    private static LocatorAssertions.IsHiddenOptions hidden() {
        return new LocatorAssertions.IsHiddenOptions().setTimeout(UI_TIMEOUT_MS);
    }

    private static void shot(Page page, Timeline t) {
        if (t.screenshots()) {
            t.step("screenshot", () -> page.screenshot());
        }
    }
}
