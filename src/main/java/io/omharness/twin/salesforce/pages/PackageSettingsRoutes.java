package io.omharness.twin.salesforce.pages;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.omharness.twin.tenant.Tenant;
import io.omharness.twin.salesforce.model.SalesforceObjects;
import io.omharness.twin.salesforce.org.SalesforceOrg;
import io.omharness.facts.GenesysRegions;
import io.omharness.twin.salesforce.retrieve.Retriever;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Managed Package Settings" of the external-routing package: a Visualforce page (shown in the Setup
 * iframe) with the OAuth settings, Retrieve Options and the retrieved records. Its script talks to the
 * endpoints below, as a VF page's remote actions would. The client secret is write-only.
 */
final class PackageSettingsRoutes {
    private final SalesforceSite site;
    private final Retriever retriever;

    PackageSettingsRoutes(SalesforceSite site, Retriever retriever) {
        this.site = site;
        this.retriever = retriever;
    }

    void register(Javalin app) {
        app.get("/apex/{page}", ctx -> ClassicRoutes.classicSession(site, ctx).ifPresent(t -> {
            String page = ctx.pathParam("page");
            if (isSettingsPage(t, page)) {
                ctx.html(site.page("salesforce/package-settings.html", Map.of("packageName", SalesforceObjects.PACKAGE_NAME,
                        "formId", ClassicRoutes.jid(), "regions", SalesforceSite.scriptJson(GenesysRegions.labels()))));
            } else if ("purecloud__ManagedPackageSettings".equalsIgnoreCase(page)) {
                ctx.html(site.page("salesforce/other-package-settings.html", Map.of()));
            } else {
                ctx.status(404).html(site.page("salesforce/classic-expired.html", Map.of()));
            }
        }));
        app.get("/apex/{page}/state", ctx -> withOrg(ctx).ifPresent(org -> ctx.json(state(org))));
        app.post("/apex/{page}/oauth", ctx -> withOrg(ctx).ifPresent(org -> saveOAuth(ctx, org)));
        app.post("/apex/{page}/retrieve", ctx -> withOrg(ctx).ifPresent(org -> startRetrieve(ctx, org)));
        app.get("/apex/{page}/retrieve/{run}", ctx -> withOrg(ctx).ifPresent(org -> retrieveRun(ctx, org)));
        // The same settings in the newer packaging's Lightning app (GC External Routing Integration), whose
        // page calls its Apex controller on the app's origin.
        app.get("/apexremote/{tab}/state", ctx -> inApp(ctx).ifPresent(org -> ctx.json(state(org))));
        app.post("/apexremote/{tab}/oauth", ctx -> inApp(ctx).ifPresent(org -> saveOAuth(ctx, org)));
        app.post("/apexremote/{tab}/retrieve", ctx -> inApp(ctx).ifPresent(org -> startRetrieve(ctx, org)));
        app.get("/apexremote/{tab}/retrieve/{run}", ctx -> inApp(ctx).ifPresent(org -> retrieveRun(ctx, org)));
    }

    /** Whether the tab is the settings app's, in an org that has the app. */
    static boolean isAppTab(Tenant tenant, String tab) {
        return tenant.settings().salesforceSettingsApp() && SalesforceObjects.namespaced(
                tenant.settings().salesforceNamespace, SalesforceObjects.APP_TAB).equalsIgnoreCase(tab);
    }

    private Optional<SalesforceOrg> inApp(Context ctx) {
        Optional<Tenant> tenant = site.onSetupOrigin(ctx) ? Optional.empty() : site.tenant(ctx);
        if (tenant.isEmpty()) {
            ctx.status(401).json(Map.of("message", "Your session has expired. Reload the page to log in again."));
        } else if (!isAppTab(tenant.get(), ctx.pathParam("tab"))) {
            ctx.status(404).json(Map.of("message", "No such page"));
            return Optional.empty();
        }
        return tenant.map(site::org);
    }

    private static boolean isSettingsPage(Tenant tenant, String page) {
        return SalesforceObjects.settingsPage(tenant.settings().salesforceNamespace).equalsIgnoreCase("/apex/" + page);
    }

    void startRetrieve(Context ctx, SalesforceOrg org) {
        Tenant tenant = site.tenant(ctx).orElseThrow();
        int limit = tenant.settings().retrieveQueueLimit;
        ctx.status(202).json(org.retrievals().start(() -> retriever.retrieve(org, limit)).view());
    }

    void retrieveRun(Context ctx, SalesforceOrg org) {
        org.retrievals().run(ctx.pathParam("run"))
                .ifPresentOrElse(r -> ctx.json(r.view()), () -> ctx.status(404).json(Map.of("message", "No such run")));
    }

    private Optional<SalesforceOrg> withOrg(Context ctx) {
        Optional<Tenant> tenant = site.onSetupOrigin(ctx) ? site.tenant(ctx) : Optional.empty();
        if (tenant.isPresent() && !isSettingsPage(tenant.get(), ctx.pathParam("page"))) {
            ctx.status(404).json(Map.of("message", "No such page"));
            return Optional.empty();
        }
        if (tenant.isEmpty()) {
            ctx.status(401).json(Map.of("message", "Your session has expired. Reload the page to log in again."));
        }
        return tenant.map(site::org);
    }

    Map<String, Object> state(SalesforceOrg org) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("settings", org.oauth().view());
        List<Map<String, String>> records = org.records().all().stream().map(LightningRoutes::row).toList();
        out.put("records", records);
        return out;
    }

    void saveOAuth(Context ctx, SalesforceOrg org) {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = ctx.bodyAsClass(Map.class);
        String region = text(body.get("region"));
        String baseUrl = GenesysRegions.apiBase(region).orElse(text(body.get("baseUrl")));
        String clientId = text(body.get("clientId"));
        String secret = text(body.get("clientSecret"));
        String problem = clientId.isEmpty() ? "Client ID: You must enter a value."
                : !validUrl(baseUrl) ? "Base URL: Enter an http or https URL, for example https://api.mypurecloud.com."
                : secret.isEmpty() && !org.oauth().complete() ? "Client Secret: You must enter a value." : null;
        if (problem != null) {
            ctx.status(400).json(Map.of("message", problem));
            return;
        }
        org.oauth().save(region, baseUrl, clientId, secret);
        ctx.json(Map.of("message", "Your Genesys Cloud OAuth settings were saved.", "settings", org.oauth().view()));
    }

    private static boolean validUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().trim();
    }
}
