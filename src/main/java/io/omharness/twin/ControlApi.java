package io.omharness.twin;

import io.omharness.twin.core.SandboxUrls;
import io.omharness.twin.core.TenantSettings;
import io.omharness.twin.tenant.SandboxContext;
import io.omharness.twin.tenant.Tenant;
import io.omharness.twin.tenant.Tenants;
import io.omharness.twin.tenant.TwinModule;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sandbox's own API under /__sandbox (a path real Genesys does not use): creates isolated
 * tenants, changes their faults, and reveals what tests need (e.g. identity verification codes).
 */
public final class ControlApi implements TwinModule {
    public static final String ROOT = "/__sandbox";

    @Override
    public void register(Javalin app, SandboxContext context) {
        app.get(ROOT, ctx -> ctx.html(context.assets().page("common/index.html", Map.of(
                "seed", Long.toString(context.seed().seed()),
                "genesys", context.urls().genesys(),
                "salesforce", context.urls().salesforce(),
                "tenants", Integer.toString(context.tenants().all().size())))));
        app.post(ROOT + "/tenants", ctx -> {
            Map<String, Object> body = ctx.body().isBlank() ? Map.of() : ctx.bodyAsClass(Map.class);
            TenantSettings settings = context.defaults().newSettings();
            apply(settings, body);
            Tenant tenant = context.tenants().create(new Tenants.TenantRequest(
                    (String) body.get("orgName"), (String) body.get("genesysPassword"), (String) body.get("clientSecret"),
                    (String) body.get("salesforcePassword"), settings));
            ctx.status(201).json(access(tenant, context.urls()));
        });
        // What only a test may know: the Salesforce org's identity verification code ...
        app.get(ROOT + "/tenants/{id}/salesforce/verification-code", ctx -> {
            var code = tenant(context, ctx).salesforce().identity().latestCode(ctx.pathParam("id"));
            if (code.isEmpty()) {
                ctx.status(404).json(Map.of("message", "No verification code is pending for this tenant."));
                return;
            }
            ctx.json(Map.of("code", code.get()));
        });
        // ... and whether the org's own (seeded) objects are as they were.
        app.get(ROOT + "/tenants/{id}/customer-objects",
                ctx -> ctx.json(tenant(context, ctx).genesys().customerObjects().report()));
        app.put(ROOT + "/tenants/{id}/settings", ctx -> {
            Tenant tenant = tenant(context, ctx);
            apply(tenant.settings(), ctx.bodyAsClass(Map.class));
            ctx.status(204);
        });
    }

    public static Tenant tenant(SandboxContext context, Context ctx) {
        return context.tenants().byId(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("No tenant " + ctx.pathParam("id")));
    }

    /** How to reach a tenant: the details a person or the harness logs in with. */
    public static Map<String, Object> access(Tenant tenant, SandboxUrls urls) {
        Map<String, Object> genesys = new LinkedHashMap<>();
        genesys.put("org", tenant.orgName());
        genesys.put("loginUrl", urls.genesysLogin(tenant.orgName()));
        genesys.put("appsUrl", urls.genesys());
        genesys.put("apiUrl", urls.genesys());
        genesys.put("email", tenant.genesys().adminEmail());
        genesys.put("password", tenant.genesys().adminPassword());
        genesys.put("clientId", tenant.genesys().clientId());
        genesys.put("clientSecret", tenant.genesys().clientSecret());
        Map<String, Object> salesforce = new LinkedHashMap<>();
        salesforce.put("loginUrl", urls.salesforce() + "/");
        salesforce.put("setupUrl", urls.salesforceSetup());
        salesforce.put("username", tenant.salesforce().username());
        salesforce.put("password", tenant.salesforce().password());
        var app = tenant.salesforce().connectedApp();
        salesforce.put("connectedApp", Map.of("consumerKey", app.consumerKey(), "consumerSecret", app.consumerSecret(),
                "privateKeyPem", app.privateKeyPem(), "securityToken", app.securityToken()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tenantId", tenant.id());
        out.put("genesys", genesys);
        out.put("salesforce", salesforce);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void apply(TenantSettings s, Map<String, Object> body) {
        if (body.get("navigation") instanceof String nav) s.navigation = nav;
        if (body.get("identityVerification") instanceof Boolean b) s.identityVerification = b;
        if (body.get("retrieveQueueLimit") instanceof Number n) s.retrieveQueueLimit = n.intValue();
        if (body.get("salesforcePasswordFlow") instanceof Boolean b) s.salesforcePasswordFlow = b;
        if (body.get("alohaShadow") instanceof String shadow) s.alohaShadow = shadow;
        if (body.get("salesforceNamespace") instanceof String ns) s.salesforceNamespace = ns;
        if (body.get("salesforceSettingsUi") instanceof String ui) s.salesforceSettingsUi = ui;
        if (body.get("faults") instanceof Map<?, ?> f) {
            Map<String, Object> faults = (Map<String, Object>) f;
            if (faults.get("latencyMs") instanceof Number n) s.latency = Duration.ofMillis(n.longValue());
            if (faults.get("jitterMs") instanceof Number n) s.jitter = Duration.ofMillis(n.longValue());
            if (faults.get("transientErrorRate") instanceof Number n) s.transientErrorRate = n.doubleValue();
            if (faults.get("publishMs") instanceof Number n) s.publishDuration = Duration.ofMillis(n.longValue());
            if (faults.get("integrationCreateMs") instanceof Number n) s.integrationCreateDuration = Duration.ofMillis(n.longValue());
            if (faults.get("consistencyLagMs") instanceof Number n) s.consistencyLag = Duration.ofMillis(n.longValue());
            if (faults.get("requestsPerMinute") instanceof Number n) s.requestsPerMinute = n.intValue();
            if (faults.get("sessionLifetimeMs") instanceof Number n) s.sessionLifetime = Duration.ofMillis(n.longValue());
        }
    }
}
