package io.omharness.sandbox.genesys;

import io.javalin.Javalin;
import io.omharness.sandbox.ControlApi;
import io.omharness.sandbox.SandboxContext;
import io.omharness.sandbox.TwinModule;
import io.omharness.sandbox.genesys.api.Api;
import io.omharness.sandbox.genesys.api.DirectoryRoutes;
import io.omharness.sandbox.genesys.api.FlowRoutes;
import io.omharness.sandbox.genesys.api.Http;
import io.omharness.sandbox.genesys.api.MessagingRoutes;
import io.omharness.sandbox.genesys.api.OAuthRoutes;
import io.omharness.sandbox.genesys.auth.TenantAuth;
import io.omharness.sandbox.genesys.web.LoginRoutes;
import io.omharness.sandbox.genesys.web.PageRoutes;

/** The Genesys Cloud CX twin: login, admin UI, Architect and the Platform API subset. */
public final class GenesysTwin implements TwinModule {
    @Override
    public void register(Javalin app, SandboxContext context) {
        TenantAuth auth = new TenantAuth(context.tenants());
        Api api = new Api(auth);
        new LoginRoutes(auth).register(app);
        new PageRoutes(context, auth).register(app);
        new OAuthRoutes().register(app, context.tenants());
        new DirectoryRoutes().register(app, api);
        new FlowRoutes().register(app, api);
        new MessagingRoutes().register(app, api);
        app.get(ControlApi.ROOT + "/tenants/{id}/customer-objects", ctx -> Http.json(ctx, 200,
                ControlApi.tenant(context, ctx).genesys().customerObjects().report()));
    }
}
