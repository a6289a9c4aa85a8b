package io.omharness.cli;

import io.omharness.control.TwinControl;
import io.omharness.target.OrgAccess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * What ./harness sandbox prints so that the demo-org profile (real orgs) runs against this twin instead:
 * the -D lines for its URLs and users, the secrets as environment variables, and where a test reads
 * whether the tenant's own objects are intact.
 */
final class DemoOrgPointer {
    private DemoOrgPointer() {
    }

    /** The private key of the tenant's connected app, in an owner-only file, as an admin keeps it. */
    static Path writePrivateKey(OrgAccess access) {
        try {
            Path key = Files.createTempFile("omh-sandbox-connected-app-", ".key",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(key, access.salesforce().api().privateKeyPem().reveal());
            key.toFile().deleteOnExit();
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String forTenant(OrgAccess access, TwinControl control, Path privateKey) {
        OrgAccess.Genesys g = access.genesys();
        OrgAccess.Salesforce s = access.salesforce();
        String tenant = access.sandboxTenantId().orElseThrow();
        String genesysOrigin = g.appsUrl();
        List<String> options = List.of(
                "--profile demo-org",
                "-Dharness.genesys.region=",
                "-Dharness.genesys.loginUrl=" + genesysOrigin + "/login",
                "-Dharness.genesys.appsUrl=" + genesysOrigin,
                "-Dharness.genesys.apiUrl=" + g.apiUrl(),
                "-Dharness.genesys.org=" + g.org(),
                "-Dharness.genesys.user.email=" + g.email(),
                "-Dharness.salesforce.loginUrl=" + s.loginUrl().replaceAll("/+$", ""),
                "-Dharness.salesforce.setupUrl=" + s.setupUrl(),
                "-Dharness.salesforce.username=" + s.username());
        return """
                To run the demo-org profile against this tenant (as on a real org), export the secrets
                  export GENESYS_PASSWORD='%s' GENESYS_CLIENT_ID='%s' GENESYS_CLIENT_SECRET='%s' \\
                         SALESFORCE_PASSWORD='%s' OPEN_MESSAGING_WEBHOOK_TOKEN='%s' \\
                         SALESFORCE_CONSUMER_KEY='%s' SALESFORCE_PRIVATE_KEY_FILE='%s'
                and add these options to ./harness doctor, setup, plan or teardown:
                  %s
                  Tenant id:           %s
                  Its own objects:     %s/tenants/%s/customer-objects   (intact = nothing of the org's own changed)
                """.formatted(g.password().reveal(), g.clientId(), g.clientSecret().reveal(), s.password().reveal(),
                "omh-twin-" + tenant + "-webhook-token", s.api().consumerKey(), privateKey.toAbsolutePath(), String.join(" \\\n    ", options), tenant,
                control.homeUrl(), tenant);
    }
}
