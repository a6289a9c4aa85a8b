package io.omharness.doctor;

import io.omharness.genesys.AdminNavigation;
import io.omharness.genesys.GenesysLogin;
import io.omharness.genesys.MessageRoutingPage;
import io.omharness.genesys.PlatformsPage;
import io.omharness.genesys.QueuesPage;
import io.omharness.genesys.architect.ArchitectPage;
import io.omharness.salesforce.ExternalRoutingSettings;
import io.omharness.salesforce.InstalledPackagesPage;
import io.omharness.salesforce.SalesforceLogin;
import io.omharness.salesforce.SetupPage;
import io.omharness.target.OrgAccess;
import io.omharness.ui.Landmark;
import io.omharness.ui.Ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * ./harness doctor's walk: every page the guide visits, in its order, through the page objects setup
 * uses, creating and changing nothing (forms are opened and cancelled; Save, Publish and Retrieve
 * Options are looked at, never pressed). A page that cannot be reached is reported and the walk goes
 * on with what does not lie behind it.
 */
public final class DoctorWalk {
    private static final String INBOUND_MESSAGE = "Inbound Message";

    private final Ui ui;
    private final OrgAccess access;
    private final String packageName;
    private final Duration retrievalTimeout;
    private final Supplier<String> verificationCode;
    private final PageInspector inspector;

    /**
     * @param look             how long each page may take to show its landmarks (the UI timeout)
     * @param verificationCode asked only when Salesforce shows "Verify Your Identity"
     */
    public DoctorWalk(Ui ui, OrgAccess access, String packageName, Path screenshots, Duration look, Duration retrievalTimeout,
                      Supplier<String> verificationCode) {
        this.ui = ui;
        this.access = access;
        this.packageName = packageName;
        this.retrievalTimeout = retrievalTimeout;
        this.verificationCode = verificationCode;
        this.inspector = new PageInspector(ui, screenshots, look);
    }

    public List<PageCheck> walk() {
        genesys();
        salesforce();
        return inspector.pages();
    }

    private void genesys() {
        OrgAccess.Genesys g = access.genesys();
        AdminNavigation admin = new AdminNavigation(ui, g.appsUrl());
        inspector.visit("Genesys Cloud login", "GenesysLogin", () -> {
            ui.open(g.loginUrl());
            return PageInspector.Sight.of("GenesysLogin", GenesysLogin.landmarks());
        });
        boolean loggedIn = inspector.visit("Genesys Cloud Admin", "GenesysLogin, AdminNavigation", () -> {
            new GenesysLogin(ui, g).logIn();
            return PageInspector.Sight.of("GenesysLogin, AdminNavigation", concat(GenesysLogin.signedInLandmarks(), admin.landmarks()));
        });
        if (!loggedIn) {
            skipAll(List.of("Queues", "Architect", "Architect: Inbound Message flows", "Architect: Create Flow dialog",
                    "Platforms", "Platforms: Open Messaging form", "Message Routing", "Message Routing: Add page"),
                    "the Genesys Cloud login did not succeed");
            return;
        }
        inspector.visit("Queues", "QueuesPage", () -> {
            admin.openQueues();
            return PageInspector.Sight.of("QueuesPage", QueuesPage.landmarks());
        });
        architect(admin);
        PlatformsPage platforms = new PlatformsPage(ui);
        boolean platformsShown = inspector.visit("Platforms", "PlatformsPage", () -> {
            admin.openPlatforms();
            return PageInspector.Sight.of("PlatformsPage", PlatformsPage.landmarks());
        });
        formOrSkip(platformsShown, "Platforms: Open Messaging form", "PlatformsPage", () -> {
            platforms.startOpenMessagingPlatform();
            return PageInspector.Sight.of("PlatformsPage", PlatformsPage.formLandmarks()).thenLeave(platforms::cancelForm);
        });
        MessageRoutingPage routing = new MessageRoutingPage(ui);
        boolean routingShown = inspector.visit("Message Routing", "MessageRoutingPage", () -> {
            admin.searchForMessageRouting();
            return PageInspector.Sight.of("MessageRoutingPage", MessageRoutingPage.landmarks());
        });
        formOrSkip(routingShown, "Message Routing: Add page", "MessageRoutingPage", () -> {
            routing.startNewRoute();
            return PageInspector.Sight.of("MessageRoutingPage", MessageRoutingPage.routeLandmarks()).thenLeave(routing::cancelNewRoute);
        });
    }

    /** Architect opens in a window of its own: the walk returns to the admin window after it. */
    private void architect(AdminNavigation admin) {
        String adminWindow = ui.driver().getWindowHandle();
        String[] architectWindow = new String[1];
        ArchitectPage architect = new ArchitectPage(ui, retrievalTimeout);
        boolean opened = inspector.visit("Architect", "AdminNavigation, ArchitectPage", () -> {
            architectWindow[0] = admin.openArchitect();
            return PageInspector.Sight.of("ArchitectPage", ArchitectPage.landmarks());
        });
        boolean listed = opened && inspector.visit("Architect: Inbound Message flows", "ArchitectPage", () -> {
            architect.openFlowType(INBOUND_MESSAGE);
            return PageInspector.Sight.of("ArchitectPage", ArchitectPage.flowListLandmarks(INBOUND_MESSAGE));
        });
        if (!opened) {
            inspector.skip("Architect: Inbound Message flows", "ArchitectPage", "Architect did not open");
        }
        formOrSkip(listed, "Architect: Create Flow dialog", "ArchitectPage", () -> {
            architect.startCreateFlow();
            return PageInspector.Sight.of("ArchitectPage", architect.createFlowLandmarks()).thenLeave(architect::cancelCreateFlow);
        });
        if (architectWindow[0] != null) {
            ui.closeWindowAndSwitchTo(architectWindow[0], adminWindow);
        } else {
            ui.driver().switchTo().window(adminWindow);
        }
    }

    private void salesforce() {
        OrgAccess.Salesforce s = access.salesforce();
        inspector.visit("Salesforce login", "SalesforceLogin", () -> {
            ui.open(s.loginUrl());
            return PageInspector.Sight.of("SalesforceLogin", SalesforceLogin.landmarks());
        });
        boolean loggedIn = inspector.visit("Salesforce Lightning", "SalesforceLogin, SetupPage", () -> {
            new SalesforceLogin(ui, s).logIn(verificationCode);
            return PageInspector.Sight.of("SalesforceLogin, SetupPage", concat(SalesforceLogin.signedInLandmarks(), SetupPage.entryLandmarks()));
        });
        if (!loggedIn) {
            skipAll(List.of("Salesforce Setup", "Installed Packages", "Package settings"), "the Salesforce login did not succeed");
            return;
        }
        SetupPage setup = new SetupPage(ui, s);
        if (!inspector.visit("Salesforce Setup", "SetupPage", () -> {
            setup.open();
            return PageInspector.Sight.of("SetupPage", SetupPage.landmarks());
        })) {
            skipAll(List.of("Installed Packages", "Package settings"), "Setup did not open");
            return;
        }
        InstalledPackagesPage packages = new InstalledPackagesPage(ui);
        if (!inspector.visit("Installed Packages", "InstalledPackagesPage", () -> {
            setup.openFromQuickFind("Installed Packages");
            return PageInspector.Sight.of("InstalledPackagesPage", InstalledPackagesPage.landmarks(packageName)).in(packages::look);
        })) {
            skipAll(List.of("Package settings"), "Installed Packages did not show");
            return;
        }
        inspector.visit("Package settings", "ExternalRoutingSettings", () -> {
            packages.openSettings(packageName);
            ExternalRoutingSettings settings = ExternalRoutingSettings.shown(ui, retrievalTimeout);
            return PageInspector.Sight.of(settings.getClass().getSimpleName(), settings.landmarks()).in(settings::look);
        });
    }

    private void skipAll(List<String> pages, String because) {
        pages.forEach(page -> inspector.skip(page, "", because));
    }

    /** A form behind a page: opened and cancelled when the page showed, otherwise reported as not reached. */
    private void formOrSkip(boolean pageShown, String page, String pageObject, Supplier<PageInspector.Sight> open) {
        if (pageShown) {
            inspector.visit(page, pageObject, open);
        } else {
            inspector.skip(page, pageObject, "the page it opens from did not show");
        }
    }

    private static List<Landmark> concat(List<Landmark> first, List<Landmark> second) {
        List<Landmark> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
