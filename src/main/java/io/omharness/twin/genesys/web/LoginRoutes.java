package io.omharness.twin.genesys.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.omharness.twin.tenant.Tenant;
import io.omharness.twin.genesys.api.Faults;
import io.omharness.twin.genesys.api.Http;
import io.omharness.twin.genesys.auth.Sessions;
import io.omharness.twin.genesys.api.TenantAuth;
import io.omharness.twin.genesys.model.User;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** The login endpoints behind the login SPA: authenticate opens a session cookie, logout closes it. */
public final class LoginRoutes {
    private static final String WEB_APP_CLIENT = "gc-web-apps";
    private final TenantAuth auth;

    public LoginRoutes(TenantAuth auth) {
        this.auth = auth;
    }

    /** Where a login sends the browser: the implicit grant for the admin app, which returns with its token. */
    static final String APP_AUTHORIZE = "/oauth/authorize?response_type=token&client_id=" + WEB_APP_CLIENT
            + "&redirect_uri=%2Fdirectory%2F&state=%23%2F";

    public void register(Javalin app) {
        app.get("/oauth/authorize", this::authorize);
        app.post("/login/authenticate", this::authenticate);
        app.post("/login/logout", ctx -> {
            String sessionId = ctx.cookie(TenantAuth.SESSION_COOKIE);
            Optional<Tenant> tenant = auth.sessionTenant(sessionId);
            tenant.ifPresent(t -> t.genesys().sessions().close(sessionId));
            ctx.removeCookie(TenantAuth.SESSION_COOKIE, "/");
            Http.json(ctx, 200, Map.of("redirect", PageRoutes.loginPath(tenant.map(Tenant::orgName).orElse(null))));
        });
    }

    /**
     * The implicit grant the web apps use: with an active session, back to the app (its own path only)
     * with {@code #access_token=…&expires_in=…&token_type=bearer&state=…}; without one, to the login page.
     */
    private void authorize(Context ctx) {
        String redirect = ctx.queryParam("redirect_uri");
        if (!"token".equals(ctx.queryParam("response_type")) || redirect == null
                || !(redirect.equals("/directory/") || redirect.equals("/architect/"))) {
            Http.json(ctx, 400, Map.of("error", "invalid_request",
                    "error_description", "response_type=token and a redirect_uri of a Genesys Cloud app are required."));
            return;
        }
        String sessionId = ctx.cookie(TenantAuth.SESSION_COOKIE);
        Optional<Tenant> tenant = auth.sessionTenant(sessionId);
        Optional<Sessions.UserToken> token = tenant.flatMap(t -> t.genesys().sessions().issueToken(sessionId));
        if (token.isEmpty()) {
            ctx.redirect(PageRoutes.loginPath(tenant.map(Tenant::orgName).orElse(null)));
            return;
        }
        String state = ctx.queryParam("state");
        ctx.redirect(redirect + "#access_token=" + token.get().accessToken() + "&expires_in="
                + token.get().expiresIn().toSeconds() + "&token_type=bearer"
                + (state == null ? "" : "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8)));
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
                Http.json(ctx, 200, Map.of("redirect", APP_AUTHORIZE));
            });
        });
    }
}
