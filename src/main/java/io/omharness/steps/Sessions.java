package io.omharness.steps;

import io.omharness.genesys.GenesysLogin;
import io.omharness.genesys.SessionExpired;
import io.omharness.genesys.api.GenesysApi;
import io.omharness.genesys.api.ListWaits;
import io.omharness.salesforce.SalesforceLogin;
import io.omharness.salesforce.api.SalesforceApi;
import io.omharness.ui.SignedOut;

/**
 * Logins and API clients that belong to a browser, not a scenario: a browser logs in to each system
 * once and its later scenarios reuse the session (real orgs throttle repeated scripted logins).
 */
final class Sessions {
    private record GenesysLoggedIn() {
    }

    private record SalesforceLoggedIn() {
    }

    private Sessions() {
    }

    static void genesysLogin(World world) {
        if (world.browser().recall(GenesysLoggedIn.class).isEmpty()) {
            new GenesysLogin(world.ui(), world.access().genesys()).logIn();
            world.browser().remember(GenesysLoggedIn.class, GenesysLoggedIn::new);
        }
    }

    static void salesforceLogin(World world) {
        if (world.browser().recall(SalesforceLoggedIn.class).isEmpty()) {
            new SalesforceLogin(world.ui(), world.access().salesforce()).logIn(() -> verificationCode(world));
            world.browser().remember(SalesforceLoggedIn.class, SalesforceLoggedIn::new);
        }
    }

    /**
     * Runs a step that reaches its page through the admin navigation; when the session has expired on the
     * way, logs in again (once) and reaches the page again. Completed steps are not repeated.
     */
    static <T> T renewingGenesys(World world, java.util.function.Supplier<T> navigation) {
        genesysLogin(world);
        try {
            return navigation.get();
        } catch (SessionExpired | SignedOut expired) {
            new GenesysLogin(world.ui(), world.access().genesys()).logIn();
            return navigation.get();
        }
    }

    /**
     * Runs a step on a Genesys page; when it fails because the session expired under it (the app sent the
     * browser to the login page), logs in again once, returns to the step's page and runs the step again.
     */
    static void resumingGenesys(World world, Runnable backToThePage, Runnable step) {
        GenesysLogin login = new GenesysLogin(world.ui(), world.access().genesys());
        resuming(login::showsLoginPage, login::logIn, backToThePage, step);
    }

    /** As {@link #resumingGenesys}, for a step in Salesforce. */
    static void resumingSalesforce(World world, Runnable backToThePage, Runnable step) {
        SalesforceLogin login = new SalesforceLogin(world.ui(), world.access().salesforce());
        resuming(login::showsLoginForm, () -> login.logIn(() -> verificationCode(world)), backToThePage, step);
    }

    private static void resuming(java.util.function.BooleanSupplier onLoginPage, Runnable logIn, Runnable backToThePage,
                                 Runnable step) {
        try {
            step.run();
        } catch (RuntimeException failure) {
            if (!onLoginPage.getAsBoolean()) {
                throw failure;
            }
            logIn.run();
            backToThePage.run();
            step.run();
        }
    }

    static void renewingGenesys(World world, Runnable navigation) {
        renewingGenesys(world, () -> {
            navigation.run();
            return true;
        });
    }

    static GenesysApi genesysApi(World world) {
        var timeouts = world.config().timeouts();
        return world.browser().remember(GenesysApi.class, () -> new GenesysApi(world.access().genesys(),
                new ListWaits(timeouts.sync(), timeouts.consistency(), java.time.Duration.ofMillis(500))));
    }

    static SalesforceApi salesforceApi(World world) {
        return world.browser().remember(SalesforceApi.class, () -> new SalesforceApi(world.access().salesforce(),
                world.config().orgs().salesforce().apiVersion()));
    }

    private static String verificationCode(World world) {
        String tenant = world.access().sandboxTenantId().orElseThrow(() -> new IllegalStateException(
                "Salesforce asks to verify your identity: log in once by hand in this org, or use a frontdoor session"));
        return world.run().twinControl().orElseThrow().verificationCode(tenant);
    }
}
