package io.omharness.steps;

import io.omharness.genesys.GenesysLogin;
import io.omharness.genesys.api.GenesysApi;
import io.omharness.salesforce.SalesforceLogin;
import io.omharness.salesforce.api.SalesforceApi;

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

    static GenesysApi genesysApi(World world) {
        return world.browser().remember(GenesysApi.class, () -> new GenesysApi(world.access().genesys()));
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
