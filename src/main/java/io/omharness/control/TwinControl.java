package io.omharness.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omharness.config.Secret;
import io.omharness.target.OrgAccess;
import io.omharness.target.SalesforceAuth;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one client of the twin's control API (under {@code /__sandbox}, a path the real products do not
 * have): it creates tenants, changes their settings and faults, and reads what only a test may know.
 * It talks HTTP only, so it works on a twin in this JVM or in another process.
 */
public final class TwinControl {
    public static final String ROOT = "/__sandbox";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String baseUrl;
    /**
     * A loopback call that either answers or finds nothing listening (refused at once). The first
     * requests to a cold twin on a saturated machine (class loading, JIT) took over 10 s at load 25.
     */
    private static final Duration ANSWER = Duration.ofSeconds(60);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param baseUrl the twin's Genesys origin, e.g. {@code http://127.0.0.1:4000} */
    public TwinControl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The twin's home page, for a person or the smoke check. */
    public String homeUrl() {
        return baseUrl + ROOT;
    }

    public OrgAccess createTenant() {
        return createTenant(TenantOptions.defaults());
    }

    public OrgAccess createTenant(TenantOptions options) {
        JsonNode body = call("POST", ROOT + "/tenants", options.json());
        JsonNode g = body.path("genesys");
        JsonNode s = body.path("salesforce");
        return new OrgAccess(Optional.of(body.path("tenantId").asText()),
                new OrgAccess.Genesys(g.path("loginUrl").asText(), g.path("appsUrl").asText(), g.path("apiUrl").asText(),
                        g.path("org").asText(), g.path("email").asText(), Secret.of(g.path("password").asText()),
                        g.path("clientId").asText(), Secret.of(g.path("clientSecret").asText())),
                new OrgAccess.Salesforce(s.path("loginUrl").asText(), s.path("setupUrl").asText(),
                        s.path("username").asText(), Secret.of(s.path("password").asText()), connectedApp(s)));
    }

    /** The tenant org's connected app; the JWT bearer flow unless a run chooses another. */
    private static SalesforceAuth connectedApp(JsonNode salesforce) {
        JsonNode app = salesforce.path("connectedApp");
        return new SalesforceAuth(SalesforceAuth.Flow.JWT, app.path("consumerKey").asText(),
                Secret.of(app.path("consumerSecret").asText()), Secret.of(app.path("privateKeyPem").asText()),
                Secret.of(app.path("securityToken").asText()), salesforce.path("loginUrl").asText().replaceAll("/+$", ""));
    }

    /** Changes a tenant's settings or faults from now on. */
    public void change(String tenantId, TenantOptions options) {
        call("PUT", tenantPath(tenantId) + "/settings", options.json());
    }

    /** The identity verification code the tenant's Salesforce org just sent (what a test inbox would show). */
    public String verificationCode(String tenantId) {
        return call("GET", tenantPath(tenantId) + "/salesforce/verification-code", null).path("code").asText();
    }

    /** Whether the objects the tenant was seeded with (the "customer's" own) are still as they were. */
    public CustomerObjects customerObjects(String tenantId) {
        JsonNode report = call("GET", tenantPath(tenantId) + "/customer-objects", null);
        List<String> changes = new ArrayList<>();
        report.path("changes").forEach(c -> changes.add(c.asText()));
        return new CustomerObjects(report.path("intact").asBoolean(), changes, report);
    }

    /**
     * What the twin's own pages are told about a logged-in browser (org, navigation, user), read with
     * that browser's session cookie ({@code name=value}).
     */
    public JsonNode uiSession(String sessionCookie) {
        return call("GET", ROOT + "/ui", null, sessionCookie);
    }

    /** The seeded objects' state: {@code intact} when nothing in {@code changes}. */
    public record CustomerObjects(boolean intact, List<String> changes, JsonNode details) {
    }

    private static String tenantPath(String tenantId) {
        return ROOT + "/tenants/" + tenantId;
    }

    private JsonNode call(String method, String path, Map<String, Object> body) {
        return call(method, path, body, null);
    }

    private JsonNode call(String method, String path, Map<String, Object> body, String cookie) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(ANSWER).header("Content-Type", "application/json");
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("The twin's control API " + method + " " + path + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("The twin's control API is unreachable at " + baseUrl + " (" + method + " " + path + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
