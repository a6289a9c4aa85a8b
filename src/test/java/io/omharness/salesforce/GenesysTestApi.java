package io.omharness.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omharness.target.OrgAccess;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Tests change the Genesys side through its Platform API, as an admin or CX as Code would. */
final class GenesysTestApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final OrgAccess.Genesys access;
    private String token;

    GenesysTestApi(OrgAccess.Genesys access) {
        this.access = access;
    }

    JsonNode createQueue(String name) {
        return call("POST", "/api/v2/routing/queues", Map.of("name", name));
    }

    void renameQueue(String id, String name) {
        call("PUT", "/api/v2/routing/queues/" + id, Map.of("name", name));
    }

    void deleteQueue(String id) {
        call("DELETE", "/api/v2/routing/queues/" + id, null);
    }

    /** {id: name} of every queue. */
    Map<String, String> queues() {
        return all("/api/v2/routing/queues");
    }

    Map<String, String> integrations() {
        return all("/api/v2/conversations/messaging/integrations/open");
    }

    private Map<String, String> all(String path) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int page = 1; ; page++) {
            JsonNode body = call("GET", path + "?pageSize=100&pageNumber=" + page, null);
            body.path("entities").forEach(e -> out.put(e.path("id").asText(), e.path("name").asText()));
            if (page >= body.path("pageCount").asInt(1)) {
                return out;
            }
        }
    }

    private JsonNode call(String method, String path, Object body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(access.apiUrl() + path))
                    .header("Authorization", "Bearer " + token()).header("Content-Type", "application/json");
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " -> " + r.statusCode() + " " + r.body());
            }
            return r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String token() throws java.io.IOException, InterruptedException {
        if (token == null) {
            String basic = Base64.getEncoder().encodeToString((access.clientId() + ":" + access.clientSecret().reveal())
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(access.apiUrl() + "/oauth/token"))
                    .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                    HttpResponse.BodyHandlers.ofString());
            token = JSON.readTree(r.body()).path("access_token").asText();
        }
        return token;
    }

    static List<String> sorted(java.util.Collection<String> values) {
        List<String> out = new ArrayList<>(values);
        out.sort(String.CASE_INSENSITIVE_ORDER);
        return out;
    }
}
