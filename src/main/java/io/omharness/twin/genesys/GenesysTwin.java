package io.omharness.twin.genesys;

import io.javalin.Javalin;
import io.omharness.twin.tenant.SandboxContext;
import io.omharness.twin.tenant.TwinModule;
import io.omharness.twin.genesys.api.Api;
import io.omharness.twin.genesys.api.DirectoryRoutes;
import io.omharness.twin.genesys.api.FlowRoutes;
import io.omharness.twin.genesys.api.Http;
import io.omharness.twin.genesys.api.MessagingRoutes;
import io.omharness.twin.genesys.api.OAuthRoutes;
import io.omharness.twin.genesys.api.TenantAuth;
import io.omharness.twin.genesys.web.LoginRoutes;
import io.omharness.twin.genesys.web.PageRoutes;

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
    }
}
