package io.omharness.twin.salesforce.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.omharness.twin.tenant.Tenant;
import io.omharness.twin.salesforce.model.SalesforceObjects;
import io.omharness.twin.salesforce.model.Sessions;
import io.omharness.twin.salesforce.pages.SalesforceSite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The REST API subset: OAuth tokens (see {@link OAuthToken}), and SOQL queries through /query and
 * /tooling/query. Error bodies have the real shapes (an array of {message, errorCode}).
 */
public final class RestApi {
    private final SalesforceSite site;
    private final QueryEngine engine = new QueryEngine();

    public RestApi(SalesforceSite site) {
        this.site = site;
    }

    public void register(Javalin app) {
        app.post("/services/oauth2/token", new OAuthToken(site)::handle);
        app.get("/services/data", ctx -> ctx.json(List.of(Map.of("label", "Spring '24", "url",
                "/services/data/" + SalesforceObjects.API_VERSION, "version", SalesforceObjects.API_VERSION.substring(1)))));
        app.get("/services/data/{version}/query", ctx -> query(ctx, false));
        app.get("/services/data/{version}/tooling/query", ctx -> query(ctx, true));
    }

    private void query(Context ctx, boolean tooling) {
        if (!ctx.pathParam("version").matches("v\\d{2}\\.0")) {
            ctx.status(404).json(List.of(error("The requested resource does not exist", "NOT_FOUND")));
            return;
        }
        Optional<Tenant> tenant = site.tenant(ctx);
        if (tenant.isEmpty() || ctx.header("Authorization") == null) {
            ctx.status(401).json(List.of(error("Session expired or invalid", "INVALID_SESSION_ID")));
            return;
        }
        try {
            ctx.json(engine.query(site.org(tenant.get()), ctx.queryParam("q"), tooling));
        } catch (SoqlException e) {
            ctx.status(400).json(List.of(error(e.getMessage(), e.errorCode())));
        }
    }

    private static Map<String, String> error(String message, String code) {
        return Map.of("message", message, "errorCode", code);
    }
}
