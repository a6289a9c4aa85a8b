package io.omharness.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omharness.config.Secret;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The harness side of the sandbox's control API: creates tenants and reads their seeded objects. */
public final class SandboxClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SandboxClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public OrgAccess createTenant(Map<String, Object> request) {
        JsonNode body = call("POST", "/__sandbox/tenants", request);
        JsonNode g = body.path("genesys");
        JsonNode s = body.path("salesforce");
        return new OrgAccess(Optional.of(body.path("tenantId").asText()),
                new OrgAccess.Genesys(g.path("loginUrl").asText(), g.path("appsUrl").asText(), g.path("apiUrl").asText(),
                        g.path("org").asText(), g.path("email").asText(), Secret.of(g.path("password").asText()),
                        g.path("clientId").asText(), Secret.of(g.path("clientSecret").asText())),
                new OrgAccess.Salesforce(s.path("loginUrl").asText(), s.path("setupUrl").asText(),
                        s.path("username").asText(), Secret.of(s.path("password").asText())));
    }

    /** The identity verification code the tenant's Salesforce org just sent (what a test inbox would show). */
    public String verificationCode(String tenantId) {
        return get("/__sandbox/tenants/" + tenantId + "/salesforce/verification-code").path("code").asText();
    }

    public JsonNode get(String path) {
        return call("GET", path, null);
    }

    public JsonNode call(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("Sandbox control API " + method + " " + path + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Sandbox control API unreachable at " + baseUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
