package io.omharness.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omharness.config.BrowserSettings;
import io.omharness.config.ConfigProblem;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;

/**
 * Checks, before the run starts anything, that a browser can be had: the configured binary and driver
 * exist, or the Selenium Grid answers its /status and is ready. A wrong path or URL is then one
 * message naming it, instead of a failed scenario and a profile directory left behind.
 */
public final class BrowserPreflight {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DriverResolver resolver;
    private final Duration timeout;

    public BrowserPreflight(DriverResolver resolver, Duration timeout) {
        this.resolver = resolver;
        this.timeout = timeout;
    }

    public static BrowserPreflight forThisMachine() {
        return new BrowserPreflight(DriverResolver.forThisMachine(), Duration.ofSeconds(3));
    }

    /** Throws {@link ConfigProblem} naming the path or URL that cannot give a browser. */
    public void check(BrowserSettings settings) {
        if (settings.gridUrl().isPresent()) {
            checkGrid(settings.gridUrl().get());
            return;
        }
        settings.binary().filter(b -> !Files.isExecutable(b)).ifPresent(b -> {
            throw new ConfigProblem("harness.browser.binary points to " + b + ", which is not an executable file"
                    + " (set by -Dharness.browser.binary or HARNESS_BROWSER_BINARY). Fix: correct the path, e.g. "
                    + "/usr/bin/chromium, or leave it empty to search this machine.");
        });
        resolver.resolve(settings);
    }

    private void checkGrid(URL grid) {
        String base = grid.toString().replaceAll("/+$", "");
        URI status = URI.create(base + "/status");
        String fix = ". Fix: start the Grid, or correct harness.browser.gridUrl (HARNESS_GRID_URL); "
                + "leave it empty to run a local browser.";
        HttpResponse<String> response;
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
            response = http.send(HttpRequest.newBuilder(status).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigProblem("No Selenium Grid answers at " + status + " (harness.browser.gridUrl " + grid + "): "
                    + describe(e) + fix);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigProblem("Interrupted while checking the Selenium Grid at " + status);
        }
        if (response.statusCode() != 200) {
            throw new ConfigProblem("The Selenium Grid at " + status + " answered HTTP " + response.statusCode()
                    + " (harness.browser.gridUrl " + grid + ")" + fix);
        }
        JsonNode ready = readyFlag(response.body());
        if (ready == null) {
            throw new ConfigProblem(status + " does not answer like a Selenium Grid (no value.ready in its /status)"
                    + " (harness.browser.gridUrl " + grid + ")" + fix);
        }
        if (!ready.asBoolean()) {
            throw new ConfigProblem("The Selenium Grid at " + grid + " is not ready: its /status says no node can "
                    + "create a session. Fix: start a node for it, or leave harness.browser.gridUrl empty to run a local browser.");
        }
    }

    private static JsonNode readyFlag(String body) {
        try {
            JsonNode ready = JSON.readTree(body).path("value").path("ready");
            return ready.isBoolean() ? ready : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    /** Java's HttpClient throws a ConnectException without a message when nothing listens. */
    private String describe(Exception e) {
        String what = e.getClass().getSimpleName();
        if (e instanceof java.net.ConnectException) {
            what = "connection refused";
        } else if (e instanceof java.net.http.HttpTimeoutException) {
            what = "no answer within " + timeout.toMillis() + " ms";
        }
        Throwable cause = e.getCause();
        String detail = e.getMessage() != null ? e.getMessage() : cause != null && cause.getMessage() != null ? cause.getMessage() : "";
        return detail.isBlank() || detail.equals(what) ? what : what + " (" + detail + ")";
    }
}
