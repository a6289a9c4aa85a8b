package io.omharness.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omharness.browser.BrowserFactory;
import io.omharness.browser.BrowserSession;
import io.omharness.config.BrowserSettings;
import io.omharness.target.OrgAccess;
import io.omharness.control.TwinControl;
import io.omharness.control.TenantOptions;
import io.omharness.twin.SandboxServer;
import io.omharness.twin.TenantSettings;
import io.omharness.ui.Ui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/** One sandbox, one tenant and one headless browser for a browser test class. */
final class TwinFixture implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BrowserSettings CHROMIUM = new BrowserSettings("chromium", true, 1440, 900,
            Optional.empty(), Optional.empty(), Optional.empty());

    final SandboxServer server;
    final TwinControl control;
    final OrgAccess.Genesys genesys;
    final String tenantId;
    final BrowserSession browser;
    final Ui ui;
    private final HttpClient http = HttpClient.newHttpClient();

    private TwinFixture(SandboxServer server, OrgAccess access, BrowserSession browser) {
        this.server = server;
        this.control = new TwinControl(server.urls().genesys());
        this.genesys = access.genesys();
        this.tenantId = access.sandboxTenantId().orElseThrow();
        this.browser = browser;
        this.ui = new Ui(browser.driver(), Duration.ofSeconds(10), Duration.ofMillis(50));
    }

    static TwinFixture start(long seed, TenantOptions tenantRequest) {
        SandboxServer server = SandboxServer.start(seed, 0, TenantSettings::new);
        OrgAccess access = new TwinControl(server.urls().genesys()).createTenant(tenantRequest);
        BrowserSession browser = new BrowserFactory(CHROMIUM, io.omharness.browser.DriverResolver.forThisMachine()).open("genesys-ui");
        return new TwinFixture(server, access, browser);
    }

    /** Changes the tenant's settings through the control API (e.g. its navigation). */
    void settings(TenantOptions change) {
        control.change(tenantId, change);
    }

    /** Drops the browser's session cookie (cookies are per host, so this covers every sandbox port). */
    void forgetSession() {
        ui.open(genesys.appsUrl() + "/gc-assets/genesys.css");
        browser.driver().manage().deleteAllCookies();
    }

    /** GET on the Platform API with a client-credentials token, as an integration would read it. */
    JsonNode api(String path) {
        try {
            String basic = Base64.getEncoder().encodeToString((genesys.clientId() + ":" + genesys.clientSecret().reveal())
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(genesys.apiUrl() + "/oauth/token"))
                    .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
            String bearer = JSON.readTree(token.body()).path("access_token").asText();
            HttpRequest request = HttpRequest.newBuilder(URI.create(genesys.apiUrl() + path))
                    .header("Authorization", "Bearer " + bearer).GET().build();
            // the twin may answer 429/503 (injected faults): ask again, as a well-behaved client does
            String body = io.omharness.poll.Poll.until("GET " + path + " without a transient error",
                    java.time.Duration.ofSeconds(15), java.time.Duration.ofMillis(200), () -> {
                        try {
                            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                            return r.statusCode() == 429 || r.statusCode() == 503 ? java.util.Optional.empty()
                                    : java.util.Optional.of(r.body());
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                    });
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Saves a PNG of the current page when SHOTS_DIR is set (how the pages were looked at). */
    void shot(String name) {
        String dir = System.getenv("SHOTS_DIR");
        if (dir == null) {
            return;
        }
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser.driver()).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        try {
            java.nio.file.Files.createDirectories(Path.of(dir));
            java.nio.file.Files.write(Path.of(dir, name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
