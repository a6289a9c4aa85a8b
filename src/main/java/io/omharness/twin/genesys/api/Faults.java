package io.omharness.twin.genesys.api;

import io.javalin.http.Context;
import io.omharness.twin.core.TenantSettings;
import io.omharness.twin.genesys.model.GenesysError;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A tenant's injected faults: latency plus random jitter (an async delay, no thread waits for it)
 * and, for API calls, transient 429/503 answers at the configured rate.
 */
public final class Faults {
    private Faults() {
    }

    /** Runs the work after the tenant's latency; mayFail lets transient errors replace it. */
    public static void run(Context ctx, TenantSettings settings, boolean mayFail, Http.Work work) {
        long delay = delayMillis(settings);
        boolean fail = mayFail && settings.transientErrorRate > 0
                && ThreadLocalRandom.current().nextDouble() < settings.transientErrorRate;
        Http.Work answer = fail ? () -> transientError(ctx) : work;
        if (delay <= 0) {
            Http.execute(ctx, answer);
            return;
        }
        ctx.future(() -> CompletableFuture.runAsync(() -> Http.execute(ctx, answer),
                io.omharness.twin.core.SandboxTimers.after(delay)));
    }

    static long delayMillis(TenantSettings settings) {
        long latency = settings.latency.toMillis();
        long jitter = settings.jitter.toMillis();
        return latency + (jitter > 0 ? ThreadLocalRandom.current().nextLong(jitter + 1) : 0);
    }

    /** Mostly rate limits (429 with Retry-After, as the real API answers bursts), sometimes a 503. */
    private static void transientError(Context ctx) {
        if (ThreadLocalRandom.current().nextInt(4) == 0) {
            ctx.header("Retry-After", "1");
            Http.error(ctx, new GenesysError(503, "service.unavailable", "The service is temporarily unavailable.", List.of()));
        } else {
            retryAfter(ctx, 1);
        }
    }

    /** 429 too.many.requests.retry.after: the real answer when a burst is throttled. */
    static void retryAfter(Context ctx, long seconds) {
        ctx.header("Retry-After", Long.toString(seconds));
        Http.error(ctx, new GenesysError(429, "too.many.requests.retry.after",
                "Rate limit exceeded the maximum. Retry the request in [" + seconds + "] seconds", List.of(), null, null,
                "Rate limit exceeded the maximum. Retry the request in [{retryAfter}] seconds",
                Map.of("retryAfter", Long.toString(seconds))));
    }

    /** 429 too.many.requests: the token spent its per-minute request budget. */
    static void budgetSpent(Context ctx, int perMinute, long seconds) {
        ctx.header("Retry-After", Long.toString(seconds));
        Http.error(ctx, new GenesysError(429, "too.many.requests",
                "Rate limit exceeded the maximum [" + perMinute + "] requests within [60] seconds", List.of(), null, null,
                "Rate limit exceeded the maximum [{limit}] requests within [{duration}] seconds",
                Map.of("limit", Integer.toString(perMinute), "duration", "60")));
    }
}
