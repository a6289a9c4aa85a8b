package io.omharness.twin.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executor;

/**
 * The twin's own threads for delayed work (simulated latency, async publish and creation, retries).
 * Not the JVM's common pool: on a 2-core machine that pool has a single thread, and one blocking task
 * anywhere in the process (a server stopping, a browser quitting) would freeze every timer of the twin.
 */
public final class SandboxTimers {
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(4, r -> {
        Thread thread = new Thread(r, "sandbox-timer");
        thread.setDaemon(true);
        return thread;
    });

    private SandboxTimers() {
    }

    /** An executor that runs its task after the delay, on the twin's own threads. */
    public static Executor after(long millis) {
        return CompletableFuture.delayedExecutor(Math.max(0, millis), TimeUnit.MILLISECONDS, WORKERS);
    }

    public static Executor after(Duration delay) {
        return after(delay.toMillis());
    }

    /** Runs blocking work (e.g. stopping a server) off the common pool. */
    public static CompletableFuture<Void> run(Runnable work) {
        return CompletableFuture.runAsync(work, WORKERS);
    }
}
