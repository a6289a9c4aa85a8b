package io.omharness.twin.salesforce;

import io.javalin.Javalin;
import io.omharness.twin.salesforce.model.GenesysSnapshot;
import io.omharness.twin.salesforce.model.OAuthSettings;
import io.omharness.twin.salesforce.retrieve.HttpGenesysSource;
import io.omharness.twin.salesforce.model.RetrieveFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real-HTTP reader against a tiny stub of the Genesys API: paging, Retry-After, 401, limits, unreachable. */
class HttpGenesysSourceTest {
    private final HttpGenesysSource source = new HttpGenesysSource();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile int queueCount = 150;
    private Javalin stub;

    @BeforeEach
    void startStub() {
        stub = Javalin.create(c -> c.showJavalinBanner = false);
        stub.post("/oauth/token", ctx -> {
            String expected = "Basic " + Base64.getEncoder().encodeToString("id:secret".getBytes());
            if (!expected.equals(ctx.header("Authorization")) || !"client_credentials".equals(ctx.formParam("grant_type"))) {
                ctx.status(401).json(Map.of("error", "invalid_client"));
                return;
            }
            ctx.json(Map.of("access_token", "tok", "token_type", "bearer", "expires_in", 86400));
        });
        stub.get("/api/v2/routing/queues", ctx -> {
            calls.incrementAndGet();
            if (!"Bearer tok".equals(ctx.header("Authorization"))) {
                ctx.status(401);
                return;
            }
            if (rateLimited.getAndDecrement() > 0) {
                ctx.header("Retry-After", "0.2").status(429).json(Map.of("message", "slow down"));
                return;
            }
            ctx.json(page(Integer.parseInt(ctx.queryParam("pageNumber")), Integer.parseInt(ctx.queryParam("pageSize"))));
        });
        stub.get("/api/v2/conversations/messaging/integrations/open", ctx -> ctx.json(Map.of("entities",
                List.of(Map.of("id", "i1", "name", "Web Chat")), "pageSize", 100, "pageNumber", 1, "total", 1, "pageCount", 1)));
        stub.start("127.0.0.1", 0);
    }

    private Map<String, Object> page(int number, int size) {
        List<Map<String, String>> entities = new ArrayList<>();
        for (int i = (number - 1) * size; i < Math.min(queueCount, number * size); i++) {
            entities.add(Map.of("id", "q" + i, "name", "Queue " + i));
        }
        return Map.of("entities", entities, "pageSize", size, "pageNumber", number, "total", queueCount,
                "pageCount", (queueCount + size - 1) / size);
    }

    @AfterEach
    void stopStub() {
        stub.stop();
    }

    private OAuthSettings.Connection connection(String secret) {
        return new OAuthSettings.Connection("http://127.0.0.1:" + stub.port() + "/", "id", secret);
    }

    @Test
    void readsEveryPageOfQueuesAndTheIntegrations() {
        GenesysSnapshot s = source.fetch(connection("secret"), 1000).join();
        assertThat(s.queues()).hasSize(150).extracting(GenesysSnapshot.Entity::id).doesNotHaveDuplicates();
        assertThat(s.integrations()).containsExactly(new GenesysSnapshot.Entity("i1", "Web Chat"));
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void retriesRateLimitsAfterRetryAfter() {
        rateLimited.set(2);
        long start = System.nanoTime();
        assertThat(source.fetch(connection("secret"), 1000).join().queues()).hasSize(150);
        assertThat(calls.get()).isEqualTo(4);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(400);
    }

    @Test
    void givesUpWhenRateLimitsPersist() {
        rateLimited.set(100);
        assertThatThrownBy(() -> source.fetch(connection("secret"), 1000).join())
                .isInstanceOf(CompletionException.class)
                .satisfies(e -> assertThat(RetrieveFailure.of(e).getMessage()).contains("kept answering 429/503"));
    }

    @Test
    void aWrongSecretIsThePackages401Message() {
        assertThatThrownBy(() -> source.fetch(connection("wrong"), 1000).join())
                .satisfies(e -> assertThat(RetrieveFailure.of(e).getMessage())
                        .startsWith("Retrieve Options failed: Genesys Cloud rejected the OAuth client credentials (401)."));
    }

    @Test
    void moreQueuesThanTheLimitStopsAtTheFirstPage() {
        queueCount = 1001;
        assertThatThrownBy(() -> source.fetch(connection("secret"), 1000).join())
                .satisfies(e -> assertThat(RetrieveFailure.of(e).getMessage()).contains("1,001 queues"));
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void anUnreachableGenesysIsNamed() {
        int port = stub.port();
        stub.stop();
        assertThatThrownBy(() -> source.fetch(new OAuthSettings.Connection("http://127.0.0.1:" + port, "id", "s"), 1000).join())
                .satisfies(e -> assertThat(RetrieveFailure.of(e).getMessage())
                        .isEqualTo("Retrieve Options failed: could not reach Genesys Cloud at http://127.0.0.1:" + port
                                + " (connection refused)."));
    }
}
