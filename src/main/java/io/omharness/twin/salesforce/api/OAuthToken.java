package io.omharness.twin.salesforce.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.omharness.twin.tenant.Tenant;
import io.omharness.twin.salesforce.model.ConnectedApp;
import io.omharness.twin.salesforce.model.Sessions;
import io.omharness.twin.salesforce.pages.SalesforceSite;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * POST /services/oauth2/token with the flows a connected app offers: the JWT bearer flow (an RS256
 * assertion signed with the app's certificate key), the client credentials flow (the app's run-as user),
 * and the username-password flow (client id and secret, password with the security token appended;
 * refused with "authentication failure" when the org blocks it, as new orgs do). Errors have Salesforce's
 * shape: {error, error_description}.
 */
final class OAuthToken {
    static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SalesforceSite site;

    OAuthToken(SalesforceSite site) {
        this.site = site;
    }

    void handle(Context ctx) {
        String grant = String.valueOf(ctx.formParam("grant_type"));
        switch (grant) {
            case JWT_BEARER -> jwtBearer(ctx);
            case "client_credentials" -> clientCredentials(ctx);
            case "password" -> password(ctx);
            default -> error(ctx, 400, "unsupported_grant_type", "grant type not supported");
        }
    }

    private void password(Context ctx) {
        Optional<Tenant> tenant = site.tenantByUsername(ctx.formParam("username"));
        Optional<ConnectedApp> app = appFor(ctx, ctx.formParam("client_id"));
        if (app.isEmpty()) {
            return;
        }
        if (!app.get().consumerSecret().equals(ctx.formParam("client_secret"))) {
            error(ctx, 400, "invalid_client", "invalid client credentials");
            return;
        }
        boolean credentials = tenant.filter(t -> t.salesforce().connectedApp() == app.get())
                .filter(t -> (t.salesforce().password() + app.get().securityToken()).equals(ctx.formParam("password")))
                .isPresent();
        if (!credentials || !tenant.get().settings().salesforcePasswordFlow) {
            // Login History would say "Username-Password Flow Disabled"; the API says only this
            error(ctx, 400, "invalid_grant", "authentication failure");
            return;
        }
        issue(ctx, tenant.get(), true);
    }

    private void clientCredentials(Context ctx) {
        String[] basic = basicAuth(ctx);
        String id = basic != null ? basic[0] : ctx.formParam("client_id");
        String secret = basic != null ? basic[1] : ctx.formParam("client_secret");
        Optional<ConnectedApp> app = appFor(ctx, id);
        if (app.isEmpty()) {
            return;
        }
        if (!app.get().consumerSecret().equals(secret)) {
            error(ctx, 400, "invalid_client", "invalid client credentials");
            return;
        }
        issue(ctx, tenantOf(app.get()), false);
    }

    private void jwtBearer(Context ctx) {
        String assertion = ctx.formParam("assertion");
        String[] parts = assertion == null ? new String[0] : assertion.split("\\.");
        if (parts.length != 3) {
            error(ctx, 400, "invalid_grant", "invalid assertion");
            return;
        }
        JsonNode header = decode(parts[0]);
        JsonNode claims = decode(parts[1]);
        if (header == null || claims == null || !"RS256".equals(header.path("alg").asText())) {
            error(ctx, 400, "invalid_grant", "invalid assertion");
            return;
        }
        Optional<ConnectedApp> app = appFor(ctx, claims.path("iss").asText(null));
        if (app.isEmpty()) {
            return;
        }
        if (!verifies(app.get(), parts)) {
            error(ctx, 400, "invalid_grant", "invalid assertion");
            return;
        }
        if (!site.loginOrigin().equals(claims.path("aud").asText().replaceAll("/+$", ""))) {
            error(ctx, 400, "invalid_grant", "audience is invalid");
            return;
        }
        long exp = claims.path("exp").asLong(0);
        if (exp < Instant.now().getEpochSecond()) {
            error(ctx, 400, "invalid_grant", "expired authorization code");
            return;
        }
        Tenant tenant = tenantOf(app.get());
        if (!tenant.salesforce().username().equalsIgnoreCase(claims.path("sub").asText())) {
            error(ctx, 400, "invalid_grant", "user hasn't approved this consumer");
            return;
        }
        issue(ctx, tenant, false);
    }

    private Optional<ConnectedApp> appFor(Context ctx, String consumerKey) {
        Optional<ConnectedApp> app = site.connectedApp(consumerKey);
        if (app.isEmpty()) {
            error(ctx, 400, "invalid_client_id", "client identifier invalid");
        }
        return app;
    }

    private Tenant tenantOf(ConnectedApp app) {
        return site.tenantOfApp(app).orElseThrow();
    }

    private static boolean verifies(ConnectedApp app, String[] parts) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(app.certificateKey());
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static JsonNode decode(String part) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(part));
        } catch (Exception e) {
            return null;
        }
    }

    private static String[] basicAuth(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith("Basic ")) {
            return null;
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private void issue(Context ctx, Tenant tenant, boolean withSignature) {
        Sessions.Session s = site.sessions().open(tenant.id(), tenant.salesforce().orgId(), tenant.settings().sessionLifetime);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("access_token", s.id());
        if (!withSignature) {
            out.put("scope", "api");
        }
        out.put("instance_url", site.appOrigin());
        out.put("id", site.appOrigin() + "/id/" + tenant.salesforce().orgId() + "/005000000000001AAA");
        out.put("token_type", "Bearer");
        if (withSignature) {
            out.put("issued_at", Long.toString(System.currentTimeMillis()));
            out.put("signature", Base64.getEncoder().encodeToString(s.id().getBytes(StandardCharsets.UTF_8)));
        }
        ctx.json(out);
    }

    private static void error(Context ctx, int status, String error, String description) {
        ctx.status(status).json(Map.of("error", error, "error_description", description));
    }
}
