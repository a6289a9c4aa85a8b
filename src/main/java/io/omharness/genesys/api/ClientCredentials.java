package io.omharness.genesys.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omharness.config.Secret;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * The OAuth client-credentials grant. The SDK's own authorizeClientCredentials always calls
 * https://login.&lt;rest of the API host&gt;, which a sandbox on http://127.0.0.1:port cannot be; so the
 * token is fetched here (login host for real regions, the API origin otherwise) and given to the SDK.
 */
final class ClientCredentials {
    private static final int ATTEMPTS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** https://api.mypurecloud.com → https://login.mypurecloud.com/oauth/token; other origins serve it themselves. */
    static URI tokenUri(String apiUrl) {
        URI api = URI.create(apiUrl);
        String host = api.getHost();
        String origin = host != null && host.startsWith("api.")
                ? api.getScheme() + "://login." + host.substring(4) + (api.getPort() > 0 ? ":" + api.getPort() : "")
                : apiUrl.replaceAll("/+$", "");
        return URI.create(origin + "/oauth/token");
    }

    String token(String apiUrl, String clientId, Secret clientSecret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + clientSecret.reveal())
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(tokenUri(apiUrl)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        try {
            return attempt(request, 1, 0).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Retries 429/503 after their Retry-After, scheduled rather than slept. */
    private CompletableFuture<String> attempt(HttpRequest request, int number, long delayMillis) {
        return CompletableFuture.supplyAsync(() -> send(request),
                        CompletableFuture.delayedExecutor(delayMillis, TimeUnit.MILLISECONDS))
                .thenCompose(response -> {
                    int status = response.statusCode();
                    if ((status == 429 || status == 503) && number < ATTEMPTS) {
                        long retryAfter = response.headers().firstValueAsLong("Retry-After").orElse(1);
                        return attempt(request, number + 1, retryAfter * 1000);
                    }
                    if (status != 200) {
                        throw new GenesysApiException("Getting a client-credentials token from " + request.uri()
                                + " answered " + status + (status >= 500 ? " (Genesys Cloud is failing: try again later)"
                                : " (check the client id and secret)"), status, null);
                    }
                    return CompletableFuture.completedFuture(readToken(response.body()));
                });
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new GenesysApiException("Cannot reach " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenesysApiException("Interrupted while getting a token", e);
        }
    }

    private static String readToken(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            return json.path("access_token").asText();
        } catch (IOException e) {
            throw new GenesysApiException("The token answer is not JSON", e);
        }
    }
}
