package io.omharness.salesforce.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omharness.target.OrgAccess;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The harness's Salesforce REST client: an access token from the connected app (JWT bearer, client
 * credentials or username-password flow; secrets only in the request body), SOQL through /query and /tooling/query, and a
 * frontdoor URL that opens the UI with that token (no login form, no identity verification).
 */
public final class SalesforceApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OrgAccess.Salesforce access;
    private final String version;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Token token;

    /** @param version the REST API version, e.g. v60.0 (harness.salesforce.apiVersion) */
    public SalesforceApi(OrgAccess.Salesforce access, String version) {
        this.access = access;
        this.version = version;
    }

    /** A session for the API from the connected app's flow (fetched once, then reused). */
    public synchronized Token token() {
        if (token == null) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(root(access.loginUrl()) + "/services/oauth2/token"))
                    .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(OAuthGrant.form(access))).build();
            JsonNode body = send(request, "the OAuth token request", response ->
                    OAuthGrant.explain(access.api().flow(), response));
            token = new Token(body.path("access_token").asText(), root(body.path("instance_url").asText()));
        }
        return token;
    }

    public QueryResult query(String soql) {
        return run("/query", soql);
    }

    /** Tooling API query, e.g. {@code SELECT SubscriberPackage.Name FROM InstalledSubscriberPackage}. */
    public QueryResult toolingQuery(String soql) {
        return run("/tooling/query", soql);
    }

    /** A URL that opens {@code path} in the browser already logged in (Salesforce's frontdoor.jsp). */
    public String frontdoorUrl(String path) {
        Token t = token();
        return t.instanceUrl() + "/secur/frontdoor.jsp?sid=" + encode(t.accessToken()) + "&retURL=" + encode(path);
    }

    /** Runs the query; a session that expired meanwhile (401 INVALID_SESSION_ID) is renewed once. */
    private QueryResult run(String endpoint, String soql) {
        Token used = token();
        try {
            return run(used, endpoint, soql);
        } catch (SalesforceApiException e) {
            if (e.status() != 401) {
                throw e;
            }
            return run(renew(used), endpoint, soql);
        }
    }

    private synchronized Token renew(Token expired) {
        if (token == expired) {
            token = null;
        }
        return token();
    }

    private QueryResult run(Token t, String endpoint, String soql) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(t.instanceUrl() + "/services/data/" + version + endpoint
                        + "?q=" + encode(soql)))
                .timeout(Duration.ofSeconds(15)).header("Authorization", "Bearer " + t.accessToken())
                .header("Accept", "application/json").GET().build();
        JsonNode body = send(request, "the query '" + soql + "'");
        List<JsonNode> records = new ArrayList<>();
        body.path("records").forEach(records::add);
        return new QueryResult(body.path("totalSize").asInt(), body.path("done").asBoolean(), records);
    }

    private JsonNode send(HttpRequest request, String what) {
        return send(request, what, body -> "Salesforce answered to " + what + ": " + body);
    }

    private JsonNode send(HttpRequest request, String what, java.util.function.Function<String, String> refusal) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new SalesforceApiException(response.statusCode(), refusal.apply(response.body())
                        + " (HTTP " + response.statusCode() + ")");
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Salesforce is unreachable for " + what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String root(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The API session: never printed (toString hides the token). */
    public record Token(String accessToken, String instanceUrl) {
        @Override
        public String toString() {
            return "Token[" + instanceUrl + ", ******]";
        }
    }

    /** A query answer: {totalSize, done, records}. */
    public record QueryResult(int totalSize, boolean done, List<JsonNode> records) {
        /** One field's values across the records, e.g. values("Name"); "A.B" reads a relationship field. */
        public List<String> values(String field) {
            return records.stream().map(r -> {
                JsonNode n = r;
                for (String part : field.split("\\.")) {
                    n = n.path(part);
                }
                return n.isMissingNode() || n.isNull() ? null : n.asText();
            }).toList();
        }
    }

    /** A non-2xx answer, with the status for callers that expect one (e.g. 400 MALFORMED_QUERY). */
    public static final class SalesforceApiException extends RuntimeException {
        private final int status;

        public SalesforceApiException(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
