package io.omharness.twin.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omharness.target.OrgAccess;
import io.omharness.poll.Poll;
import io.omharness.control.TwinControl;
import io.omharness.control.TenantOptions;
import io.omharness.twin.SandboxServer;
import io.omharness.twin.TenantSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Auth, sessions, page routes and faults over real HTTP. */
class GenesysHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "http-admin-password";
    private static final String SECRET = "http-client-secret-0001";
    private static SandboxServer server;
    private static TwinControl control;
    private static OrgAccess access;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = SandboxServer.start(7L, 0, TenantSettings::new);
        control = new TwinControl(server.urls().genesys());
        access = control.createTenant(TenantOptions.defaults().orgName("http-org").genesysPassword(PASSWORD).clientSecret(SECRET));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void clearFaults() {
        faults(TenantOptions.defaults().latency(Duration.ZERO).jitter(Duration.ZERO).transientErrorRate(0.0).sessionLifetime(Duration.ofMinutes(30)));
    }

    @Test
    void logsInWithASessionCookieThatOpensPagesAndTheApi() throws Exception {
        assertThat(login("http-org", access.genesys().email(), "wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> unknown = login("nope", access.genesys().email(), PASSWORD);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).path("message").asText()).isEqualTo("Organization nope not found.");
        assertThat(send(get("/directory/")).headers().firstValue("Location")).contains("/login/");

        HttpResponse<String> ok = login("http-org", access.genesys().email(), PASSWORD);
        assertThat(JSON.readTree(ok.body()).path("redirect").asText()).isEqualTo("/directory/#/");
        String setCookie = ok.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("gcx_session=").containsIgnoringCase("HttpOnly").contains("Path=/");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        assertThat(send(get("/directory/").header("Cookie", cookie)).statusCode()).isEqualTo(200);
        assertThat(send(get("/architect/").header("Cookie", cookie)).statusCode()).isEqualTo(200);
        assertThat(send(get("/login/")).statusCode()).isEqualTo(200);
        JsonNode ui = json(send(get("/__sandbox/ui").header("Cookie", cookie)));
        assertThat(ui.path("org").asText()).isEqualTo("http-org");
        assertThat(ui.path("navigation").asText()).isEqualTo("legacy");
        assertThat(ui.path("user").path("name").asText()).isEqualTo("Sandbox Admin");
        assertThat(json(send(get("/api/v2/users/me").header("Cookie", cookie))).path("email").asText())
                .isEqualTo(access.genesys().email());

        send(HttpRequest.newBuilder(uri("/login/logout")).header("Cookie", cookie).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(send(get("/api/v2/users/me").header("Cookie", cookie)).statusCode()).isEqualTo(401);
    }

    @Test
    void anExpiredSessionRedirectsToItsOrgsLogin() throws Exception {
        faults(TenantOptions.defaults().sessionLifetime(Duration.ofMillis(300)));
        HttpResponse<String> ok = login("http-org", access.genesys().email(), PASSWORD);
        String cookie = ok.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Poll.until("the session to expire", Duration.ofSeconds(5),
                () -> send(get("/directory/").header("Cookie", cookie)).statusCode() == 302);
        assertThat(send(get("/directory/").header("Cookie", cookie)).headers().firstValue("Location"))
                .contains("/login/#/authenticate-adv/org/http-org");
    }

    @Test
    void clientCredentialsGiveATokenThatIsNotAUser() throws Exception {
        assertThat(send(get("/api/v2/routing/queues")).statusCode()).isEqualTo(401);
        assertThat(json(send(get("/api/v2/routing/queues"))).path("code").asText()).isEqualTo("authentication.required");
        HttpResponse<String> bad = send(tokenRequest("wrong-secret-000000"));
        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat(json(bad).path("error").asText()).isEqualTo("invalid_client");
        assertThat(bad.body()).doesNotContain("wrong-secret");

        JsonNode token = json(send(tokenRequest(SECRET)));
        assertThat(token.path("token_type").asText()).isEqualTo("bearer");
        String bearer = "Bearer " + token.path("access_token").asText();
        assertThat(send(get("/api/v2/users/me").header("Authorization", bearer)).statusCode()).isEqualTo(400);
        JsonNode queues = json(send(get("/api/v2/routing/queues?name=s*").header("Authorization", bearer)));
        assertThat(queues.path("total").asInt()).isEqualTo(2);
        assertThat(queues.path("pageSize").asInt()).isEqualTo(25);
        assertThat(json(send(get("/__sandbox/tenants/" + access.sandboxTenantId().orElseThrow() + "/customer-objects")))
                .path("intact").asBoolean()).isTrue();
    }

    @Test
    void transientErrorsAnswer429WithRetryAfterButNeverOnLogin() throws Exception {
        String bearer = "Bearer " + json(send(tokenRequest(SECRET))).path("access_token").asText();
        faults(TenantOptions.defaults().transientErrorRate(1.0));
        boolean saw429 = false;
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> response = send(get("/api/v2/routing/queues").header("Authorization", bearer));
            assertThat(response.statusCode()).isIn(429, 503);
            if (response.statusCode() == 429) {
                saw429 = true;
                assertThat(response.headers().firstValue("Retry-After")).contains("1");
                assertThat(json(response).path("status").asInt()).isEqualTo(429);
            }
        }
        assertThat(saw429).isTrue();
        assertThat(login("http-org", access.genesys().email(), PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void latencyAndJitterDelayEveryApiCall() throws Exception {
        String bearer = "Bearer " + json(send(tokenRequest(SECRET))).path("access_token").asText();
        faults(TenantOptions.defaults().latency(Duration.ofMillis(300)).jitter(Duration.ofMillis(100)));
        long started = System.nanoTime();
        HttpResponse<String> response = send(get("/api/v2/routing/queues").header("Authorization", bearer));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(millis).isBetween(300L, 1500L);
    }

    private static void faults(TenantOptions faults) {
        control.change(access.sandboxTenantId().orElseThrow(), faults);
    }

    private HttpResponse<String> login(String org, String email, String password) throws Exception {
        String body = JSON.writeValueAsString(Map.of("org", org, "email", email, "password", password));
        return send(HttpRequest.newBuilder(uri("/login/authenticate")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder tokenRequest(String secret) {
        String basic = Base64.getEncoder().encodeToString((access.genesys().clientId() + ":" + secret)
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri("/oauth/token")).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"));
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private static URI uri(String path) {
        return URI.create(server.urls().genesys() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

}
