package io.omharness.twin.genesys.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.omharness.twin.Tenant;
import io.omharness.twin.genesys.api.Faults;
import io.omharness.twin.genesys.api.Http;
import io.omharness.twin.genesys.auth.TenantAuth;
import io.omharness.twin.genesys.model.User;

import java.util.Map;
import java.util.Optional;

/** The login endpoints behind the login SPA: authenticate opens a session cookie, logout closes it. */
public final class LoginRoutes {
    private final TenantAuth auth;

    public LoginRoutes(TenantAuth auth) {
        this.auth = auth;
    }

    public void register(Javalin app) {
        app.post("/login/authenticate", this::authenticate);
        app.post("/login/logout", ctx -> {
            String sessionId = ctx.cookie(TenantAuth.SESSION_COOKIE);
            Optional<Tenant> tenant = auth.sessionTenant(sessionId);
            tenant.ifPresent(t -> t.genesys().sessions().close(sessionId));
            ctx.removeCookie(TenantAuth.SESSION_COOKIE, "/");
            Http.json(ctx, 200, Map.of("redirect", PageRoutes.loginPath(tenant.map(Tenant::orgName).orElse(null))));
        });
    }

    private void authenticate(Context ctx) {
        Http.execute(ctx, () -> {
            JsonNode body = Http.body(ctx);
            String org = Http.text(body, "org");
            Optional<Tenant> tenant = org == null ? Optional.empty() : auth.tenants().byOrgName(org);
            if (tenant.isEmpty()) {
                Http.json(ctx, 404, Map.of("message", "Organization " + org + " not found."));
                return;
            }
            Optional<User> user = tenant.get().genesys().users()
                    .authenticate(Http.text(body, "email"), Http.text(body, "password"));
            Faults.run(ctx, tenant.get().settings(), false, () -> {
                if (user.isEmpty()) {
                    Http.json(ctx, 401, Map.of("message", "The email address or password is incorrect."));
                    return;
                }
                String sessionId = tenant.get().genesys().sessions().open(user.get().id());
                ctx.cookie(new Cookie(TenantAuth.SESSION_COOKIE, sessionId, "/", -1, false, 0, true, null, null,
                        SameSite.LAX));
                Http.json(ctx, 200, Map.of("redirect", "/directory/#/"));
            });
        });
    }
}
