package io.omharness.twin.salesforce.retrieve;

import io.omharness.twin.salesforce.model.RetrieveFailure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omharness.twin.salesforce.model.GenesysSnapshot;
import io.omharness.twin.salesforce.model.OAuthSettings;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads Genesys Cloud over real HTTP, as the package's Apex callouts do: a client-credentials token,
 * then every page of queues and open messaging integrations. Answers 429/503 are retried after the
 * Retry-After the server asks for, scheduled on a delayed executor (no thread waits).
 */
public final class HttpGenesysSource implements GenesysSource {
    static final String QUEUES = "/api/v2/routing/queues";
    static final String INTEGRATIONS = "/api/v2/conversations/messaging/integrations/open";
    private static final int PAGE_SIZE = 100;
    private static final int MAX_ATTEMPTS = 6;
    private static final long MAX_RETRY_AFTER_MS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public CompletableFuture<GenesysSnapshot> fetch(OAuthSettings.Connection connection, int queueLimit) {
        String api = trimSlash(connection.baseUrl());
        return token(connection).thenCompose(token ->
                pages(api, QUEUES, token, 1, new ArrayList<>(), queueLimit).thenCompose(queues ->
                        pages(api, INTEGRATIONS, token, 1, new ArrayList<>(), Integer.MAX_VALUE).thenApply(integrations ->
                                new GenesysSnapshot(queues, integrations))));
    }

    private CompletableFuture<String> token(OAuthSettings.Connection c) {
        String basic = Base64.getEncoder().encodeToString((c.clientId() + ":" + c.clientSecret()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(loginBase(trimSlash(c.baseUrl())) + "/oauth/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        return send(request, "/oauth/token", c.baseUrl(), 1).thenApply(response -> {
            if (response.statusCode() == 400 || response.statusCode() == 401 || response.statusCode() == 403) {
                throw RetrieveFailure.rejectedCredentials(response.statusCode());
            }
            JsonNode body = okJson(response, "/oauth/token");
            String token = body.path("access_token").asText("");
            if (token.isEmpty()) {
                throw RetrieveFailure.unexpected("/oauth/token", response.statusCode());
            }
            return token;
        });
    }

    private CompletableFuture<List<GenesysSnapshot.Entity>> pages(String api, String path, String token, int page,
                                                                  List<GenesysSnapshot.Entity> into, int limit) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + path + "?pageSize=" + PAGE_SIZE + "&pageNumber=" + page))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build();
        return send(request, path, api, 1).thenCompose(response -> {
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                throw RetrieveFailure.denied(path, response.statusCode());
            }
            JsonNode body = okJson(response, path);
            long total = body.path("total").asLong(-1);
            if (total > limit) {
                throw RetrieveFailure.tooManyQueues(total, limit);
            }
            for (JsonNode e : body.path("entities")) {
                into.add(new GenesysSnapshot.Entity(e.path("id").asText(), e.path("name").asText()));
            }
            int pageCount = body.path("pageCount").asInt(1);
            boolean more = page < pageCount && body.path("entities").size() > 0;
            return more ? pages(api, path, token, page + 1, into, limit) : CompletableFuture.completedFuture(into);
        });
    }

    private CompletableFuture<HttpResponse<String>> send(HttpRequest request, String path, String baseUrl, int attempt) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
            if (error != null) {
                throw RetrieveFailure.unreachable(baseUrl, describe(error));
            }
            int status = response.statusCode();
            if (status != 429 && status != 503) {
                return CompletableFuture.completedFuture(response);
            }
            if (attempt >= MAX_ATTEMPTS) {
                throw RetrieveFailure.rateLimited(path, attempt);
            }
            long delay = retryAfterMillis(response, attempt);
            return CompletableFuture.supplyAsync(() -> request, io.omharness.twin.core.SandboxTimers.after(delay))
                    .thenCompose(same -> send(same, path, baseUrl, attempt + 1));
        }).thenCompose(f -> f);
    }

    static long retryAfterMillis(HttpResponse<?> response, int attempt) {
        long fallback = Math.min(MAX_RETRY_AFTER_MS, 500L << Math.min(attempt, 4));
        return response.headers().firstValue("Retry-After").map(v -> {
            try {
                return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, (long) (Double.parseDouble(v.trim()) * 1000)));
            } catch (NumberFormatException e) {
                return fallback;
            }
        }).orElse(fallback);
    }

    private static JsonNode okJson(HttpResponse<String> response, String path) {
        if (response.statusCode() / 100 != 2) {
            throw RetrieveFailure.unexpected(path, response.statusCode());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw RetrieveFailure.unexpected(path, response.statusCode());
        }
    }

    /** Real regions serve the token from login.&lt;domain&gt; and the API from api.&lt;domain&gt;; the twin from one origin. */
    static String loginBase(String apiBase) {
        return apiBase.replaceFirst("^(https?://)api\\.", "$1login.");
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) {
                return "no answer in time";
            }
            if (t instanceof java.net.ConnectException || t instanceof java.nio.channels.ClosedChannelException) {
                return "connection refused";
            }
            if (t instanceof java.net.UnknownHostException) {
                return "unknown host";
            }
        }
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
