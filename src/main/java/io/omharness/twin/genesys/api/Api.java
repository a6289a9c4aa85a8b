package io.omharness.twin.genesys.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.omharness.twin.tenant.Tenant;
import io.omharness.twin.genesys.org.GenesysOrg;
import io.omharness.twin.genesys.model.Caller;
import io.omharness.twin.genesys.model.GenesysError;

import java.time.Duration;
import java.util.List;

/** Wraps /api/v2 handlers: authentication (a bearer token), then the tenant's faults, then the work. */
public final class Api {
    private final TenantAuth auth;

    public Api(TenantAuth auth) {
        this.auth = auth;
    }

    public record Call(Context ctx, Tenant tenant, Caller caller) {
        public GenesysOrg org() {
            return tenant.genesys();
        }

        /**
         * How far LIST endpoints lag behind changes for this caller: API clients read the eventually
         * consistent lists; the twin's own UI pages read them directly (their page objects do not poll).
         */
        public Duration listLag() {
            return caller.isUser() ? Duration.ZERO : tenant.settings().consistencyLag;
        }
    }

    @FunctionalInterface
    public interface ApiHandler {
        void handle(Call call) throws Exception;
    }

    public io.omharness.twin.tenant.Tenants tenants() {
        return auth.tenants();
    }

    /**
     * The Architect app's own endpoints (editor save and validate): a browser session only, never a
     * bearer token, since flow content is not part of the Platform API.
     */
    public Handler sessionHandler(ApiHandler handler) {
        return ctx -> {
            var session = auth.session(ctx.cookie(TenantAuth.SESSION_COOKIE));
            if (session.isEmpty()) {
                Http.error(ctx, new GenesysError(401, "authentication.required", "Sign in to Architect.", List.of()));
                return;
            }
            Call call = new Call(ctx, session.get().tenant(), session.get().caller());
            Faults.run(ctx, call.tenant().settings(), false, () -> handler.handle(call));
        };
    }

    public Handler handler(ApiHandler handler) {
        return ctx -> {
            var caller = auth.apiCaller(ctx.header("Authorization"));
            if (caller.isEmpty()) {
                Http.error(ctx, new GenesysError(401, "authentication.required",
                        "Authentication is required: send a valid bearer token.", List.of()));
                return;
            }
            Call call = new Call(ctx, caller.get().tenant(), caller.get().caller());
            if (!call.caller().isUser()) {
                int budget = call.tenant().settings().requestsPerMinute;
                var wait = call.org().oauth().spend(bearer(ctx.header("Authorization")), budget);
                if (wait.isPresent()) {
                    Faults.budgetSpent(ctx, budget, wait.getAsLong());
                    return;
                }
            }
            Faults.run(ctx, call.tenant().settings(), true, () -> handler.handle(call));
        };
    }

    private static String bearer(String authorization) {
        return authorization == null || authorization.length() < 7 ? null : authorization.substring(7).trim();
    }
}
