package io.omharness.genesys.architect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omharness.browser.BrowserFactory;
import io.omharness.browser.BrowserSession;
import io.omharness.browser.DriverResolver;
import io.omharness.config.BrowserSettings;
import io.omharness.genesys.GenesysLogin;
import io.omharness.target.OrgAccess;
import io.omharness.control.TwinControl;
import io.omharness.control.TenantOptions;
import io.omharness.twin.SandboxServer;
import io.omharness.twin.TenantSettings;
import io.omharness.ui.Ui;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * What an Architect browser test needs: a sandbox with one tenant, one logged-in headless browser,
 * and an API client for checking what the UI did. Set -Darchitect.shots=DIR to keep screenshots.
 */
final class ArchitectTwin implements AutoCloseable {
    static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SandboxServer server;
    private final OrgAccess access;
    private final BrowserSession browser;
    private final Ui ui;
    private final HttpClient http = HttpClient.newHttpClient();
    private String token;

    private ArchitectTwin(SandboxServer server, OrgAccess access, BrowserSession browser) {
        this.server = server;
        this.access = access;
        this.browser = browser;
        this.ui = new Ui(browser.driver(), Duration.ofSeconds(10), Duration.ofMillis(50));
    }

    static ArchitectTwin start(String name) {
        SandboxServer server = SandboxServer.start(System.nanoTime(), 0, TenantSettings::new);
        OrgAccess access = new TwinControl(server.urls().genesys()).createTenant();
        BrowserSettings settings = new BrowserSettings("chrome", true, 1440, 900,
                Optional.empty(), Optional.empty(), Optional.empty());
        BrowserSession browser = new BrowserFactory(settings, DriverResolver.forThisMachine()).open(name);
        return new ArchitectTwin(server, access, browser);
    }

    Ui ui() {
        return ui;
    }

    String appsUrl() {
        return access.genesys().appsUrl();
    }

    /** Logs in through the login page and ends on the admin app. */
    void logIn() {
        new GenesysLogin(ui, access.genesys()).logIn();
    }

    ArchitectPage architect() {
        return new ArchitectPage(ui, PUBLISH_TIMEOUT);
    }

    /** GET on the Platform API with a client-credentials token. */
    JsonNode api(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(appsUrl() + path))
                .header("Authorization", "Bearer " + token()).GET().build();
        return parse(send(request));
    }

    /** POST on the Platform API as the OAuth client (not a user), e.g. to hold a flow's lock. */
    JsonNode apiPost(String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(appsUrl() + path))
                .header("Authorization", "Bearer " + token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return parse(send(request));
    }

    /** The one flow of the type with this exact name. */
    JsonNode flowNamed(String type, String name) {
        JsonNode found = api("/api/v2/flows?type=" + type + "&name=" + encode(name)).path("entities");
        if (found.size() != 1) {
            throw new IllegalStateException("Expected one flow named '" + name + "', found " + found.size());
        }
        return found.get(0);
    }

    void shot(String name) {
        String dir = System.getProperty("architect.shots");
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name + ".png"), ((TakesScreenshot) ui.driver()).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String token() {
        if (token == null) {
            OrgAccess.Genesys g = access.genesys();
            String basic = Base64.getEncoder().encodeToString((g.clientId() + ":" + g.clientSecret().reveal())
                    .getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create(appsUrl() + "/oauth/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
            token = parse(send(request)).path("access_token").asText();
        }
        return token;
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }
}
