package io.omharness.twin.genesys.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.omharness.twin.Tenant;
import io.omharness.twin.genesys.GenesysOrg;
import io.omharness.twin.genesys.auth.TenantAuth;
import io.omharness.twin.genesys.model.Caller;
import io.omharness.twin.genesys.model.GenesysError;

import java.util.List;

/** Wraps /api/v2 handlers: authentication (bearer or session), then the tenant's faults, then the work. */
public final class Api {
    private final TenantAuth auth;

    public Api(TenantAuth auth) {
        this.auth = auth;
    }

    public record Call(Context ctx, Tenant tenant, Caller caller) {
        public GenesysOrg org() {
            return tenant.genesys();
        }
    }

    @FunctionalInterface
    public interface ApiHandler {
        void handle(Call call) throws Exception;
    }

    public Handler handler(ApiHandler handler) {
        return ctx -> {
            var caller = auth.apiCaller(ctx.header("Authorization"), ctx.cookie(TenantAuth.SESSION_COOKIE));
            if (caller.isEmpty()) {
                Http.error(ctx, new GenesysError(401, "authentication.required",
                        "Authentication is required: send a valid bearer token or session.", List.of()));
                return;
            }
            Call call = new Call(ctx, caller.get().tenant(), caller.get().caller());
            Faults.run(ctx, call.tenant().settings(), true, () -> handler.handle(call));
        };
    }
}
