package io.omharness.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A Selenium Grid's /status, read fresh on every call: is it ready, which nodes, their slots and sessions. */
public final class GridStatus {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The distributor's placeholder in a slot whose session is still being created. */
    private static final String RESERVED = "reserved";
    private final URI url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    GridStatus(URI url) {
        this.url = url;
    }

    /** One node: where it listens, UP/DRAINING/DOWN, its slot count and the ids of the sessions running in its slots. */
    public record Node(String id, String uri, String availability, int slots, List<String> sessions) {
    }

    public boolean ready() {
        return read().path("value").path("ready").asBoolean(false);
    }

    public List<Node> nodes() {
        List<Node> nodes = new ArrayList<>();
        for (JsonNode node : read().path("value").path("nodes")) {
            List<String> sessions = new ArrayList<>();
            node.path("slots").forEach(slot -> {
                String id = slot.path("session").path("sessionId").asText("");
                if (!id.isEmpty() && !id.equals(RESERVED)) {
                    sessions.add(id);
                }
            });
            nodes.add(new Node(node.path("id").asText(), node.path("uri").asText(), node.path("availability").asText(),
                    node.path("slots").size(), sessions));
        }
        return nodes;
    }

    private JsonNode read() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url.resolve("/status"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
