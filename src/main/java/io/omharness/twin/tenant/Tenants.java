package io.omharness.twin.tenant;

import io.omharness.twin.core.TenantSettings;

import io.omharness.twin.genesys.org.GenesysOrg;
import io.omharness.twin.salesforce.org.SalesforceOrg;

import io.omharness.twin.core.SandboxTimers;
import io.omharness.twin.salesforce.model.ConnectedApp;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** All tenants of one sandbox start. Each is isolated: its own users, objects, sessions and faults. */
public final class Tenants {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Tenant> byId = new ConcurrentHashMap<>();
    private final Map<String, Tenant> byOrgName = new ConcurrentHashMap<>();
    // Made while the servers, the browsers and Cucumber start: each tenant used to wait 0.4-1.3 s for its own.
    private final CompletableFuture<KeyPair> certificate = CompletableFuture.supplyAsync(ConnectedApp::newCertificate,
            SandboxTimers.after(0));

    public Tenant create(TenantRequest request) {
        String id = UUID.randomUUID().toString();
        String orgName = request.orgName() != null ? request.orgName() : "sandbox-" + id.substring(0, 8);
        TenantSettings settings = request.settings();
        Tenant tenant = new Tenant(id, orgName, settings,
                new GenesysOrg(orgName, orRandom(request.genesysPassword()), orRandom(request.clientSecret()), settings),
                new SalesforceOrg(orgName, orRandom(request.salesforcePassword()), certificate.join()));
        if (byOrgName.putIfAbsent(orgName, tenant) != null) {
            throw new IllegalArgumentException("An org named " + orgName + " already exists");
        }
        byId.put(id, tenant);
        return tenant;
    }

    public Optional<Tenant> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Tenant> byOrgName(String orgName) {
        return Optional.ofNullable(byOrgName.get(orgName));
    }

    public Collection<Tenant> all() {
        return byId.values();
    }

    private static String orRandom(String given) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What the control API accepts when creating a tenant; nulls mean "choose for me". */
    public record TenantRequest(String orgName, String genesysPassword, String clientSecret,
                                String salesforcePassword, TenantSettings settings) {
    }
}
