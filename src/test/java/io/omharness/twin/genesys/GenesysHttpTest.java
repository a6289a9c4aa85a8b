package io.omharness.twin.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import io.omharness.control.TenantOptions;
import io.omharness.fixture.GenesysHttp;
import io.omharness.fixture.TwinFixture;
import io.omharness.poll.Poll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Auth, sessions, page routes and faults over real HTTP. */
class GenesysHttpTest {
    private static final String ORG = "http-org";
    private static final String PASSWORD = "http-admin-password";
    private static final String SECRET = "http-client-secret-0001";
    private static TwinFixture twin;
    private static GenesysHttp http;
    private static String email;

    @BeforeAll
    static void start() {
        twin = TwinFixture.withoutBrowser(7L, TenantOptions.defaults().orgName(ORG).genesysPassword(PASSWORD).clientSecret(SECRET));
        http = twin.api();
        email = twin.genesys().email();
    }

    @AfterAll
    static void stop() {
        twin.close();
    }

    @AfterEach
    void clearFaults() {
        twin.settings(TenantOptions.defaults().latency(Duration.ZERO).jitter(Duration.ZERO).transientErrorRate(0.0)
                .sessionLifetime(Duration.ofMinutes(30)));
    }

    @Test
    void logsInWithASessionCookieThatOpensThePagesAndTheAppsTokenThatOpensTheApi() {
        assertThat(http.login(ORG, email, "wrong").status()).isEqualTo(401);
        GenesysHttp.Response unknown = http.login("nope", email, PASSWORD);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("message").asText()).isEqualTo("Organization nope not found.");
        assertThat(http.get("/directory/").header("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login/"));

        GenesysHttp.Response ok = http.login(ORG, email, PASSWORD);
        // a login continues with the implicit grant of the web apps, as the real login does
        assertThat(ok.json().path("redirect").asText())
                .isEqualTo("/oauth/authorize?response_type=token&client_id=gc-web-apps&redirect_uri=%2Fdirectory%2F&state=%23%2F");
        assertThat(ok.header("Set-Cookie")).hasValueSatisfying(setCookie -> assertThat(setCookie)
                .startsWith("gcx_session=").containsIgnoringCase("HttpOnly").contains("Path=/"));
        String cookie = ok.sessionCookie();

        assertThat(http.request("GET", "/directory/").cookie(cookie).send().status()).isEqualTo(200);
        assertThat(http.request("GET", "/architect/").cookie(cookie).send().status()).isEqualTo(200);
        assertThat(http.get("/login/").status()).isEqualTo(200);
        JsonNode ui = twin.control().uiSession(cookie);
        assertThat(ui.path("org").asText()).isEqualTo(ORG);
        assertThat(ui.path("navigation").asText()).isEqualTo("legacy");
        assertThat(ui.path("user").path("name").asText()).isEqualTo("Sandbox Admin");
        assertThat(http.request("GET", "/api/v2/users/me").cookie(cookie).send().status())
                .as("the apps' session cookie is no API credential").isEqualTo(401);

        // the apps' token: /oauth/authorize answers with it in the fragment; users/me then says who and which org
        GenesysHttp.Response grant = http.request("GET", "/oauth/authorize?response_type=token&client_id=gc-web-apps"
                + "&redirect_uri=%2Farchitect%2F&state=%23%2Finboundshortmessage%2Fflows").cookie(cookie).send();
        assertThat(grant.status()).isEqualTo(302);
        String location = grant.header("Location").orElseThrow();
        assertThat(location).startsWith("/architect/#access_token=").contains("&token_type=bearer")
                .endsWith("&state=%23%2Finboundshortmessage%2Fflows");
        String token = location.replaceAll("^.*access_token=([^&]+).*$", "$1");
        JsonNode me = http.request("GET", "/api/v2/users/me?expand=organization").bearer(token).send().json();
        assertThat(me.path("name").asText()).isEqualTo("Sandbox Admin");
        assertThat(me.path("email").asText()).isEqualTo(email);
        assertThat(me.path("organization").path("name").asText()).isEqualTo(ORG);
        assertThat(http.request("GET", "/oauth/authorize?response_type=token&redirect_uri=https%3A%2F%2Fevil.example%2F")
                .cookie(cookie).send().status()).isEqualTo(400);
        assertThat(http.request("GET", "/oauth/authorize?response_type=token&redirect_uri=%2Fdirectory%2F").send()
                .header("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/login/"));

        http.request("POST", "/login/logout").cookie(cookie).send();
        assertThat(http.request("GET", "/api/v2/users/me").bearer(token).send().status()).as("the token ends with its session")
                .isEqualTo(401);
    }

    @Test
    void anExpiredSessionRedirectsToItsOrgsLogin() {
        twin.settings(TenantOptions.defaults().sessionLifetime(Duration.ofMillis(300)));
        String cookie = http.login(ORG, email, PASSWORD).sessionCookie();
        Poll.until("the session to expire", Duration.ofSeconds(5),
                () -> http.request("GET", "/directory/").cookie(cookie).send().status() == 302);
        assertThat(http.request("GET", "/directory/").cookie(cookie).send().header("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login/#/authenticate-adv/org/" + ORG));
    }

    @Test
    void clientCredentialsGiveATokenThatIsNotAUser() {
        GenesysHttp.Response anonymous = http.get("/api/v2/routing/queues");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().path("code").asText()).isEqualTo("authentication.required");
        GenesysHttp.Response bad = http.token("wrong-secret-000000");
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.json().path("error").asText()).isEqualTo("invalid_client");
        assertThat(bad.body()).doesNotContain("wrong-secret");

        JsonNode token = http.token(SECRET).json();
        assertThat(token.path("token_type").asText()).isEqualTo("bearer");
        String bearer = token.path("access_token").asText();
        assertThat(http.request("GET", "/api/v2/users/me").bearer(bearer).send().status()).isEqualTo(400);
        JsonNode queues = http.request("GET", "/api/v2/routing/queues?name=s*").bearer(bearer).send().json();
        assertThat(queues.path("total").asInt()).isEqualTo(2);
        assertThat(queues.path("pageSize").asInt()).isEqualTo(25);
        assertThat(twin.control().customerObjects(twin.tenantId()).intact()).isTrue();
    }

    @Test
    void transientErrorsAnswer429WithRetryAfterButNeverOnLogin() {
        String bearer = http.clientToken();
        twin.settings(TenantOptions.defaults().transientErrorRate(1.0));
        boolean saw429 = false;
        for (int i = 0; i < 12; i++) {
            GenesysHttp.Response response = http.request("GET", "/api/v2/routing/queues").bearer(bearer).send();
            assertThat(response.status()).isIn(429, 503);
            if (response.status() == 429) {
                saw429 = true;
                assertThat(response.header("Retry-After")).contains("1");
                assertThat(response.json().path("status").asInt()).isEqualTo(429);
            }
        }
        assertThat(saw429).isTrue();
        assertThat(http.login(ORG, email, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void latencyAndJitterDelayEveryApiCall() {
        String bearer = http.clientToken();
        twin.settings(TenantOptions.defaults().latency(Duration.ofMillis(300)).jitter(Duration.ofMillis(100)));
        long started = System.nanoTime();
        GenesysHttp.Response response = http.request("GET", "/api/v2/routing/queues").bearer(bearer).send();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(response.status()).isEqualTo(200);
        assertThat(millis).isBetween(300L, 1500L);
    }
}
