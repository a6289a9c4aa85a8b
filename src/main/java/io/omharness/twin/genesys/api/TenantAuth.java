package io.omharness.twin.genesys.api;

import io.omharness.twin.genesys.auth.Sessions;

import io.omharness.twin.tenant.Tenant;
import io.omharness.twin.tenant.Tenants;
import io.omharness.twin.genesys.model.Caller;

import java.util.Optional;

/**
 * Finds the tenant and caller behind a bearer token or a session cookie. Tokens and session ids are
 * random and unique across tenants, so a lookup over all tenants is unambiguous.
 */
public final class TenantAuth {
    public static final String SESSION_COOKIE = "gcx_session";
    private final Tenants tenants;

    public TenantAuth(Tenants tenants) {
        this.tenants = tenants;
    }

    public record Authenticated(Tenant tenant, Caller caller) {
    }

    /** A client-credentials token (the OAuth client) or a web app's token (the session's user). */
    public Optional<Authenticated> bearer(String token) {
        for (Tenant tenant : tenants.all()) {
            if (tenant.genesys().oauth().valid(token)) {
                return Optional.of(new Authenticated(tenant, tenant.genesys().clientCaller()));
            }
            Optional<String> userId = tenant.genesys().sessions().userOfToken(token);
            if (userId.isPresent()) {
                return tenant.genesys().users().byId(userId.get()).map(u -> new Authenticated(tenant, Caller.user(u)));
            }
        }
        return Optional.empty();
    }

    /** The active session's tenant and user. */
    public Optional<Authenticated> session(String sessionId) {
        for (Tenant tenant : tenants.all()) {
            Optional<String> userId = tenant.genesys().sessions().use(sessionId);
            if (userId.isPresent()) {
                return tenant.genesys().users().byId(userId.get()).map(u -> new Authenticated(tenant, Caller.user(u)));
            }
        }
        return Optional.empty();
    }

    /** The tenant a session belongs or belonged to, even when it has expired. */
    public Optional<Tenant> sessionTenant(String sessionId) {
        return tenants.all().stream()
                .filter(t -> t.genesys().sessions().state(sessionId) != Sessions.State.UNKNOWN).findFirst();
    }

    /**
     * The Platform API takes bearer tokens only (a client's, or a web app's from the implicit grant): the
     * apps' session cookie belongs to the apps' host, not the API's.
     */
    public Optional<Authenticated> apiCaller(String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(authorization.substring(7).trim());
        }
        return Optional.empty();
    }

    public Tenants tenants() {
        return tenants;
    }
}
