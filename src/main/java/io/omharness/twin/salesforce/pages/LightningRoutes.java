package io.omharness.twin.salesforce.pages;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.omharness.twin.tenant.Tenant;
import io.omharness.twin.salesforce.model.SalesforceObjects;
import io.omharness.facts.GenesysRegions;
import io.omharness.twin.salesforce.model.SyncedRecord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lightning pages. The app (home, list views) lives on the app origin; Setup lives on its own origin
 * and gets its session through /secur/frontdoor.jsp, handed over from the app's session as real orgs do.
 */
final class LightningRoutes {
    private static final String SETUP_HOME = "/lightning/setup/SetupOneHome/home";
    private final SalesforceSite site;

    LightningRoutes(SalesforceSite site) {
        this.site = site;
    }

    void register(Javalin app) {
        app.get(LoginRoutes.HOME, ctx -> appPage(ctx, "home", Map.of()));
        app.get("/lightning/o/{object}/list", ctx -> {
            String object = recordObject(ctx);
            if (object == null) {
                ctx.status(404).html("<h1>Page not found</h1>");
                return;
            }
            appPage(ctx, "list", Map.of("object", ctx.pathParam("object"), "objectLabel", SalesforceObjects.labelOf(object)));
        });
        app.get("/lightning/n/{tab}", ctx -> {
            Optional<Tenant> tenant = site.tenant(ctx);
            if (tenant.isPresent() && !PackageSettingsRoutes.isAppTab(tenant.get(), ctx.pathParam("tab"))) {
                ctx.status(404).html("<h1>Page not found</h1>");
                return;
            }
            appPage(ctx, "erapp", Map.of("tab", ctx.pathParam("tab"), "appLabel", SalesforceObjects.APP_NAME,
                    "regions", GenesysRegions.labels()));
        });
        app.get("/ui-api/list-records/{object}", this::listRecords);
        app.get("/lightning/setup/{node}/home", ctx -> setupPage(ctx, ctx.pathParam("node"), null));
        app.get("/lightning/setup/{node}/page", ctx -> setupPage(ctx, ctx.pathParam("node"),
                SalesforceSite.safeReturn(ctx.queryParam("address"), null)));
        app.get("/lightning/setup", ctx -> ctx.redirect(SETUP_HOME));
    }

    private void appPage(Context ctx, String kind, Map<String, ?> extra) {
        if (site.onSetupOrigin(ctx)) {
            ctx.redirect(site.appOrigin() + ctx.path());
            return;
        }
        Optional<Tenant> tenant = site.tenant(ctx);
        if (tenant.isEmpty()) {
            ctx.redirect("/?startURL=" + SalesforceSite.encode(ctx.path()));
            return;
        }
        Map<String, Object> config = baseConfig(tenant.get(), kind);
        config.putAll(extra);
        Object title = extra.containsKey("objectLabel") ? extra.get("objectLabel") : extra.containsKey("appLabel") ? extra.get("appLabel") : "Home";
        shell(ctx, String.valueOf(title), config);
    }

    private void setupPage(Context ctx, String node, String address) {
        String here = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        Optional<Tenant> tenant = site.tenant(ctx);
        if (!site.onSetupOrigin(ctx)) {
            // Setup lives on its own origin: hand the session over through frontdoor, as real orgs do.
            if (tenant.isEmpty()) {
                ctx.redirect("/?startURL=" + SalesforceSite.encode(here));
                return;
            }
            String handoff = site.sessions().open(tenant.get().id(), tenant.get().salesforce().orgId(),
                    tenant.get().settings().sessionLifetime).id();
            ctx.redirect(site.setupOrigin() + "/secur/frontdoor.jsp?sid=" + SalesforceSite.encode(handoff)
                    + "&retURL=" + SalesforceSite.encode(here));
            return;
        }
        if (tenant.isEmpty()) {
            ctx.redirect(site.appOrigin() + here);
            return;
        }
        Map<String, Object> config = baseConfig(tenant.get(), "setup");
        config.put("node", node);
        if ("ImportedPackage".equals(node)) {
            config.put("frameSrc", address != null ? address : "/0A3?setupid=ImportedPackage&isdtp=p1");
        }
        shell(ctx, "Setup", config);
    }

    private void listRecords(Context ctx) {
        Optional<Tenant> tenant = site.tenant(ctx);
        if (tenant.isEmpty()) {
            ctx.status(401).json(List.of(Map.of("message", "Session expired or invalid", "errorCode", "INVALID_SESSION_ID")));
            return;
        }
        String object = recordObject(ctx);
        List<Map<String, String>> rows = object == null ? List.of()
                : site.org(tenant.get()).records().of(object).stream().map(LightningRoutes::row).toList();
        ctx.json(Map.of("records", rows));
    }

    /** The record object a namespaced {object} path names, without its namespace; null when none. */
    private String recordObject(Context ctx) {
        String ns = site.tenant(ctx).map(t -> t.settings().salesforceNamespace).orElse(SalesforceObjects.DEFAULT_NAMESPACE);
        String local = SalesforceObjects.local(ns, ctx.pathParam("object"));
        String object = local == null ? null : SalesforceObjects.canonical(local);
        return object != null && SalesforceObjects.isRecordObject(object) ? object : null;
    }

    static Map<String, String> row(SyncedRecord r) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", r.id());
        row.put("name", r.name());
        row.put("genesysId", r.genesysId());
        row.put("type", r.type());
        row.put("retrievedAt", r.retrievedAt().toString());
        return row;
    }

    private Map<String, Object> baseConfig(Tenant tenant, String kind) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("page", kind);
        config.put("appOrigin", site.appOrigin());
        config.put("setupOrigin", site.setupOrigin());
        config.put("orgName", tenant.orgName());
        config.put("userName", "Sandbox Admin");
        config.put("alohaShadow", tenant.settings().alohaShadow);
        config.put("appName", SalesforceObjects.APP_NAME);
        var org = site.org(tenant);
        config.put("settingsPage", SalesforceObjects.settingsPage(org.namespace()));
        config.put("queueObject", org.apiName(SalesforceObjects.QUEUE_OBJECT));
        config.put("entityObject", org.apiName(SalesforceObjects.ENTITY_OBJECT));
        config.put("settingsApp", org.settingsApp());
        config.put("appPath", "/lightning/n/" + org.apiName(SalesforceObjects.APP_TAB));
        return config;
    }

    private void shell(Context ctx, String title, Map<String, Object> config) {
        ctx.html(site.page("salesforce/lightning.html", Map.of("title", SalesforceSite.escape(title) + " | Salesforce",
                "config", SalesforceSite.scriptJson(config))));
    }
}
