package io.omharness.genesys.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * PUT of a document to a presigned storage URL: no bearer token (the URL's signature is the
 * permission) and exactly the headers the job registration listed, which the signature covers.
 */
final class PresignedUpload {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    void put(String url, Map<String, String> headers, String document) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .PUT(HttpRequest.BodyPublishers.ofString(document, StandardCharsets.UTF_8));
        (headers == null ? Map.<String, String>of() : headers).forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new GenesysApiException("Uploading the flow document answered " + response.statusCode(),
                        response.statusCode(), null);
            }
        } catch (IOException e) {
            throw new GenesysApiException("Cannot upload the flow document: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenesysApiException("Interrupted while uploading the flow document", e);
        }
    }
}
