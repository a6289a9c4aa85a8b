package io.omharness.twin.salesforce.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.omharness.twin.tenant.SandboxContext;
import io.omharness.twin.tenant.Tenant;
import io.omharness.twin.salesforce.org.SalesforceOrg;
import io.omharness.twin.salesforce.model.Sessions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * What every Salesforce route shares: which origin a request came to (the app on 127.0.0.1, Setup on
 * localhost), the per-origin {@code sid} session cookie, and the tenant's org, pre-configured with its
 * Genesys OAuth client on first use.
 */
public final class SalesforceSite {
    public static final String SID = "sid";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SandboxContext context;
    private final Sessions sessions = new Sessions();

    public SalesforceSite(SandboxContext context) {
        this.context = context;
    }

    public SandboxContext context() { return context; }
    public Sessions sessions() { return sessions; }

    public boolean onSetupOrigin(Context ctx) {
        String host = ctx.host();
        return host != null && host.startsWith("localhost");
    }

    public String appOrigin() { return context.urls().salesforce(); }
    public String setupOrigin() { return context.urls().salesforceSetup(); }

    /** The tenant whose session this request's cookie (or bearer token) carries. */
    public Optional<Tenant> tenant(Context ctx) {
        String token = ctx.cookie(SID);
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = auth.substring(7).trim();
        }
        return sessions.valid(token).flatMap(s -> context.tenants().byId(s.tenantId()));
    }

    public Optional<Tenant> tenantByUsername(String username) {
        if (username == null) return Optional.empty();
        return context.tenants().all().stream().filter(t -> t.salesforce().username().equalsIgnoreCase(username.trim())).findFirst();
    }

    /** The tenant whose org has this connected app (consumer key). */
    public Optional<io.omharness.twin.salesforce.model.ConnectedApp> connectedApp(String consumerKey) {
        if (consumerKey == null) return Optional.empty();
        return context.tenants().all().stream().map(t -> t.salesforce().connectedApp())
                .filter(a -> a.consumerKey().equals(consumerKey)).findFirst();
    }

    public Optional<Tenant> tenantOfApp(io.omharness.twin.salesforce.model.ConnectedApp app) {
        return context.tenants().all().stream().filter(t -> t.salesforce().connectedApp() == app).findFirst();
    }

    /** Where logins (and JWT audiences) point: the app origin. */
    public String loginOrigin() {
        return appOrigin();
    }

    public SalesforceOrg org(Tenant tenant) {
        SalesforceOrg org = tenant.salesforce();
        org.namespace(tenant.settings().salesforceNamespace);
        org.settingsApp(tenant.settings().salesforceSettingsApp());
        org.preconfigure(context.urls().genesys(), tenant.genesys().clientId(), tenant.genesys().clientSecret());
        return org;
    }

    /** Opens a session for this origin and sets its cookie. */
    public Sessions.Session logIn(Context ctx, Tenant tenant) {
        Sessions.Session s = sessions.open(tenant.id(), tenant.salesforce().orgId(), tenant.settings().sessionLifetime);
        Cookie cookie = new Cookie(SID, s.id());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.LAX);
        ctx.cookie(cookie);
        return s;
    }

    public void logOut(Context ctx) {
        sessions.close(ctx.cookie(SID));
        ctx.removeCookie(SID, "/");
    }

    /** A same-site path to return to after login; anything else (absolute URLs) falls back to home. */
    public static String safeReturn(String path, String fallback) {
        return path != null && path.startsWith("/") && !path.startsWith("//") ? path : fallback;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static String escape(String text) {
        if (text == null) return "";
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** JSON safe to embed inside a script element. */
    public static String scriptJson(Map<String, ?> value) {
        try {
            return JSON.writeValueAsString(value).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String page(String resource, Map<String, String> values) {
        return context.assets().page(resource, values);
    }
}
