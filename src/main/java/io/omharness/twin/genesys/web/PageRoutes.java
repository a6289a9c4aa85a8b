package io.omharness.twin.genesys.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.omharness.twin.tenant.SandboxContext;
import io.omharness.twin.tenant.Tenant;
import io.omharness.twin.genesys.api.Faults;
import io.omharness.twin.genesys.api.Http;
import io.omharness.twin.genesys.api.TenantAuth;
import io.omharness.twin.genesys.model.Caller;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The SPA shells (login public; directory and Architect behind a session) and static assets. The directory
 * shell carries the org's front-end configuration in a meta tag, as Ember apps do (which navigation it shows).
 */
public final class PageRoutes {
    private static final Pattern ASSET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private final SandboxContext context;
    private final TenantAuth auth;

    public PageRoutes(SandboxContext context, TenantAuth auth) {
        this.context = context;
        this.auth = auth;
    }

    public static String loginPath(String org) {
        return org == null ? "/login/" : "/login/#/authenticate-adv/org/" + org;
    }

    public void register(Javalin app) {
        app.get("/login/", ctx -> html(ctx, "genesys/login.html"));
        app.get("/directory/", ctx -> protectedPage(ctx, "genesys/directory.html"));
        app.get("/architect/", ctx -> protectedPage(ctx, "genesys/architect.html"));
        app.get("/gc-assets/{file}", ctx -> {
            String file = ctx.pathParam("file");
            if (!ASSET_NAME.matcher(file).matches() || file.contains("..")) {
                ctx.status(404);
                return;
            }
            ctx.header("Cache-Control", "public, max-age=3600");
            context.assets().serve(ctx, "genesys/assets/" + file);
        });
        // control API only (TwinControl.uiSession, for tests): the twin's pages learn who is logged in from
        // GET /api/v2/users/me?expand=organization with their bearer token, as the real apps do
        app.get("/__sandbox/ui", ctx -> {
            var session = auth.session(ctx.cookie(TenantAuth.SESSION_COOKIE));
            if (session.isEmpty()) {
                Http.json(ctx, 401, Map.of("message", "No active session.", "code", "authentication.required", "status", 401));
                return;
            }
            Tenant tenant = session.get().tenant();
            Caller user = session.get().caller();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("org", tenant.orgName());
            body.put("navigation", tenant.settings().newNavigation() ? "new" : "legacy");
            body.put("user", Map.of("id", user.userId(), "name", user.userName(),
                    "email", tenant.genesys().users().require(user.userId()).email()));
            Http.json(ctx, 200, body);
        });
    }

    private void html(Context ctx, String resource) {
        ctx.header("Cache-Control", "no-store");
        context.assets().serve(ctx, resource);
    }

    private void protectedPage(Context ctx, String resource) {
        String sessionId = ctx.cookie(TenantAuth.SESSION_COOKIE);
        var session = auth.session(sessionId);
        if (session.isEmpty()) {
            String org = auth.sessionTenant(sessionId).map(Tenant::orgName).orElse(null);
            ctx.redirect(loginPath(org));
            return;
        }
        Tenant tenant = session.get().tenant();
        String config = URLEncoder.encode("{\"navigation\":\"" + (tenant.settings().newNavigation() ? "new" : "legacy") + "\"}",
                StandardCharsets.UTF_8);
        Faults.run(ctx, tenant.settings(), false, () -> {
            ctx.header("Cache-Control", "no-store");
            ctx.contentType("text/html; charset=utf-8").result(context.assets().page(resource, Map.of("config", config)));
        });
    }
}
