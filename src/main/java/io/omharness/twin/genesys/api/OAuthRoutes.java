package io.omharness.twin.genesys.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.omharness.twin.tenant.Tenant;
import io.omharness.twin.tenant.Tenants;
import io.omharness.twin.genesys.auth.OAuthClients;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** POST /oauth/token: the client-credentials grant (Basic clientId:secret). */
public final class OAuthRoutes {

    public void register(Javalin app, Tenants tenants) {
        app.post("/oauth/token", ctx -> {
            if (!"client_credentials".equals(ctx.formParam("grant_type"))) {
                tokenError(ctx, 400, "unsupported_grant_type", "Only the client_credentials grant is supported.");
                return;
            }
            Optional<String[]> credentials = basic(ctx);
            Optional<Tenant> tenant = credentials.flatMap(c -> tenants.all().stream()
                    .filter(t -> t.genesys().clientId().equals(c[0])).findFirst());
            Optional<OAuthClients.Token> token = tenant.flatMap(t -> t.genesys().oauth().issue(credentials.get()[0],
                    credentials.get()[1]));
            if (token.isEmpty()) {
                tokenError(ctx, 401, "invalid_client", "client not found: invalid_client");
                return;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("access_token", token.get().accessToken());
            body.put("token_type", "bearer");
            body.put("expires_in", token.get().expiresIn().toSeconds());
            Faults.run(ctx, tenant.get().settings(), false, () -> Http.json(ctx, 200, body));
        });
    }

    /** The login service's own error shape, not the API's ErrorBody. */
    private static void tokenError(Context ctx, int status, String error, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("description", description);
        body.put("error_description", description);
        Http.json(ctx, status, body);
    }

    /** {clientId, secret} from the Basic header, else from the form (both are allowed by OAuth 2). */
    private static Optional<String[]> basic(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? Optional.empty()
                        : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        String id = ctx.formParam("client_id");
        String secret = ctx.formParam("client_secret");
        return id == null || secret == null ? Optional.empty() : Optional.of(new String[] {id, secret});
    }
}
